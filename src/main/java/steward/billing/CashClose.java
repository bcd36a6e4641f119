package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 日結: a cashier's cash counted against what the day's postings say should be in the drawer. */
@Entity
@Table(name = "cash_close")
public class CashClose extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    public String cashier;

    @Column(name = "business_date")
    public LocalDate businessDate;

    public BigDecimal expected;

    public BigDecimal counted;

    public BigDecimal difference;

    public String note;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Version
    public int version;
}
