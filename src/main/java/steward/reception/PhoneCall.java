package steward.reception;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A call answered at the desk: it starts at the tap "call answered" and ends when it is recorded. */
@Entity
@Table(name = "phone_call")
public class PhoneCall extends PanacheEntityBase {

    /** The seed's 二(二): answer within three rings. */
    public static final int STANDARD_RINGS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "caller_name")
    public String callerName;

    /** E.164, or null. */
    @Column(name = "caller_phone")
    public String callerPhone;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "rings_before_answer")
    public int ringsBeforeAnswer = 1;

    @Enumerated(EnumType.STRING)
    public CallCategory category;

    public String notes;

    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Version
    public int version;

    public boolean answeredWithinStandard() {
        return ringsBeforeAnswer <= STANDARD_RINGS;
    }

    public boolean inProgress() {
        return endedAt == null;
    }
}
