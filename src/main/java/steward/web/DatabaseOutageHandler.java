package steward.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Most requests meet an unreachable database before any resource runs: checking a session cookie, a password or
 * whether the account is still enabled reads the account. Those failures never reach {@link ErrorMappers}; the
 * HTTP layer would answer them with its generic 500. This gives them the same 503 answer as a failure inside a
 * resource, and leaves every other failure to the handlers after it.
 */
@ApplicationScoped
public class DatabaseOutageHandler {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure == null || context.response().headWritten() || !DatabaseUnavailable.isCauseOf(failure)) {
            context.next();
            return;
        }
        var request = context.request();
        ErrorMappers.Answer answer = ErrorMappers.whileDatabaseUnavailable(request, UiContext.languageOf(request),
                failure);
        var response = context.response().setStatusCode(answer.status());
        response.headers().set("Content-Type", answer.contentType());
        answer.headers().forEach(response.headers()::set);
        response.end(answer.body());
    }
}
