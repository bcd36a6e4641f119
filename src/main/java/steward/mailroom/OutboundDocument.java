package steward.mailroom;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

/** A document or fax the desk sends for a resident, with the confirmation call to the receiving side. */
@Entity
@Table(name = "outbound_document")
public class OutboundDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public OutboundKind kind;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "destination_address")
    public String destinationAddress;

    @Column(name = "fax_number")
    public String faxNumber;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "recipient_phone")
    public String recipientPhone;

    public int pages;

    public BigDecimal fee;

    @Enumerated(EnumType.STRING)
    public Confirmation confirmation = Confirmation.PENDING;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmation_note")
    public String confirmationNote;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Version
    public int version;
}
