package steward.security;

import java.time.Instant;
import java.util.HashSet;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks the password of a local account, for the sign-in form ({@link SignInResource}) and HTTP Basic: one
 * statement reads the account and its lock-outs ({@link SignInThrottle}); a username and password verified a
 * moment ago are taken from {@link CredentialCache} without bcrypt; otherwise bcrypt runs through
 * {@link PasswordChecks}. Failures are counted per username and client address ({@link ClientAddress}) and per
 * username.
 */
@ApplicationScoped
public class LocalSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on the request when the attempt was refused by a lock-out: until when (an {@link Instant}). */
    public static final String LOCKED_UNTIL = "steward.sign-in.locked-until";

    /** Set on the request when the attempt was refused because too many sign-ins were being checked at once. */
    public static final String BUSY = "steward.sign-in.busy";

    @Inject
    SignInThrottle throttle;

    @Inject
    CredentialCache verified;

    @Inject
    PasswordChecks passwords;

    @Inject
    ClientAddress clientAddress;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null ? "unknown" : clientAddress.of(http.request());
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> verify(username, password, address, http));
    }

    private SecurityIdentity verify(String username, String password, String address, RoutingContext http) {
        SignInThrottle.Standing standing = throttle.standing(username, address);
        if (standing.lockedUntil() != null) {
            refuseAsLockedOut(http, standing.lockedUntil());
        }
        boolean matches = standing.known() && verified.remembers(username, password, standing.passwordHash());
        if (!matches) {
            try {
                matches = passwords.matches(password, standing.passwordHash());
            } catch (PasswordChecks.Busy busy) {
                if (http != null) {
                    http.put(BUSY, Boolean.TRUE);
                }
                throw new AuthenticationFailedException(busy);
            }
        }
        if (!matches) {
            Instant lockedUntil = throttle.failed(username, address, standing);
            if (lockedUntil != null) {
                refuseAsLockedOut(http, lockedUntil);
            }
            throw new AuthenticationFailedException("Wrong username or password");
        }
        if (standing.hasFailures()) {
            throttle.succeeded(username, address);
        }
        if (!standing.enabled()) {
            throw new AuthenticationFailedException("Account disabled");
        }
        verified.remember(username, password, standing.passwordHash());
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addRoles(new HashSet<>(standing.account().roles()))
                .addAttribute(AccountPolicy.ACCOUNT_CHECKED, Boolean.TRUE)
                .addAttribute(SessionMechanism.PASSWORD_CHANGE_REQUIRED, standing.account().passwordChangeRequired())
                .addAttribute(SignedInAccounts.ATTRIBUTE, standing.account())
                .build();
    }

    private static void refuseAsLockedOut(RoutingContext http, Instant until) {
        if (http != null) {
            http.put(LOCKED_UNTIL, until);
        }
        throw new AuthenticationFailedException("Too many failed sign-ins");
    }
}
