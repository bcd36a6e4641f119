package steward.security;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import steward.web.StoredText;
import steward.web.StoredTextColumn;

/** One line of the audit trail. The database refuses to change or delete it. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;

    public String actor;

    public Long siteId;

    public Long residentId;

    public String action;

    public String reason;

    /** What happened, as data ({@code detailText}, rendered for the reader); rows from before kept a sentence. */
    public String detail;

    @Convert(converter = StoredTextColumn.class)
    public StoredText detailText;
}
