package steward.security;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs a request in by its session cookie ({@link StaffSessions}). A cookie whose session is over counts as no
 * sign-in at all, and is expired in the answer: the page asks for a sign-in (the API answers 401), as for anyone
 * who never signed in. Its challenge, the sign-in page, comes first (the highest priority), as the form login's
 * did: HTTP Basic and the identity provider's code flow are used where asked for.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    /** Identity attributes of a request signed in by the session cookie. */
    public static final String SESSION_ID = "steward.session-id";
    public static final String PASSWORD_CHANGE_REQUIRED = "steward.password-change-required";

    /** What the cookie carries, for {@link SessionIdentityProvider}. */
    public static final class SessionToken extends BaseAuthenticationRequest {
        private final String token;

        SessionToken(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(StaffSessions.COOKIE);
        if (cookie == null || isStaticFile(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionToken(cookie.getValue()),
                context))
                .onFailure(AuthenticationFailedException.class).recoverWithUni(over -> {
                    expire(context);
                    return Uni.createFrom().nullItem();
                });
    }

    /** Stylesheets, scripts and icons are public: no need to read a session for them. */
    private static boolean isStaticFile(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // steward.web.HttpFilters turns this into 401 under /api, and into a page reload for htmx.
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionToken.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE,
                StaffSessions.COOKIE));
    }

    @Override
    public int getPriority() {
        return 3_000;
    }

    /** The session cookie as a browser keeps it: script cannot read it, other sites' requests do not carry it. */
    static Cookie cookie(String token, boolean secure) {
        return Cookie.cookie(StaffSessions.COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure);
    }

    static void expire(RoutingContext context) {
        context.response().addCookie(cookie("", false).setMaxAge(0));
    }
}
