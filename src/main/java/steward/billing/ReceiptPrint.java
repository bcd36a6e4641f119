package steward.billing;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One print of a receipt. The first is the original; every later one says 副本. */
@Entity
@Table(name = "receipt_print")
public class ReceiptPrint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "payment_id")
    public Long paymentId;

    @Column(name = "print_no")
    public int printNo;

    @Enumerated(EnumType.STRING)
    public Paper paper;

    @Column(name = "printed_at")
    public Instant printedAt;

    @Column(name = "printed_by")
    public String printedBy;

    public boolean isCopy() {
        return printNo > 1;
    }
}
