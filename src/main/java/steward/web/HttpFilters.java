package steward.web;

import java.net.URI;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> identityProvider;

    private String contentSecurityPolicy;

    /**
     * Forms post to Steward only, and to the identity provider: signing out is a form whose redirects end at the
     * provider's logout endpoint, and a browser applies form-action to every redirect of a form's submission.
     */
    String contentSecurityPolicy() {
        if (contentSecurityPolicy == null) {
            String formAction = "'self'" + identityProvider.map(HttpFilters::origin).map(o -> " " + o).orElse("");
            contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data: blob:; connect-src 'self'; form-action " + formAction + "; "
                    + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        }
        return contentSecurityPolicy;
    }

    /** https://sso.example.com/realms/x → https://sso.example.com (a CSP source is an origin). */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void register(@Observes Filters filters) {
        // Above the authentication handler, so that its challenges pass through here too.
        filters.register(this::everyResponse, 1_000);
    }

    void everyResponse(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean api = request.path().startsWith("/api/");
        boolean htmx = Htmx.isRequest(request);
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            var headers = response.headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "DENY");
            headers.add("Vary", Htmx.REQUEST_HEADER);
            if (request.isSSL() || "https".equalsIgnoreCase(request.scheme())) {
                // Behind TLS (here or at the load balancer): cookies only over TLS, and HSTS.
                headers.set("Strict-Transport-Security", "max-age=31536000");
                var cookies = headers.getAll("Set-Cookie");
                if (!cookies.isEmpty()) {
                    headers.remove("Set-Cookie");
                    cookies.forEach(c -> headers.add("Set-Cookie",
                            c.toLowerCase(java.util.Locale.ROOT).contains("; secure") ? c : c + "; Secure"));
                }
            }
            boolean redirect = response.getStatusCode() == 302 || response.getStatusCode() == 303;
            if (redirect && api) {
                headers.remove("Location");
                headers.set("WWW-Authenticate", "Basic realm=\"Steward\", Bearer");
                response.setStatusCode(401);
            } else if (redirect && htmx && isSignInRedirect(headers.get("Location"), request)) {
                headers.remove("Location");
                headers.set("HX-Refresh", "true");
                response.setStatusCode(401);
            }
        });
        context.next();
    }

    /** A redirect to the sign-in page, or to another host (the identity provider). */
    private static boolean isSignInRedirect(String location, HttpServerRequest request) {
        if (location == null) {
            return false;
        }
        try {
            java.net.URI target = java.net.URI.create(location);
            String ownAuthority = java.net.URI.create(request.absoluteURI()).getAuthority();
            boolean otherHost = target.getAuthority() != null && !target.getAuthority().equalsIgnoreCase(ownAuthority);
            return otherHost || (target.getPath() != null && target.getPath().startsWith("/login"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
