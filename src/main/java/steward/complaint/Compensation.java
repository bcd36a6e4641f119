package steward.complaint;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/**
 * Compensation offered with an apology (the seed's 三(三)4, 「配合適當的補償行為」). Proposed by customer service,
 * approved or rejected by a supervisor; an approved fee waiver or credit becomes a credit on the unit's account.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Compensation extends PanacheEntityBase {

    public enum Kind {
        FEE_WAIVER, CREDIT, GIFT, OTHER;

        /** Kinds that post a credit to the unit's account, and so need a unit and an amount. */
        public boolean postsCredit() {
            return this == FEE_WAIVER || this == CREDIT;
        }
    }

    public enum State {
        PROPOSED, APPROVED, REJECTED
    }

    /** The source kind of the credits that approved compensations ask the cashier's ledger for. */
    public static final String CREDIT_SOURCE = "COMPLAINT_COMPENSATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long complaintId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public BigDecimal amount;

    public String note;

    @Enumerated(EnumType.STRING)
    public State state = State.PROPOSED;

    public String proposedBy;

    public Instant proposedAt;

    public String decidedBy;

    public Instant decidedAt;

    @Version
    public int version;
}
