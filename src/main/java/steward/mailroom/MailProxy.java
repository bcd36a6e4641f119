package steward.mailroom;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** Someone a resident authorised to collect their items: the consent on record, and how it was given. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "mail_proxy")
public class MailProxy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long residentId;

    public String name;

    public String consentNote;

    public Instant createdAt;

    public String createdBy;

    /** When the resident withdrew the consent; null while it is in force. */
    public Instant revokedAt;

    public String revokedBy;

    public String revokeReason;

    @Version
    public int version;
}
