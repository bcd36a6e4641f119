package steward.security;

import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * Single sign-on sessions kept in PostgreSQL, like password sessions ({@link StaffSessions}): quarkus-oidc's
 * session cookie holds only a random handle, the identity provider's tokens are in the session's row (sealed with
 * the session secret, {@link ProviderTokenSeal}). So signing out, disabling the account or ending the
 * session from another device ends it on every replica, and a replayed cookie finds nothing. A browser whose
 * session was ended that way must type its password at the provider again ({@link ForceSignIn}); one whose session
 * merely ran out is signed in again by the provider as usual.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class SingleSignOnSessions implements TokenStateManager {

    /** The session a request's cookie named (set on the routing context when it is in force). */
    public static final String CURRENT = "steward.sso-session";

    /** The account {@link AccountPolicy} admitted on the sign-in request, for the session that follows. */
    static final String ADMITTED_ACCOUNT = "steward.sso-admitted-account";

    /** Set when the request's cookie named a session that was ended on purpose (not merely run out). */
    static final String ENDED_ON_PURPOSE = "steward.sso-session-ended";

    /** Set when the request's session was closed for its tokens to be renewed (see {@link #createTokenState}). */
    private static final String RENEWED = "steward.sso-session-renewed";

    /** The session of a request, as {@link AccountPolicy} needs it: its account, without reading it again. */
    public record Current(long sessionId, SignedInAccount account) {
    }

    @Inject
    StaffSessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ProviderTokenSeal seal;

    @ConfigProperty(name = "quarkus.oidc.authentication.redirect-path", defaultValue = "/sso/callback")
    String signInCallback;

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        Long accountId = context.get(ADMITTED_ACCOUNT);
        if (accountId == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("No account admitted for the session"));
        }
        // Renewed tokens continue the session (its lifetime counts from the sign-in); a sign-in starts a new one.
        StaffSessions.Ended renewed = context.normalizedPath().equals(signInCallback) ? null : context.get(RENEWED);
        String address = clientAddress.of(context.request());
        String userAgent = context.request().getHeader("User-Agent");
        byte[] stored = seal.seal(serialise(tokens));
        return requestContext.runBlocking(() -> {
            if (renewed != null) {
                sessions.continued(renewed.id());
            }
            return sessions.open(accountId, SignInMethod.SINGLE_SIGN_ON, renewed == null ? null : renewed.startedAt(),
                    address, userAgent, stored).token();
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> {
            StaffSessions.Active session = sessions.inForce(tokenState, SignInMethod.SINGLE_SIGN_ON).orElse(null);
            if (session == null) {
                context.put(ENDED_ON_PURPOSE, sessions.endedOnPurpose(tokenState));
                throw new AuthenticationFailedException("No single sign-on session in force");
            }
            // Sealed with a key no longer in use: the browser goes to the identity provider, as after a time-out.
            byte[] tokens = seal.open(session.providerTokens()).orElseThrow(
                    () -> new AuthenticationFailedException("The session's tokens were sealed with another key"));
            context.put(CURRENT, new Current(session.sessionId(), session.account()));
            return deserialise(tokens);
        });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        // Called when the user signs out at /sso/logout, and before renewed tokens are stored (createTokenState).
        return requestContext.runBlocking(() -> {
            sessions.endByToken(tokenState, StaffSession.EndReason.SIGNED_OUT)
                    .ifPresent(ended -> context.put(RENEWED, ended));
            return null;
        });
    }

    private static byte[] serialise(AuthorizationCodeTokens tokens) {
        return new JsonObject().put("id", tokens.getIdToken()).put("access", tokens.getAccessToken())
                .put("refresh", tokens.getRefreshToken()).put("expiresIn", tokens.getAccessTokenExpiresIn())
                .put("scope", tokens.getAccessTokenScope()).encode().getBytes(StandardCharsets.UTF_8);
    }

    private static AuthorizationCodeTokens deserialise(byte[] stored) {
        JsonObject json = new JsonObject(new String(stored, StandardCharsets.UTF_8));
        AuthorizationCodeTokens tokens = new AuthorizationCodeTokens(json.getString("id"), json.getString("access"),
                json.getString("refresh"), json.getLong("expiresIn"));
        tokens.setAccessTokenScope(json.getString("scope"));
        return tokens;
    }

    /**
     * A browser whose session was ended on purpose (signed out, ended from another device, the account disabled)
     * goes to the identity provider with {@code prompt=login}: the provider's own session on that browser must not
     * sign it straight back in.
     */
    @ApplicationScoped
    @Unremovable
    @Redirect(Redirect.Location.OIDC_AUTHORIZATION)
    public static class ForceSignIn implements OidcRedirectFilter {
        @Override
        public void filter(OidcRedirectContext redirect) {
            if (Boolean.TRUE.equals(redirect.routingContext().get(ENDED_ON_PURPOSE))) {
                redirect.additionalQueryParams().add("prompt", "login");
            }
        }
    }
}
