package steward.promise;

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

/**
 * A promise made to a customer: what, to whom, by when, owned by which staff member. The seed: promise rarely,
 * and once promised keep it by the agreed time (三(三)3).
 */
@Entity
public class Promise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    public PromiseSource sourceKind;

    @Column(name = "source_id")
    public Long sourceId;

    public String what;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "customer_name")
    public String customerName;

    /** E.164. */
    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "due_at")
    public Instant dueAt;

    /**
     * Where the site counts working time: the first working minute at or after the due time, until which keeping
     * the promise is on time. Null: the due time itself.
     */
    @Column(name = "on_time_by")
    public Instant onTimeBy;

    /** The username of the staff member who keeps it. */
    public String owner;

    @Enumerated(EnumType.STRING)
    public PromiseState state = PromiseState.OPEN;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Who recorded how it ended (kept, broken, renegotiated). */
    @Column(name = "closed_by")
    public String closedBy;

    /** Why it was broken. */
    @Column(name = "close_note")
    public String closeNote;

    /** Renegotiated: the customer agreed to the new time (a renegotiation needs their agreement). */
    @Column(name = "customer_agreed")
    public Boolean customerAgreed;

    /** The promise this one replaces, renegotiated to a new time. */
    @Column(name = "renegotiated_from")
    public Long renegotiatedFrom;

    /** Set by the alert job when the owner was reminded (the reminder is queued once). */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** Set by the alert job when the promise fell due unkept and the overdue alerts were queued. */
    @Column(name = "overdue_at")
    public Instant overdueAt;

    public boolean isOverdue(Instant now) {
        return state == PromiseState.OPEN && !dueAt.isAfter(now);
    }

    /**
     * Kept on time: kept by the due time, or renegotiated with the customer's agreement before it (the seed:
     * keep to the agreed time; a new time agreed in advance is keeping faith, one agreed afterwards is not).
     */
    public boolean keptOnTime() {
        return closedAt != null && !closedAt.isAfter(onTimeBy != null ? onTimeBy : dueAt)
                && (state == PromiseState.KEPT || state == PromiseState.RENEGOTIATED && Boolean.TRUE.equals(customerAgreed));
    }

    @Version
    public int version;
}
