package steward.lending;

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
import steward.mailroom.IdType;

/**
 * Something the desk lent (a key, an access fob, a tool…), to whom, until when, against what deposit: an ID held
 * (its type and last four characters only) or cash taken at the till. Returned with the returner's signature.
 */
@Entity
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

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "borrower_kind")
    public Borrower borrowerKind;

    @Column(name = "borrower_name")
    public String borrowerName;

    /** E.164, or null. */
    @Column(name = "borrower_phone")
    public String borrowerPhone;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deposit_id_type")
    public IdType depositIdType;

    @Column(name = "deposit_id_last4")
    public String depositIdLast4;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_state")
    public IdState idState;

    @Column(name = "id_missing_note")
    public String idMissingNote;

    @Column(name = "cash_deposit_id")
    public Long cashDepositId;

    @Column(name = "due_back_at")
    public Instant dueBackAt;

    @Enumerated(EnumType.STRING)
    public State state = State.OUT;

    @Column(name = "lent_by")
    public String lentBy;

    @Column(name = "lent_at")
    public Instant lentAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returner_name")
    public String returnerName;

    /** Set by the reminder job in the transaction that queues the overdue reminders. */
    @Column(name = "overdue_reminded_at")
    public Instant overdueRemindedAt;

    @Version
    public int version;

    public boolean isOverdue(Instant now) {
        return state == State.OUT && !dueBackAt.isAfter(now);
    }
}
