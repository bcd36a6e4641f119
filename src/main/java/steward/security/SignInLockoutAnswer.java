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
 * Tells an HTTP Basic client that was locked out so, instead of "wrong password" again: 429 with
 * {@code Retry-After} in seconds; and one refused because too many sign-ins were being checked at once: 503 with
 * {@code Retry-After}. (The sign-in form says the same on its page, see {@link SignInResource}.)
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
            var response = context.response();
            if (response.getStatusCode() != 401) {
                return;
            }
            Instant until = context.get(LocalSignIn.LOCKED_UNTIL);
            if (until != null) {
                long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
                response.headers().set("Retry-After", String.valueOf(seconds));
                response.setStatusCode(429);
                response.setStatusMessage("Too Many Requests");
            } else if (context.get(LocalSignIn.BUSY) != null) {
                response.headers().set("Retry-After", String.valueOf(SignInResource.BUSY_RETRY_SECONDS));
                response.setStatusCode(503);
                response.setStatusMessage("Service Unavailable");
            }
        });
        context.next();
    }
}
