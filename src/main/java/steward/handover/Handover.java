package steward.handover;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.center.Inspection;
import steward.security.SiteScope;

/**
 * A shift handover (交接班): signed by the outgoing staff member when generated, confirmed (and so signed) by the
 * incoming one, read-only from then on.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Handover extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    /** The incoming shift. */
    @Enumerated(EnumType.STRING)
    public Inspection.Shift shift;

    public Instant shiftStartsAt;

    public Instant shiftEndsAt;

    public String note;

    public String outgoing;

    public Instant signedOutAt;

    public String incoming;

    public Instant confirmedAt;

    /** Set by the job when supervisors were told it was still unconfirmed 30 minutes into the shift. */
    public Instant lateAlertedAt;

    @Version
    public int version;
}
