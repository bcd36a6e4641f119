package steward.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The staff member a session cookie belongs to, with the roles of their account as it is now. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionMechanism.SessionToken> {

    @Inject
    StaffSessions sessions;

    @Override
    public Class<SessionMechanism.SessionToken> getRequestType() {
        return SessionMechanism.SessionToken.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionMechanism.SessionToken request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.inForce(request.token(), SignInMethod.PASSWORD)
                .map(SessionIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("No session in force")));
    }

    private static SecurityIdentity identity(StaffSessions.Active session) {
        SignedInAccount account = session.account();
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(new java.util.HashSet<>(account.roles()))
                .addAttribute(SessionMechanism.SESSION_ID, session.sessionId())
                .addAttribute(SessionMechanism.PASSWORD_CHANGE_REQUIRED, account.passwordChangeRequired())
                .addAttribute(SignedInAccounts.ATTRIBUTE, account)
                .addAttribute(AccountPolicy.ACCOUNT_CHECKED, Boolean.TRUE)
                .build();
    }
}
