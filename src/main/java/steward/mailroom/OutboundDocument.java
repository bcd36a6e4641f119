package steward.mailroom;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import steward.security.SiteScope;

/** A document or fax the desk sends for a resident, with the confirmation call to the receiving side. */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "outbound_document")
public class OutboundDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public OutboundKind kind;

    public Long residentId;

    public Long unitId;

    public String destinationAddress;

    public String faxNumber;

    public String recipientName;

    public String recipientPhone;

    public int pages;

    public BigDecimal fee;

    @Enumerated(EnumType.STRING)
    public Confirmation confirmation = Confirmation.PENDING;

    public Instant confirmedAt;

    public String confirmedBy;

    public String confirmationNote;

    public Instant registeredAt;

    public String registeredBy;

    @Version
    public int version;
}
