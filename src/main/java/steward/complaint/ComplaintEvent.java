package steward.complaint;

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

/** One step of a complaint's history: each contact with the customer (what they were told) and each change. */
@Entity
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

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "complaint_id")
    public Long complaintId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String text;

    /** The promise or compensation the step is about. */
    @Column(name = "ref_id")
    public Long refId;
}
