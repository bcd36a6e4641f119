package steward.billing;

import java.math.BigDecimal;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import steward.security.SiteScope;

/** How much of a charge a payment paid. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Allocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long paymentId;

    public Long chargeLineId;

    public BigDecimal amount;
}
