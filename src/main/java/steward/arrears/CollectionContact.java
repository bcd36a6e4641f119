package steward.arrears;

import java.math.BigDecimal;
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
import steward.security.SiteScope;

/** A call or a home visit of a collection case, with what came of it. Never changed once recorded. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "collection_contact")
public class CollectionContact extends PanacheEntityBase {

    public enum Kind {
        PHONE,
        VISIT
    }

    public enum Outcome {
        REACHED,
        NOT_REACHED,
        /** The customer agreed when they will come to pay: a promise in the ledger. */
        APPOINTMENT_AGREED,
        REFUSED,
        /** The customer disputes the debt: the case goes on hold. */
        DISPUTED,
        /** A home visit agreed for a time: a promise in the ledger. */
        VISIT_SCHEDULED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long caseId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public Instant appointmentAt;

    public Long promiseId;

    public String notes;

    /** The resident asked on the call for the fee detail statement by email. */
    public boolean statementRequested;

    /** What was overdue when the contact was made, as stated to the customer. */
    public BigDecimal overdue;

    public String recordedBy;

    public Instant recordedAt;
}
