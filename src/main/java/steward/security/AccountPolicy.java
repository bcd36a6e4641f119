package steward.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs on every authenticated request: local passwords only where local accounts are enabled, disabled
 * accounts refused at once (so their sessions end), and single sign-on users given an account on first visit.
 */
@ApplicationScoped
public class AccountPolicy implements SecurityIdentityAugmentor {

    @Inject
    AccountProvisioning provisioning;

    @Inject
    steward.StewardConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // The phone system is no account: its token was checked against its site when it signed in.
        if (identity.isAnonymous() || identity.hasRole(Roles.PHONE_SYSTEM)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> admit(identity));
    }

    private SecurityIdentity admit(SecurityIdentity identity) {
        boolean singleSignOn = identity.getPrincipal() instanceof JsonWebToken;
        if (!singleSignOn && !config.localAccounts().enabled()) {
            throw new AuthenticationFailedException("Local accounts are disabled");
        }
        boolean enabled = singleSignOn
                ? provisioning.ensureSingleSignOnAccount((JsonWebToken) identity.getPrincipal(), identity.getRoles())
                : provisioning.isEnabled(identity.getPrincipal().getName());
        if (!enabled) {
            throw new AuthenticationFailedException("Account disabled");
        }
        return identity;
    }
}
