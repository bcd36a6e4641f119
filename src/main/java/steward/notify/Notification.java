package steward.notify;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import steward.resident.Phones;

/**
 * One message of the outbox, rendered in the recipient's language when it was queued. Only the dispatcher
 * changes it, under a row lock ({@code FOR UPDATE SKIP LOCKED}), so it needs no version.
 */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    /** What the message is about and for whom, e.g. {@code promise:12:overdue:supervisor}; unique per channel. */
    @Column(name = "business_key")
    public String businessKey;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    /** The staff member's username, or {@code resident:<id>} for a resident. */
    public String recipient;

    /** The resident the message is for (SMS and email); null for staff. */
    @Column(name = "resident_id")
    public Long residentId;

    /** The unit a message to a resident is about, if any (moving out of it withdraws the message). */
    @Column(name = "unit_id")
    public Long unitId;

    /** The email address or, for SMS, the E.164 phone number. */
    public String address;

    public String language;

    public String subject;

    public String body;

    /** The page the message is about, for the banner. */
    public String link;

    @Enumerated(EnumType.STRING)
    public NotificationState state = NotificationState.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the in-app message stopped mattering (its promise was kept, say) and left the banner. */
    @Column(name = "cleared_at")
    public Instant clearedAt;

    /** The address as staff may see it on a shared screen: a resident's phone masked. */
    public String shownAddress() {
        return channel == NotificationChannel.SMS && address != null ? Phones.mask(address) : address;
    }
}
