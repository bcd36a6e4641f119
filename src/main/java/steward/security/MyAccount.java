package steward.security;

import java.time.Instant;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The signed-in user's own account: their sessions (devices) and their password. */
@RequestScoped
public class MyAccount {

    /**
     * A session of the user's, marked when it is the one asking; {@code device} names it as people know it
     * ("Chrome 131 · Android"), {@code userAgent} is the header it came with.
     */
    public record Session(long id, SignInMethod kind, Instant startedAt, Instant lastSeenAt, Instant expiresAt,
            String clientAddress, String userAgent, String device, boolean current) {
    }

    @Inject
    StaffContext staff;

    @Inject
    StaffSessions sessions;

    @Inject
    StaffService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    /** The user's sessions in force, the most recently used first; this one marked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> sessions() {
        Long current = currentSession();
        return sessions.inForce(accountId()).stream().map(s -> new Session(s.id(), s.kind(), s.startedAt(),
                s.lastSeenAt(), s.expiresAt(), s.clientAddress(), s.userAgent(), s.device(),
                Long.valueOf(s.id()).equals(current)))
                .toList();
    }

    /** Ends one of the user's other sessions (404 for a session that is not theirs). */
    @Transactional
    public void end(long sessionId) {
        boolean mine = sessions.inForce(accountId()).stream().anyMatch(s -> s.id() == sessionId);
        if (!mine) {
            throw new NotFoundException();
        }
        sessions.end(sessionId, StaffSession.EndReason.ENDED_BY_USER);
        audit.recordAccount(AuditAction.SESSIONS_ENDED, staff.currentSiteId(), staff.username(), "session=" + sessionId);
    }

    /** Ends every session of the user's but this one; how many. */
    @Transactional
    public int endOthers() {
        int ended = sessions.endAll(accountId(), StaffSession.EndReason.ENDED_BY_USER, currentSession());
        if (ended > 0) {
            audit.recordAccount(AuditAction.SESSIONS_ENDED, staff.currentSiteId(), staff.username(),
                    "sessions=" + ended);
        }
        return ended;
    }

    /** Changes the user's password; their other sessions end (this one goes on). */
    public void changePassword(String current, String chosen) {
        accounts.changeOwnPassword(current, chosen, currentSession());
    }

    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(identity.getAttribute(SessionMechanism.PASSWORD_CHANGE_REQUIRED));
    }

    public boolean local() {
        SignedInAccount account = staff.account();
        return account != null && account.isLocal();
    }

    /** The session of this request: a password session's id, or the single sign-on session's. */
    Long currentSession() {
        Long session = identity.getAttribute(SessionMechanism.SESSION_ID);
        if (session == null) {
            SingleSignOnSessions.Current sso = routing.get(SingleSignOnSessions.CURRENT);
            session = sso == null ? null : sso.sessionId();
        }
        return session;
    }

    private long accountId() {
        SignedInAccount account = staff.account();
        if (account == null) {
            throw new NotFoundException();
        }
        return account.id();
    }
}
