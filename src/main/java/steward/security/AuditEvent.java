package steward.security;

import steward.web.StoredTextColumn;
import steward.web.StoredText;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail. The database refuses to change or delete it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "resident_id")
    public Long residentId;

    public String action;

    public String reason;

    /** What happened, as data ({@code detailText}, rendered for the reader); rows from before kept a sentence. */
    public String detail;

    @Column(name = "detail_text")
    @Convert(converter = StoredTextColumn.class)
    public StoredText detailText;
}
