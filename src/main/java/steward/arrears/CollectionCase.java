package steward.arrears;

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
 * The collection of one unit's arrears. One open case per unit (a database constraint); two tablets acting on
 * it at once are kept apart by the version.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "collection_case")
public class CollectionCase extends PanacheEntityBase {

    public enum State {
        OPEN,
        CLOSED
    }

    public enum CloseReason {
        /** Everything overdue was paid. */
        PAID
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long unitId;

    @Enumerated(EnumType.STRING)
    public State state = State.OPEN;

    public Instant openedAt;

    public String openedBy;

    /** Set while the case is on dispute hold: no automated reminder goes out. */
    public Instant heldAt;

    public String holdReason;

    /** The complaint raised during collection, if any. */
    public Long complaintId;

    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    public CloseReason closeReason;

    /** The customer service staff member whose call task the case is (the collector). */
    public String assignee;

    /** When the call is due: by the end of the site's call hours. */
    public Instant callDueAt;

    /** The rule that opened the case; null when staff opened it. */
    public String openedByRule;

    /** When the case reached the written-demand step of the rules. */
    public Instant demandDueAt;

    @Version
    public int version;

    public boolean onHold() {
        return heldAt != null;
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
