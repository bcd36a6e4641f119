package steward.center;

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
 * A call-out (緊急到崗, the seed's 一 8): someone is asked to come to the site now; they acknowledge, then
 * arrive. Unacknowledged in time, the backup and the supervisors are alerted once ({@code escalatedAt}).
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "call_out")
public class CallOut extends PanacheEntityBase {

    public enum State {
        REQUESTED, ACKNOWLEDGED, ARRIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    /** The username of the staff member called. */
    public String called;

    /** E.164, the number the desk dials. */
    public String phone;

    public String reason;

    @Enumerated(EnumType.STRING)
    public State state = State.REQUESTED;

    public String requestedBy;

    public Instant requestedAt;

    public Instant acknowledgedAt;

    public String acknowledgedBy;

    public Instant arrivedAt;

    /** Set by the escalation job, in the transaction that queues the alerts. */
    public Instant escalatedAt;

    @Version
    public int version;
}
