package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a unit's account. Signed: a charge or a cash refund adds to what the unit owes, a payment or a
 * credit takes from it; the balance is the sum. The database refuses to change or delete a line.
 */
@Entity
@Table(name = "ledger_line")
public class LedgerLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "unit_id")
    public Long unitId;

    @Enumerated(EnumType.STRING)
    public LineKind kind;

    /** The fee item of a charge. */
    @Enumerated(EnumType.STRING)
    public FeeItem item;

    /** The month a recurring charge is for, {@code 2026-03}. */
    public String period;

    public BigDecimal amount;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String note;

    @Column(name = "charge_key")
    public String chargeKey;

    @Column(name = "fee_standard_id")
    public Long feeStandardId;

    @Column(name = "card_id")
    public Long cardId;

    @Column(name = "payment_id")
    public Long paymentId;

    @Column(name = "reverses_line_id")
    public Long reversesLineId;

    @Column(name = "source_kind")
    public String sourceKind;

    @Column(name = "source_id")
    public Long sourceId;

    /** How money moved for payments and refunds (cash counts in the daily close). */
    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    @Column(name = "business_date")
    public LocalDate businessDate;

    @Column(name = "posted_at")
    public Instant postedAt;

    @Column(name = "posted_by")
    public String postedBy;
}
