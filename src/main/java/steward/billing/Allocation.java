package steward.billing;

import java.math.BigDecimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** How much of a charge a payment paid. */
@Entity
public class Allocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "payment_id")
    public Long paymentId;

    @Column(name = "charge_line_id")
    public Long chargeLineId;

    public BigDecimal amount;
}
