package steward.mailroom;

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
import steward.privacy.IdDocument;
import steward.security.SiteScope;

/**
 * An item received at the desk, from the shelf to its recipient. Pickup attempts lock the row
 * ({@code SELECT ... FOR UPDATE}) so wrong codes are counted exactly; other changes are guarded by {@link #version}.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "mail_item")
public class MailItem extends PanacheEntityBase {

    public static final int MAX_WRONG_CODES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public String sender;

    public String tracking;

    /** Never shown when {@link #sealed}. */
    public String description;

    public Long recipientResidentId;

    public Long unitId;

    /** A staff member's username or a department (a role), for internal items. */
    public String recipientStaff;

    public String shelf;

    public boolean sealed;

    public String pickupCode;

    @Enumerated(EnumType.STRING)
    public ItemStatus status = ItemStatus.WAITING;

    public int wrongCodes;

    public Instant receivedAt;

    public String receivedBy;

    public Instant handedOverAt;

    public String handedOverBy;

    public String receiverName;

    public String identifiedBy;

    @Enumerated(EnumType.STRING)
    public IdDocument idCheckType;

    public String idCheckLast4;

    public Instant returnedAt;

    @Version
    public int version;

    public boolean forStaff() {
        return recipientStaff != null;
    }
}
