package steward.complaint;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;
import steward.web.StoredText;
import steward.web.StoredTextColumn;

/** One step of a complaint's history: each contact with the customer (what they were told) and each change. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "complaint_event")
public class ComplaintEvent extends PanacheEntityBase {

    public enum Kind {
        RECEIVED, ASSIGNED, FOLLOW_UP, ESCALATED, PROMISE_MADE, PROMISE_OVERDUE, RESOLVED, REOPENED,
        COMPENSATION_PROPOSED, COMPENSATION_APPROVED, COMPENSATION_REJECTED
    }

    /** The actor of steps the application takes by itself (an overdue promise escalates its complaint). */
    public static final String SYSTEM = "system";

    /** The actor of a step the resident took: their low score in the survey reopened the complaint. */
    public static final String RESIDENT = "resident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long complaintId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String actor;

    public Instant occurredAt;

    /** What staff typed (what they told the customer, a reason), as typed. */
    public String text;

    /** What the application says about the step (received, assigned to, a compensation), as data. */
    @Convert(converter = StoredTextColumn.class)
    public StoredText message;

    /** The promise or compensation the step is about. */
    public Long refId;
}
