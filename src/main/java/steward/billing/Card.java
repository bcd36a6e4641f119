package steward.billing;

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
import jakarta.persistence.Version;

/** An access card or a parking card held by a resident of a unit. */
@Entity
public class Card extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "resident_id")
    public Long residentId;

    @Enumerated(EnumType.STRING)
    public CardKind kind;

    @Column(name = "card_number")
    public String cardNumber;

    @Column(name = "plate_number")
    public String plateNumber;

    @Column(name = "parking_space")
    public String parkingSpace;

    @Enumerated(EnumType.STRING)
    @Column(name = "space_type")
    public SpaceType spaceType;

    /** The document shown at the desk; its number is never stored, only its last four characters. */
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdDocument idType;

    @Column(name = "id_last4")
    public String idLast4;

    /** The deposit held for the card, refunded when it is returned. */
    public BigDecimal deposit;

    @Enumerated(EnumType.STRING)
    public CardStatus status = CardStatus.ACTIVE;

    @Column(name = "replaces_card_id")
    public Long replacesCardId;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Version
    public int version;
}
