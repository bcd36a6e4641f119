package steward.promise;

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
import steward.security.SiteScope;

/**
 * A promise made to a customer: what, to whom, by when, owned by which staff member. The seed: promise rarely,
 * and once promised keep it by the agreed time (三(三)3).
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Promise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public PromiseSource sourceKind;

    public Long sourceId;

    public String what;

    public Long residentId;

    public Long unitId;

    public String customerName;

    /** E.164. */
    public String customerPhone;

    public Instant dueAt;

    /**
     * Where the site counts working time: the first working minute at or after the due time, until which keeping
     * the promise is on time. Null: the due time itself.
     */
    public Instant onTimeBy;

    /** The username of the staff member who keeps it. */
    public String owner;

    @Enumerated(EnumType.STRING)
    public PromiseState state = PromiseState.OPEN;

    public Instant createdAt;

    public Instant closedAt;

    /** Who recorded how it ended (kept, broken, renegotiated). */
    public String closedBy;

    /** Why it was broken. */
    public String closeNote;

    /** Renegotiated: the customer agreed to the new time (a renegotiation needs their agreement). */
    public Boolean customerAgreed;

    /** The promise this one replaces, renegotiated to a new time. */
    public Long renegotiatedFrom;

    /** Set by the alert job when the owner was reminded (the reminder is queued once). */
    public Instant remindedAt;

    /** Set by the alert job when the promise fell due unkept and the overdue alerts were queued. */
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
