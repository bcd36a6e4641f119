package steward.lending;

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
import steward.privacy.IdDocument;
import steward.security.SiteScope;
/**
 * Something the desk lent (a key, an access fob, a tool…), to whom, until when, against what deposit: an ID held
 * (its type and last four characters only) or cash taken at the till. Returned with the returner's signature.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Loan extends PanacheEntityBase {

    public enum Kind {
        KEY, FOB, TOOL, OTHER
    }

    public enum Borrower {
        RESIDENT, VISITOR, CONTRACTOR, STAFF
    }

    public enum State {
        OUT, RETURNED
    }

    /** The ID held as a deposit: with the desk, handed back with the item, or missing (a supervisor's note). */
    public enum IdState {
        HELD, HANDED_BACK, MISSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String description;

    @Enumerated(EnumType.STRING)
    public Borrower borrowerKind;

    public String borrowerName;

    /** E.164, or null. */
    public String borrowerPhone;

    public Long residentId;

    public Long unitId;

    @Enumerated(EnumType.STRING)
    public IdDocument depositIdType;

    public String depositIdLast4;

    @Enumerated(EnumType.STRING)
    public IdState idState;

    public String idMissingNote;

    public Long cashDepositId;

    public Instant dueBackAt;

    @Enumerated(EnumType.STRING)
    public State state = State.OUT;

    public String lentBy;

    public Instant lentAt;

    public Instant returnedAt;

    public String returnedBy;

    public String returnerName;

    /** Set by the reminder job in the transaction that queues the overdue reminders. */
    public Instant overdueRemindedAt;

    @Version
    public int version;

    public boolean isOverdue(Instant now) {
        return state == State.OUT && !dueBackAt.isAfter(now);
    }
}
