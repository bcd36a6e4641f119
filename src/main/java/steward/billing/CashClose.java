package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** 日結: a cashier's cash counted against what the day's postings say should be in the drawer. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "cash_close")
public class CashClose extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String cashier;

    public LocalDate businessDate;

    public BigDecimal expected;

    public BigDecimal counted;

    public BigDecimal difference;

    public String note;

    public Instant closedAt;

    public String signedOffBy;

    public Instant signedOffAt;

    @Version
    public int version;
}
