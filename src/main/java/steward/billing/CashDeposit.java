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

/**
 * Cash held as a deposit for something another capability hands out (a key lent, for instance): in the drawer of
 * the cashier who took it from that day, out of the drawer of the one who paid it back. Both count in the daily
 * close. Once per source, paid back once.
 */
@Entity
@Table(name = "cash_deposit")
public class CashDeposit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "source_kind")
    public String sourceKind;

    @Column(name = "source_id")
    public Long sourceId;

    public BigDecimal amount;

    @Column(name = "taken_by")
    public String takenBy;

    @Column(name = "taken_on")
    public LocalDate takenOn;

    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "paid_back_by")
    public String paidBackBy;

    @Column(name = "paid_back_on")
    public LocalDate paidBackOn;

    @Column(name = "paid_back_at")
    public Instant paidBackAt;
}
