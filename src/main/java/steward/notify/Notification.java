package steward.notify;

import java.time.Instant;

import org.hibernate.annotations.Filter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import steward.resident.Phones;
import steward.security.SiteScope;
import steward.web.StoredText;
import steward.web.StoredTextColumn;

/**
 * One message of the outbox: for staff, what it says as data (rendered for the reader) and in the recipient's
 * language when it was queued (for email); for residents, the text sent in their language. Only the dispatcher
 * changes it, under a row lock ({@code FOR UPDATE SKIP LOCKED}), so it needs no version.
 */
@Entity
@Filter(name = SiteScope.FILTER)
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long siteId;

    /** What the message is about and for whom, e.g. {@code promise:12:overdue:supervisor}; unique per channel. */
    public String businessKey;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    /** The staff member's username, or {@code resident:<id>} for a resident. */
    public String recipient;

    /** The resident the message is for (SMS and email); null for staff. */
    public Long residentId;

    /** The unit a message to a resident is about, if any (moving out of it withdraws the message). */
    public Long unitId;

    /** The email address or, for SMS, the E.164 phone number. */
    public String address;

    public String language;

    /** The subject and body in the recipient's language, as email and SMS send them. */
    public String subject;

    public String body;

    /** The subject and body as data, which the banner and the outbox render for whoever reads them (null on rows
     *  from before, which show {@link #subject} and {@link #body}). */
    @Convert(converter = StoredTextColumn.class)
    public StoredText subjectText;

    @Convert(converter = StoredTextColumn.class)
    public StoredText bodyText;

    /** The page the message is about, for the banner. */
    public String link;

    @Enumerated(EnumType.STRING)
    public NotificationState state = NotificationState.PENDING;

    public int attempts;

    public Instant nextAttemptAt;

    public String lastError;

    public Instant createdAt;

    public Instant sentAt;

    /** When the in-app message stopped mattering (its promise was kept, say) and left the banner. */
    public Instant clearedAt;

    /** The address as staff may see it on a shared screen: a resident's phone masked. */
    public String shownAddress() {
        return channel == NotificationChannel.SMS && address != null ? Phones.mask(address) : address;
    }
}
