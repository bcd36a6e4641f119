package steward.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sessions kept in PostgreSQL. Quarkus's form login keeps the session in an encrypted cookie that the server
 * cannot take back, so a cookie captured before signing out stays good until it times out; here the cookie holds
 * only a random token, and the session is whatever its row says, on every replica: signing out, disabling the
 * account, changing the password or ending the session from another device ends it at once. The row is read in one
 * statement per request (and written at most once a minute, to note the activity); its account comes from
 * {@link SignedInAccounts}, which reads it only when it changed since this replica last read it.
 */
@ApplicationScoped
public class StaffSessions {

    /** The cookie of a password session (single sign-on sessions live in quarkus-oidc's q_session cookie). */
    public static final String COOKIE = "steward-session";

    /** Activity is written at most this often per session: the idle timeout is counted in hours. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    SessionConfig config;

    @Inject
    SignedInAccounts accounts;

    /** A new session: its row and the token only the cookie holds. */
    public record Opened(long id, String token) {
    }

    /** A session in force, with what its account allows (and, for single sign-on, the provider's tokens). */
    public record Active(long sessionId, SignedInAccount account, Instant startedAt, byte[] providerTokens) {

        public long accountId() {
            return account.id();
        }

        public String username() {
            return account.username();
        }
    }

    /** A session as its owner sees it in the list of their devices. */
    public record Listed(long id, SignInMethod kind, Instant startedAt, Instant lastSeenAt, Instant expiresAt,
            String clientAddress, String userAgent) {

        private static final java.util.regex.Pattern BROWSER = java.util.regex.Pattern
                .compile("(Edg|OPR|SamsungBrowser|Firefox|CriOS|Chrome|Version)/(\\d+)");
        private static final List<String[]> SYSTEMS = List.of(new String[] { "Android", "Android" },
                new String[] { "iPad", "iPad" }, new String[] { "iPhone", "iPhone" },
                new String[] { "Windows", "Windows" }, new String[] { "Mac OS X", "macOS" },
                new String[] { "CrOS", "ChromeOS" }, new String[] { "Linux", "Linux" });

        /**
         * The device as its owner recognises it, e.g. "Chrome 131 · Android": the browser's family and major version
         * and the system, from the User-Agent header (whole in {@link #userAgent}).
         */
        public String device() {
            if (userAgent == null || userAgent.isBlank()) {
                return "";
            }
            java.util.regex.Matcher browser = BROWSER.matcher(userAgent);
            String name = null;
            while (browser.find()) { // Edge, Opera and Samsung Internet name Chrome too: they win over it
                String family = switch (browser.group(1)) {
                    case "Edg" -> "Edge";
                    case "OPR" -> "Opera";
                    case "SamsungBrowser" -> "Samsung Internet";
                    case "CriOS" -> "Chrome";
                    case "Version" -> "Safari";
                    default -> browser.group(1);
                };
                if (name == null || family.equals("Edge") || family.equals("Opera")
                        || family.equals("Samsung Internet")) {
                    name = family + " " + browser.group(2);
                }
            }
            String system = SYSTEMS.stream().filter(s -> userAgent.contains(s[0])).map(s -> s[1]).findFirst()
                    .orElse(null);
            if (name == null && system == null) {
                return userAgent.length() <= 40 ? userAgent : userAgent.substring(0, 40) + "…";
            }
            return name == null ? system : system == null ? name : name + " · " + system;
        }
    }

    /**
     * Opens a session for the account. {@code startedAt} counts the absolute lifetime: now for a sign-in, the
     * original sign-in's time for a session that goes on under a new handle.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Opened open(long accountId, SignInMethod kind, Instant startedAt, String clientAddress, String userAgent,
            byte[] providerTokens) {
        String token = newToken();
        Instant now = clock.instant();
        StaffSession session = new StaffSession();
        session.tokenDigest = digest(token);
        session.accountId = accountId;
        session.kind = kind;
        session.startedAt = startedAt == null ? now : startedAt;
        session.lastSeenAt = now;
        session.expiresAt = session.startedAt.plus(config.lifetime());
        session.clientAddress = clientAddress;
        session.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
        session.providerTokens = providerTokens;
        session.persist();
        return new Opened(session.id, token);
    }

    /**
     * The session of the kind that the cookie's token names, if it is in force: one statement, and its account
     * ({@link SignedInAccounts}). A session found past its idle timeout or its lifetime, or of a disabled account,
     * is ended on the spot.
     */
    @ActivateRequestContext
    public Optional<Active> inForce(String token, SignInMethod kind) {
        List<?> rows = entityManager.createNativeQuery("""
                select s.id, s.account_id, s.last_seen_at, s.expires_at, s.started_at, s.provider_tokens
                from staff_session s
                where s.token_digest = :digest and s.ended_at is null and s.kind = :kind
                """).setParameter("digest", digest(token)).setParameter("kind", kind.name()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long sessionId = ((Number) row[0]).longValue();
        SignedInAccount account = accounts.byId(((Number) row[1]).longValue());
        StaffSession.EndReason over = overReason(instant(row[2]), instant(row[3]),
                account != null && account.enabled());
        if (over != null) {
            QuarkusTransaction.requiringNew().run(() -> end(sessionId, over));
            return Optional.empty();
        }
        touch(sessionId, instant(row[2]));
        return Optional.of(new Active(sessionId, account, instant(row[4]), (byte[]) row[5]));
    }

    /** Why a session read now is over (the account disabled, its lifetime or idle timeout passed), or null. */
    StaffSession.EndReason overReason(Instant lastSeenAt, Instant expiresAt, boolean accountEnabled) {
        Instant now = clock.instant();
        if (!accountEnabled) {
            return StaffSession.EndReason.ACCOUNT_DISABLED;
        }
        if (!now.isBefore(expiresAt)) {
            return StaffSession.EndReason.EXPIRED;
        }
        if (!now.isBefore(lastSeenAt.plus(config.idleTimeout()))) {
            return StaffSession.EndReason.IDLE;
        }
        return null;
    }

    /** Notes the activity, at most once a minute. */
    void touch(long sessionId, Instant lastSeenAt) {
        Instant now = clock.instant();
        if (now.isAfter(lastSeenAt.plus(TOUCH_EVERY))) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update staff_session set last_seen_at = :now where id = :id and ended_at is null")
                    .setParameter("now", now).setParameter("id", sessionId).executeUpdate());
        }
    }

    /** Ends one session (if it is not over already). */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean end(long sessionId, StaffSession.EndReason reason) {
        return entityManager.createNativeQuery("""
                update staff_session set ended_at = :now, ended_reason = :reason where id = :id and ended_at is null
                """).setParameter("now", clock.instant()).setParameter("reason", reason.name())
                .setParameter("id", sessionId).executeUpdate() == 1;
    }

    /** What ending a session by its token found: the session, and when it had started. */
    public record Ended(long id, Instant startedAt) {
    }

    /** Ends the session of the token (the cookie of the request), if there is one in force. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Ended> endByToken(String token, StaffSession.EndReason reason) {
        List<?> rows = entityManager.createNativeQuery("""
                update staff_session set ended_at = :now, ended_reason = :reason
                where token_digest = :digest and ended_at is null
                returning id, started_at
                """).setParameter("now", clock.instant()).setParameter("reason", reason.name())
                .setParameter("digest", digest(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Ended(((Number) row[0]).longValue(), instant(row[1])));
    }

    /**
     * Whether the token names a session that was ended on purpose: signed out, ended from another device, its
     * account disabled or its password changed (not one that merely ran out).
     */
    @ActivateRequestContext
    public boolean endedOnPurpose(String token) {
        return !entityManager.createNativeQuery("""
                select 1 from staff_session where token_digest = :digest
                  and ended_reason in ('SIGNED_OUT', 'ENDED_BY_USER', 'ACCOUNT_DISABLED', 'PASSWORD_CHANGED')
                """).setParameter("digest", digest(token)).getResultList().isEmpty();
    }

    /** Says why a session that just ended did: it goes on under a new handle ({@link StaffSession.EndReason#REFRESHED}). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void continued(long sessionId) {
        entityManager.createNativeQuery("update staff_session set ended_reason = 'REFRESHED' where id = :id")
                .setParameter("id", sessionId).executeUpdate();
    }

    /** Ends every session of the account but {@code except} (none when null); how many ended. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int endAll(long accountId, StaffSession.EndReason reason, Long except) {
        return entityManager.createNativeQuery("""
                update staff_session set ended_at = :now, ended_reason = :reason
                where account_id = :account and ended_at is null and id <> :except
                """).setParameter("now", clock.instant()).setParameter("reason", reason.name())
                .setParameter("account", accountId).setParameter("except", except == null ? -1L : except)
                .executeUpdate();
    }

    /** The account's sessions in force, the most recently used first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> inForce(long accountId) {
        Instant now = clock.instant();
        return StaffSession.<StaffSession>find("""
                accountId = ?1 and endedAt is null and expiresAt > ?2 and lastSeenAt > ?3
                order by lastSeenAt desc, id desc""", accountId, now, now.minus(config.idleTimeout())).stream()
                .map(s -> new Listed(s.id, s.kind, s.startedAt, s.lastSeenAt, s.expiresAt, s.clientAddress,
                        s.userAgent))
                .toList();
    }

    /** Deletes the sessions that ended (or expired) longer ago than they are kept; how many. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int purge() {
        Instant cutoff = clock.instant().minus(config.keepEndedFor());
        return entityManager.createNativeQuery("delete from staff_session where coalesce(ended_at, expires_at) < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only the digest is stored: someone who reads the table cannot turn a row into a cookie. */
    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
