package steward.lending;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.security.SiteScope;

/** The returner's signature, drawn on the tablet when the item came back. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "loan_signature")
public class LoanSignature extends PanacheEntityBase {

    @Id
    public Long loanId;

    public Long siteId;

    public byte[] png;

    public Instant createdAt;
}
