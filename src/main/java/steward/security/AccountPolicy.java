package steward.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs on every authenticated request: local passwords only where local accounts are enabled, disabled accounts
 * refused at once (so their sessions end), and single sign-on users admitted as the account of their issuer and
 * subject ({@link AccountProvisioning}), under that account's username.
 */
@ApplicationScoped
public class AccountPolicy implements SecurityIdentityAugmentor {

    /** Set on an identity whose account was read (and found enabled) while it was signed in: no second read. */
    public static final String ACCOUNT_CHECKED = "steward.account-checked";

    @Inject
    AccountProvisioning provisioning;

    @Inject
    steward.StewardConfig config;

    @ConfigProperty(name = "quarkus.oidc.authentication.redirect-path", defaultValue = "/sso/callback")
    String signInCallback;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // The phone system is no account: its token was checked against its site when it signed in.
        if (identity.isAnonymous() || identity.hasRole(Roles.PHONE_SYSTEM)) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return singleSignOn(identity, token, context);
        }
        if (!config.localAccounts().enabled()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Local accounts are disabled"));
        }
        if (identity.getAttribute(ACCOUNT_CHECKED) == null) {
            // Every way of signing in with a password reads the account: an identity without the mark is not ours.
            return Uni.createFrom().failure(new AuthenticationFailedException("Unknown sign-in"));
        }
        return Uni.createFrom().item(identity);
    }

    private Uni<SecurityIdentity> singleSignOn(SecurityIdentity identity, JsonWebToken token,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(identity);
        SingleSignOnSessions.Current session = http == null ? null : http.get(SingleSignOnSessions.CURRENT);
        boolean codeFlow = identity.getCredential(IdTokenCredential.class) != null;
        boolean signingIn = codeFlow && http != null && http.normalizedPath().equals(signInCallback);
        if (codeFlow && !signingIn && session != null) {
            // A page of a signed-in user: the session's row was read a moment ago, and its account with it.
            return Uni.createFrom().item(admitted(identity, token, session.account()));
        }
        return context.runBlocking(() -> {
            AccountProvisioning.Admitted account = provisioning.admit(token, identity.getRoles(), !codeFlow || signingIn);
            if (!account.enabled()) {
                throw new AuthenticationFailedException("Account disabled");
            }
            if (http != null) {
                http.put(SingleSignOnSessions.ADMITTED_ACCOUNT, account.accountId());
            }
            return admitted(identity, token, account.account());
        });
    }

    /** The identity under the account's username, the token still at hand for whatever reads its claims. */
    private static SecurityIdentity admitted(SecurityIdentity identity, JsonWebToken token, SignedInAccount account) {
        return QuarkusSecurityIdentity.builder(identity).setPrincipal(new StaffToken(token, account.username()))
                .addAttribute(ACCOUNT_CHECKED, Boolean.TRUE).addAttribute(SignedInAccounts.ATTRIBUTE, account)
                .build();
    }
}
