package steward.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.ErrorMappers;
import steward.web.Problem;
import steward.web.UiContext;

/**
 * The CSRF token for every state change of a browser signed in by a session cookie (password or single sign-on),
 * where quarkus-rest-csrf does not ask for it: calls to the JSON API (it looks only into forms), and page posts
 * without a body. The {@code X-CSRF-TOKEN} header must carry the token of the CSRF cookie, as htmx sends it
 * (steward.js). A client signed in by HTTP Basic or a bearer token sends no cookie and needs no token: a page of
 * another site cannot make a browser send those headers.
 */
public class SessionCsrf {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String header;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ServerRequestFilter
    public Optional<Response> requireTheToken(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || !signedInByCookie(identity)) {
            return Optional.empty();
        }
        boolean api = routing.normalizedPath().startsWith("/api/");
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) && !type.isWildcardType()
                && !type.isWildcardSubtype();
        if (!api && form) {
            return Optional.empty(); // quarkus-rest-csrf checks the form's field (or this header)
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        String sent = request.getHeaderString(header);
        if (cookie != null && sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        String lang = UiContext.languageOf(routing.request());
        SecurityMessages words = MessageBundles.get(SecurityMessages.class, Localized.Literal.of(lang));
        if (api) {
            return Optional.of(Problem.response(403, words.forgery_no_token_title(), words.forgery_no_token_api()));
        }
        return Optional.of(ErrorMappers.page(400, words.forgery_no_token_title(), words.forgery_no_token_text(), lang));
    }

    /** Whether the browser's cookie signed this request in (not HTTP Basic, not a bearer token). */
    static boolean signedInByCookie(SecurityIdentity identity) {
        return !identity.isAnonymous() && (identity.getAttribute(SessionMechanism.SESSION_ID) != null
                || identity.getCredential(IdTokenCredential.class) != null);
    }
}
