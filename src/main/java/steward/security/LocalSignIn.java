package steward.security;

import java.time.Instant;
import java.util.HashSet;

import io.quarkus.elytron.security.common.BcryptUtil;
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
 * Checks the password of a local account (the sign-in form and HTTP Basic), throttled per username and client
 * address by {@link SignInThrottle}. It takes precedence over the identity provider of quarkus-security-jpa
 * for passwords, because that one cannot count failures; the session cookie of a signed-in user is still
 * verified by quarkus-security-jpa, and {@link AccountPolicy} still refuses disabled accounts.
 */
@ApplicationScoped
public class LocalSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on the request when the attempt was refused by a lock-out: until when (an {@link Instant}). */
    public static final String LOCKED_UNTIL = "steward.sign-in.locked-until";

    /** Checked when no account has the username, so that the answer takes as long as for a wrong password. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this username");

    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of quarkus-security-jpa's provider of the same request type (priority 1001). */
    @Override
    public int priority() {
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? "unknown"
                : http.request().remoteAddress().hostAddress();
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> verify(username, password, address, http));
    }

    private SecurityIdentity verify(String username, String password, String address, RoutingContext http) {
        SignInThrottle.Standing standing = throttle.standing(username, address);
        if (standing.lockedUntil() != null) {
            refuseAsLockedOut(http, standing.lockedUntil());
        }
        boolean matches;
        if (standing.passwordHash() != null) {
            matches = BcryptUtil.matches(password, standing.passwordHash());
        } else {
            BcryptUtil.matches(password, NO_ACCOUNT_HASH);
            matches = false;
        }
        if (!matches) {
            Instant lockedUntil = throttle.failed(username, address, standing.siteId());
            if (lockedUntil != null) {
                refuseAsLockedOut(http, lockedUntil);
            }
            throw new AuthenticationFailedException("Wrong username or password");
        }
        if (standing.hasFailures()) {
            throttle.succeeded(username, address);
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addRoles(new HashSet<>(standing.roles())).build();
    }

    private static void refuseAsLockedOut(RoutingContext http, Instant until) {
        if (http != null) {
            http.put(LOCKED_UNTIL, until);
        }
        throw new AuthenticationFailedException("Too many failed sign-ins");
    }
}
