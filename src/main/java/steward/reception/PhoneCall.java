package steward.reception;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * A call at the desk. Typed by the desk, it starts at the tap "call answered", with the rings the desk says
 * (self-reported). From the site's phone system, it starts when it rings, and its ring time is measured from the
 * events; it may be missed (hung up before anyone answered). It ends when the desk has recorded it.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "phone_call")
public class PhoneCall extends PanacheEntityBase {

    /** The seed's 二(二): answer within three rings. */
    public static final int STANDARD_RINGS = 3;

    public enum Direction {
        IN, OUT
    }

    public enum State {
        /** The phone system says it rings; nobody has answered yet. */
        RINGING,
        ANSWERED,
        /** Hung up before anyone answered: listed for a callback, a promise in the ledger. */
        MISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String callerName;

    /** E.164, or null. */
    public String callerPhone;

    public Long residentId;

    public Long unitId;

    /** As the desk said them; null when the phone system measured the ring time. */
    public Integer ringsBeforeAnswer = 1;

    @Enumerated(EnumType.STRING)
    public CallCategory category;

    public String notes;

    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;

    public Instant startedAt;

    public Instant endedAt;

    /** The staff member who answered; null while nobody has, or when the phone system named nobody known. */
    public String answeredBy;

    /** The call's id in the site's phone system; null for a call typed at the desk. */
    public String pbxCallId;

    @Enumerated(EnumType.STRING)
    public Direction direction = Direction.IN;

    @Enumerated(EnumType.STRING)
    public State state = State.ANSWERED;

    public Instant rangAt;

    public Instant answeredAt;

    public Instant hungUpAt;

    /** Seconds from the first ring to the answer (or to the hang-up of a missed call), as measured. */
    public Integer ringSeconds;

    /** The seconds a call could ring within the standard when it was measured. */
    public Integer standardSeconds;

    /** The number that was called (the site's line), E.164 where it is one. */
    public String calledNumber;

    /** The extension or user the phone system said answered. */
    public String extension;

    public String hangupCause;

    @Version
    public int version;

    public boolean isMeasured() {
        return ringSeconds != null;
    }

    /** Answered within the standard; null while it cannot be said (ringing, or answered with no ring time yet). */
    public Boolean answeredWithinStandard() {
        if (state != State.ANSWERED) {
            return state == State.MISSED ? Boolean.FALSE : null;
        }
        if (ringSeconds != null) {
            return ringSeconds <= standardSeconds;
        }
        return ringsBeforeAnswer == null ? null : ringsBeforeAnswer <= STANDARD_RINGS;
    }

    /** Answered and not yet recorded by the desk. */
    public boolean inProgress() {
        return state == State.ANSWERED && endedAt == null;
    }
}
