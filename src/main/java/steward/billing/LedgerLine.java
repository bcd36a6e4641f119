package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/**
 * One line of a unit's account. Signed: a charge or a cash refund adds to what the unit owes, a payment or a
 * credit takes from it; the balance is the sum. The database refuses to change or delete a line.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "ledger_line")
public class LedgerLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long unitId;

    @Enumerated(EnumType.STRING)
    public LineKind kind;

    /** The fee item of a charge. */
    @Enumerated(EnumType.STRING)
    public FeeItem item;

    /** The month a recurring charge is for, {@code 2026-03}. */
    public String period;

    public BigDecimal amount;

    public LocalDate dueDate;

    public String note;

    public String chargeKey;

    public Long feeStandardId;

    public Long cardId;

    public Long paymentId;

    public Long reversesLineId;

    public String sourceKind;

    public Long sourceId;

    /** How money moved for payments and refunds (cash counts in the daily close). */
    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    public LocalDate businessDate;

    public Instant postedAt;

    public String postedBy;
}
