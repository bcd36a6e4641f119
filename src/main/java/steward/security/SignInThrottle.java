package steward.security;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts failed sign-ins per username and client address in the database, so that every replica sees the
 * same count: {@link SignInConfig#maxFailures()} failures within {@link SignInConfig#window()} lock the
 * username out at that address for {@link SignInConfig#lockout()}. The lock-out is audited once.
 */
@ApplicationScoped
public class SignInThrottle {

    /** What is known of a username at an address before its password is checked. */
    public record Standing(Instant lockedUntil, boolean hasFailures, String passwordHash, List<String> roles,
            Long siteId) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    SignInConfig config;

    @Inject
    AuditTrail audit;

    @ActivateRequestContext
    @Transactional
    public Standing standing(String username, String address) {
        Instant now = clock.instant();
        SignInFailure failure = SignInFailure.of(username, address);
        Instant lockedUntil = failure != null && failure.lockedUntil != null && failure.lockedUntil.isAfter(now)
                ? failure.lockedUntil
                : null;
        Account account = Account.findByUsername(username);
        if (account == null) {
            return new Standing(lockedUntil, failure != null, null, List.of(), null);
        }
        Long siteId = account.siteIds.stream().sorted().findFirst().orElse(null);
        return new Standing(lockedUntil, failure != null, account.passwordHash, account.roleList(), siteId);
    }

    /**
     * Counts a failed attempt (atomically, however many arrive at once) and locks the username out at the
     * address when this attempt reaches the limit.
     *
     * @return until when the username is now locked out at the address, or null
     */
    @ActivateRequestContext
    @Transactional
    public Instant failed(String username, String address, Long siteId) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(config.window());
        entityManager.createNativeQuery("""
                insert into sign_in_failure (username, address, failures, first_failed_at)
                values (:username, :address, 1, :now)
                on conflict (username, address) do update set
                    failures = case when sign_in_failure.first_failed_at < :windowStart then 1
                                    else sign_in_failure.failures + 1 end,
                    first_failed_at = case when sign_in_failure.first_failed_at < :windowStart then :now
                                           else sign_in_failure.first_failed_at end
                """).setParameter("username", username).setParameter("address", address).setParameter("now", now)
                .setParameter("windowStart", windowStart).executeUpdate();
        Instant until = now.plus(config.lockout());
        int locked = entityManager.createNativeQuery("""
                update sign_in_failure set locked_until = :until
                where username = :username and address = :address and failures >= :max
                  and (locked_until is null or locked_until <= :now)
                """).setParameter("until", until).setParameter("username", username).setParameter("address", address)
                .setParameter("max", config.maxFailures()).setParameter("now", now).executeUpdate();
        if (locked == 0) {
            return null;
        }
        audit.recordSignIn(username, AuditAction.SIGN_IN_LOCKED, siteId,
                StoredText.of("security:detail_locked", config.maxFailures(), address, until));
        return until;
    }

    /** A successful sign-in forgets the failures of the username at the address. */
    @ActivateRequestContext
    @Transactional
    public void succeeded(String username, String address) {
        SignInFailure.delete("username = ?1 and address = ?2", username, address);
    }
}
