package steward.handover;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.center.Inspection;

/**
 * A shift handover (交接班): signed by the outgoing staff member when generated, confirmed (and so signed) by the
 * incoming one, read-only from then on.
 */
@Entity
public class Handover extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    /** The incoming shift. */
    @Enumerated(EnumType.STRING)
    public Inspection.Shift shift;

    @Column(name = "shift_starts_at")
    public Instant shiftStartsAt;

    @Column(name = "shift_ends_at")
    public Instant shiftEndsAt;

    public String note;

    public String outgoing;

    @Column(name = "signed_out_at")
    public Instant signedOutAt;

    public String incoming;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** Set by the job when supervisors were told it was still unconfirmed 30 minutes into the shift. */
    @Column(name = "late_alerted_at")
    public Instant lateAlertedAt;

    @Version
    public int version;
}
