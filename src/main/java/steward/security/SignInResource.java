package steward.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Signing in with a local account and signing out. The sign-in form posts here like any other form: the CSRF
 * token is checked (quarkus-rest-csrf), then the password ({@link LocalSignIn}), and a session is opened on the
 * server ({@link StaffSessions}); signing out ends it there, so the cookie is worth nothing afterwards.
 */
@Path("/")
@Tag(name = "Sign-in")
public class SignInResource {

    /** How long a sign-in refused for lack of capacity is told to wait. */
    static final int BUSY_RETRY_SECONDS = 5;

    @Inject
    IdentityProviderManager identities;

    @Inject
    StaffSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    @Inject
    Clock clock;

    @POST
    @Path("j_security_check")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in with a local account (the sign-in page's form; 303 to the start page or back to "
            + "the sign-in page with ?error=true, locked or busy)")
    public Response signIn(@FormParam("j_username") String username, @FormParam("j_password") String password) {
        if (username == null || username.isBlank() || username.length() > 100 || password == null
                || password.isEmpty() || password.length() > 200) {
            return back("true", null);
        }
        SecurityIdentity signedIn;
        try {
            signedIn = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(username.strip(),
                            new PasswordCredential(password.toCharArray())), routing));
        } catch (AuthenticationFailedException refused) {
            Instant lockedUntil = routing.get(LocalSignIn.LOCKED_UNTIL);
            if (lockedUntil != null) {
                return back("locked", Math.max(1, Duration.between(clock.instant(), lockedUntil).toSeconds()));
            }
            return routing.get(LocalSignIn.BUSY) != null ? back("busy", (long) BUSY_RETRY_SECONDS) : back("true", null);
        }
        Cookie previous = routing.request().getCookie(StaffSessions.COOKIE);
        if (previous != null) {
            // Someone else's session on this tablet (signed in without signing out first) ends here.
            sessions.endByToken(previous.getValue(), StaffSession.EndReason.REPLACED);
        }
        SignedInAccount account = signedIn.getAttribute(SignedInAccounts.ATTRIBUTE);
        StaffSessions.Opened opened = sessions.open(account.id(), SignInMethod.PASSWORD, null,
                clientAddress.of(routing.request()), routing.request().getHeader("User-Agent"), null);
        boolean changePassword = Boolean.TRUE.equals(signedIn.getAttribute(SessionMechanism.PASSWORD_CHANGE_REQUIRED));
        return Response.seeOther(URI.create(changePassword ? "/me" : "/")).cookie(sessionCookie(opened.token(), -1))
                .build();
    }

    /**
     * Ends the session on the server. A single sign-on user goes on to the identity provider's sign-out (RP-initiated
     * logout, through /sso/logout), which ends the provider's session too and then Steward's.
     */
    @POST
    @Path("logout")
    @Authenticated
    @Operation(summary = "Sign out: the session ends on the server")
    public Response signOut() {
        if (identity.getPrincipal() instanceof JsonWebToken) {
            return Response.seeOther(URI.create("/sso/logout")).build();
        }
        Long session = identity.getAttribute(SessionMechanism.SESSION_ID);
        if (session != null) {
            sessions.end(session, StaffSession.EndReason.SIGNED_OUT);
        }
        return Response.seeOther(URI.create("/login")).cookie(sessionCookie("", 0)).build();
    }

    private static Response back(String error, Long retryAfterSeconds) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create("/login?error=" + error));
        if (retryAfterSeconds != null) {
            answer.header("Retry-After", retryAfterSeconds);
        }
        return answer.build();
    }

    /** The session cookie: for the browser only (no script), not sent with other sites' requests. */
    private static NewCookie sessionCookie(String token, int maxAge) {
        return new NewCookie.Builder(StaffSessions.COOKIE).value(token).path("/").httpOnly(true).maxAge(maxAge)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
