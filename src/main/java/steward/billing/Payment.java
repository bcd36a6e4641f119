package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A payment taken at the till, and its receipt. Voided by a supervisor, never edited or deleted. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Payment extends PanacheEntityBase {

    public enum Status {
        POSTED,
        VOIDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long unitId;

    /** Gapless per site and year, e.g. {@code 2026-000123}. */
    public String receiptNo;

    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    /** Cash handed over by the customer; the change is what exceeds the amount. */
    public BigDecimal tendered;

    @Column(name = "change_given")
    public BigDecimal change = BigDecimal.ZERO;

    public String reference;

    public String idempotencyKey;

    /** What was asked for, hashed: a retry with the same key must ask for the same thing. */
    public String fingerprint;

    public String cashier;

    /** The day in the site's time zone: the cashier's day that the daily close counts. */
    public LocalDate businessDate;

    public Instant paidAt;

    @Enumerated(EnumType.STRING)
    public Status status = Status.POSTED;

    public Instant voidedAt;

    public String voidedBy;

    public String voidReason;

    @Version
    public int version;
}
