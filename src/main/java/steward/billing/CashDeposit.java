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
import steward.security.SiteScope;

/**
 * Cash held as a deposit for something another capability hands out (a key lent, for instance): in the drawer of
 * the cashier who took it from that day, out of the drawer of the one who paid it back. Both count in the daily
 * close. Once per source, paid back once.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "cash_deposit")
public class CashDeposit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public String sourceKind;

    public Long sourceId;

    public BigDecimal amount;

    public String takenBy;

    public LocalDate takenOn;

    public Instant takenAt;

    public String paidBackBy;

    public LocalDate paidBackOn;

    public Instant paidBackAt;
}
