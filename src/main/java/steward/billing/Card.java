package steward.billing;

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
import steward.privacy.IdDocument;
import steward.security.SiteScope;

/** An access card or a parking card held by a resident of a unit. */
@Entity
@Filter(name = SiteScope.FILTER)
public class Card extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    public Long unitId;

    public Long residentId;

    @Enumerated(EnumType.STRING)
    public CardKind kind;

    public String cardNumber;

    public String plateNumber;

    public String parkingSpace;

    @Enumerated(EnumType.STRING)
    public SpaceType spaceType;

    /** The document shown at the desk; its number is never stored, only its last four characters. */
    @Enumerated(EnumType.STRING)
    public IdDocument idType;

    public String idLast4;

    /** The deposit held for the card, refunded when it is returned. */
    public BigDecimal deposit;

    @Enumerated(EnumType.STRING)
    public CardStatus status = CardStatus.ACTIVE;

    public Long replacesCardId;

    public Instant issuedAt;

    public String issuedBy;

    public Instant endedAt;

    public String endedBy;

    @Version
    public int version;
}
