package steward.security;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts failed sign-ins of existing accounts in the database, so that every replica sees the same count:
 * {@link SignInConfig#maxFailures()} failures within {@link SignInConfig#window()} lock the username out at that
 * address, {@link SignInConfig#maxFailuresAcrossAddresses()} from all addresses together lock it out everywhere
 * (the row of address {@value #ALL_ADDRESSES}); both for {@link SignInConfig#lockout()}, each audited once. An
 * administrator may lift them ({@link #lift}). Usernames no account has are counted the same way, but in memory
 * (a bounded cache per replica): guesses at random usernames write nothing, so they cannot fill the database.
 */
@ApplicationScoped
public class SignInThrottle {

    /** The address of the row that counts a username's failures from every address. */
    static final String ALL_ADDRESSES = "*";

    /** What is known of a username at an address before its password is checked, read in one statement. */
    public record Standing(Instant lockedUntil, boolean hasFailures, SignedInAccount account, String passwordHash) {

        public boolean known() {
            return account != null;
        }

        public boolean enabled() {
            return account != null && account.enabled();
        }

        /** The account's first site (for the audit trail of its lock-outs), or null. */
        public Long siteId() {
            return account == null || account.siteIds().isEmpty() ? null : account.siteIds().get(0);
        }
    }

    /** A username no account has, at an address (or {@value #ALL_ADDRESSES}). */
    private record Unknown(String username, String address) {
    }

    private static final class UnknownFailures {
        int failures;
        Instant lockedUntil;
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    SignInConfig config;

    @Inject
    AuditTrail audit;

    private Cache<Unknown, UnknownFailures> unknown;

    @jakarta.annotation.PostConstruct
    void init() {
        unknown = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(config.window().compareTo(config.lockout()) > 0 ? config.window() : config.lockout())
                .build();
    }

    @ActivateRequestContext
    public Standing standing(String username, String address) {
        Instant now = clock.instant();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select a.id, a.password_hash, a.roles, a.enabled, a.password_change_required,
                       array(select s.site_id from account_site s join site on site.id = s.site_id
                             where s.account_id = a.id and site.closed_at is null),
                       f.locked_until, f.has_failures, a.username, a.display_name, a.preferred_language
                from (select max(locked_until) filter (where locked_until > :now) as locked_until,
                             coalesce(bool_or(address = :address), false) as has_failures
                      from sign_in_failure where username = :username and address in (:address, '*')) f
                left join account a on a.username = :username and a.sign_in = 'PASSWORD'
                """).setParameter("now", now).setParameter("address", address).setParameter("username", username)
                .getSingleResult();
        if (row[0] == null) {
            return new Standing(unknownLockedUntil(username, address, now), false, null, null);
        }
        SignedInAccount account = new SignedInAccount(((Number) row[0]).longValue(), (String) row[8],
                (String) row[9], Account.roleList((String) row[2]), (Boolean) row[3], (Boolean) row[4],
                SignInMethod.PASSWORD, (String) row[10], siteIds(row[5]));
        return new Standing(instant(row[6]), (Boolean) row[7], account, (String) row[1]);
    }

    /**
     * Counts a failed attempt (atomically, however many arrive at once) and locks the username out when this
     * attempt reaches a limit.
     *
     * @return until when the username is now locked out at the address, or null
     */
    @ActivateRequestContext
    @Transactional
    public Instant failed(String username, String address, Standing standing) {
        Instant now = clock.instant();
        if (!standing.known()) {
            return unknownFailed(username, address, now);
        }
        Instant windowStart = now.minus(config.window());
        entityManager.createNativeQuery("""
                insert into sign_in_failure (username, address, failures, first_failed_at)
                values (:username, :address, 1, :now), (:username, '*', 1, :now)
                on conflict (username, address) do update set
                    failures = case when sign_in_failure.first_failed_at < :windowStart then 1
                                    else sign_in_failure.failures + 1 end,
                    first_failed_at = case when sign_in_failure.first_failed_at < :windowStart then :now
                                           else sign_in_failure.first_failed_at end
                """).setParameter("username", username).setParameter("address", address).setParameter("now", now)
                .setParameter("windowStart", windowStart).executeUpdate();
        Instant until = now.plus(config.lockout());
        @SuppressWarnings("unchecked")
        List<String> locked = entityManager.createNativeQuery("""
                update sign_in_failure set locked_until = :until
                where username = :username
                  and ((address = :address and failures >= :max) or (address = '*' and failures >= :maxAll))
                  and (locked_until is null or locked_until <= :now)
                returning address
                """).setParameter("until", until).setParameter("username", username).setParameter("address", address)
                .setParameter("max", config.maxFailures()).setParameter("maxAll", config.maxFailuresAcrossAddresses())
                .setParameter("now", now).getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        for (String lockedAddress : locked) {
            StoredText detail = ALL_ADDRESSES.equals(lockedAddress)
                    ? StoredText.of("security:detail_locked_everywhere", config.maxFailuresAcrossAddresses(), until)
                    : StoredText.of("security:detail_locked", config.maxFailures(), address, until);
            audit.recordSignIn(username, AuditAction.SIGN_IN_LOCKED, standing.siteId(), detail);
        }
        return until;
    }

    /** A successful sign-in forgets the failures of the username at the address (not those from everywhere). */
    @ActivateRequestContext
    @Transactional
    public void succeeded(String username, String address) {
        SignInFailure.delete("username = ?1 and address = ?2", username, address);
    }

    /** Until when the username is locked out from all addresses, or null (for the administrator's page). */
    @ActivateRequestContext
    public Instant lockedEverywhereUntil(String username) {
        SignInFailure row = SignInFailure.of(username, ALL_ADDRESSES);
        return row != null && row.lockedUntil != null && row.lockedUntil.isAfter(clock.instant()) ? row.lockedUntil
                : null;
    }

    /** An administrator lifts every lock-out of the username (and forgets its failures); whether there was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lift(String username, Long siteId) {
        long lockedOut = SignInFailure.count("username = ?1 and lockedUntil > ?2", username, clock.instant());
        SignInFailure.delete("username", username);
        if (lockedOut > 0) {
            audit.recordAccount(AuditAction.SIGN_IN_UNLOCKED, siteId, username, null);
        }
        return lockedOut > 0;
    }

    /** Deletes the failures older than the window whose lock-out (if any) is over; how many rows went. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return (int) SignInFailure.delete("firstFailedAt < ?1 and (lockedUntil is null or lockedUntil <= ?2)",
                now.minus(config.window()), now);
    }

    private Instant unknownLockedUntil(String username, String address, Instant now) {
        Instant until = null;
        for (String counted : List.of(address, ALL_ADDRESSES)) {
            UnknownFailures failures = unknown.getIfPresent(new Unknown(username, counted));
            if (failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)
                    && (until == null || failures.lockedUntil.isAfter(until))) {
                until = failures.lockedUntil;
            }
        }
        return until;
    }

    private Instant unknownFailed(String username, String address, Instant now) {
        Instant lockedUntil = null;
        for (String counted : List.of(address, ALL_ADDRESSES)) {
            int max = ALL_ADDRESSES.equals(counted) ? config.maxFailuresAcrossAddresses() : config.maxFailures();
            UnknownFailures failures = unknown.get(new Unknown(username, counted), key -> new UnknownFailures());
            synchronized (failures) {
                failures.failures++;
                if (failures.failures >= max && (failures.lockedUntil == null || !failures.lockedUntil.isAfter(now))) {
                    failures.lockedUntil = now.plus(config.lockout());
                    lockedUntil = failures.lockedUntil;
                }
            }
        }
        return lockedUntil;
    }

    /** A bigint[] column, as the driver gives it. */
    private static List<Long> siteIds(Object column) {
        try {
            Object[] ids = column instanceof java.sql.Array array ? (Object[]) array.getArray() : (Object[]) column;
            return java.util.Arrays.stream(ids).map(id -> ((Number) id).longValue()).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
