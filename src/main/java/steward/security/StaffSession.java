package steward.security;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in device of a staff member (see {@link StaffSessions}). */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    /** Why a session ended. */
    public enum EndReason {
        SIGNED_OUT, ENDED_BY_USER, ACCOUNT_DISABLED, PASSWORD_CHANGED, IDLE, EXPIRED,
        /** Another sign-in on the same device took its place. */
        REPLACED,
        /** The identity provider's tokens were renewed: the session goes on under a new handle. */
        REFRESHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public byte[] tokenDigest;

    public Long accountId;

    @Enumerated(EnumType.STRING)
    public SignInMethod kind;

    public Instant startedAt;

    public Instant lastSeenAt;

    public Instant expiresAt;

    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public EndReason endedReason;

    public String clientAddress;

    public String userAgent;

    /** The identity provider's tokens of a single sign-on session, encrypted ({@link SingleSignOnSessions}). */
    public byte[] providerTokens;
}
