package steward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells a locked-out user so, instead of "wrong password" again: the sign-in form goes to
 * {@code /login?error=locked}, HTTP Basic answers 429; both with {@code Retry-After} in seconds.
 */
@ApplicationScoped
public class SignInLockoutAnswer {

    @Inject
    Clock clock;

    void register(@Observes Filters filters) {
        // Above the authentication handler, whose answer (redirect or challenge) this rewrites.
        filters.register(this::onLockout, 900);
    }

    void onLockout(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            Instant until = context.get(LocalSignIn.LOCKED_UNTIL);
            if (until == null) {
                return;
            }
            var response = context.response();
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            response.headers().set("Retry-After", String.valueOf(seconds));
            int status = response.getStatusCode();
            if (status == 302 || status == 303) {
                response.headers().set("Location", "/login?error=locked");
            } else if (status == 401) {
                response.setStatusCode(429);
                response.setStatusMessage("Too Many Requests");
            }
        });
        context.next();
    }
}
