package steward.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/**
 * The written demand of a collection case (催告書): issued with the amounts as they stood, printed in the site's
 * language, then recorded with how it was sent. The last step a case reaches in Steward.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "collection_demand")
public class CollectionDemand extends PanacheEntityBase {

    /** How the letter went to the resident. */
    public enum SentMethod {
        BY_HAND,
        REGISTERED_MAIL,
        /** 存證信函: a certified letter through the post office, which keeps a copy as evidence. */
        CERTIFIED_LETTER,
        EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long caseId;

    public String language;

    /** The resident the letter is addressed to, as named when it was issued. */
    public String addressee;

    public BigDecimal overdue;

    public LocalDate payBy;

    public Instant issuedAt;

    public String issuedBy;

    @Enumerated(EnumType.STRING)
    public SentMethod sentMethod;

    public LocalDate sentOn;

    /** The registered-mail number or the certified letter's number. */
    public String sentReference;

    public String sentRecordedBy;

    public Instant sentRecordedAt;

    public boolean sent() {
        return sentMethod != null;
    }
}
