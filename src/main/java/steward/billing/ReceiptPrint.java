package steward.billing;

import java.time.Instant;

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

/** One print of a receipt. The first is the original; every later one says 副本. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "receipt_print")
public class ReceiptPrint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long paymentId;

    public int printNo;

    @Enumerated(EnumType.STRING)
    public Paper paper;

    public Instant printedAt;

    public String printedBy;

    public boolean isCopy() {
        return printNo > 1;
    }
}
