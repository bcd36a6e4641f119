package steward.mailroom;

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

/**
 * An item received at the desk, from the shelf to its recipient. Pickup attempts lock the row
 * ({@code SELECT ... FOR UPDATE}) so wrong codes are counted exactly; other changes are guarded by {@link #version}.
 */
@Entity
@Table(name = "mail_item")
public class MailItem extends PanacheEntityBase {

    public static final int MAX_WRONG_CODES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public String sender;

    public String tracking;

    /** Never shown when {@link #sealed}. */
    public String description;

    @Column(name = "recipient_resident_id")
    public Long recipientResidentId;

    @Column(name = "unit_id")
    public Long unitId;

    /** A staff member's username or a department (a role), for internal items. */
    @Column(name = "recipient_staff")
    public String recipientStaff;

    public String shelf;

    public boolean sealed;

    @Column(name = "pickup_code")
    public String pickupCode;

    @Enumerated(EnumType.STRING)
    public ItemStatus status = ItemStatus.WAITING;

    @Column(name = "wrong_codes")
    public int wrongCodes;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "handed_over_at")
    public Instant handedOverAt;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    @Column(name = "receiver_name")
    public String receiverName;

    @Column(name = "identified_by")
    public String identifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_check_type")
    public IdType idCheckType;

    @Column(name = "id_check_last4")
    public String idCheckLast4;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Version
    public int version;

    public boolean forStaff() {
        return recipientStaff != null;
    }
}
