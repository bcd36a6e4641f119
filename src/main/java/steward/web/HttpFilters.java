package steward.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, and the answer to an unauthenticated request where a redirect to the
 * login page would do harm: the JSON API answers 401, and an htmx request makes the whole page reload (into
 * the login) instead of swapping a login form into a fragment.
 */
@ApplicationScoped
public class HttpFilters {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    void register(@Observes Filters filters) {
        // Above the authentication handler, so that its challenges pass through here too.
        filters.register(this::everyResponse, 1_000);
    }

    void everyResponse(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean api = request.path().startsWith("/api/");
        boolean htmx = Htmx.isRequest(request);
        // The user's chosen language wins over the browser's everywhere: Qute's REST integration picks the
        // locale of a returned page from Accept-Language, after TemplateLocale has set the user's.
        io.vertx.core.http.Cookie chosen = request.getCookie(Languages.COOKIE);
        String language = chosen == null ? null : Languages.supported(chosen.getValue());
        if (language != null) {
            request.headers().set(io.vertx.core.http.HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            var headers = response.headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "DENY");
            headers.add("Vary", Htmx.REQUEST_HEADER);
            if (request.isSSL()) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
            boolean redirect = response.getStatusCode() == 302 || response.getStatusCode() == 303;
            if (redirect && api) {
                headers.remove("Location");
                headers.set("WWW-Authenticate", "Basic realm=\"Steward\", Bearer");
                response.setStatusCode(401);
            } else if (redirect && htmx && isSignInRedirect(headers.get("Location"))) {
                headers.remove("Location");
                headers.set("HX-Refresh", "true");
                response.setStatusCode(401);
            }
        });
        context.next();
    }

    private static boolean isSignInRedirect(String location) {
        return location != null && (location.contains("/login") || !location.startsWith("/"));
    }
}
