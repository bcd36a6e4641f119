package steward.lending;

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

/** One step of a loan's custody trail. The database refuses to change or delete it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "loan_event")
public class LoanEvent extends PanacheEntityBase {

    public enum Action {
        LENT, ID_HELD, CASH_DEPOSIT_TAKEN, REMINDED, RETURNED, ID_HANDED_BACK, CASH_DEPOSIT_PAID_BACK, ID_MISSING
    }

    /** The actor of the steps the application takes by itself (the overdue reminder). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long loanId;

    @Enumerated(EnumType.STRING)
    public Action action;

    public String actor;

    public Instant occurredAt;

    /**
     * Data, never a sentence: a masked name, an ID's type and last four, an amount, a supervisor's note, rendered in
     * the reader's language when read.
     */
    @Convert(converter = StoredTextColumn.class)
    public StoredText detail;
}
