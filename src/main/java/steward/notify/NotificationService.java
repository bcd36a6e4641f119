package steward.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import steward.resident.Resident;
import steward.resident.Site;
import steward.web.StoredText;
import steward.web.StoredTexts;
import steward.web.Languages;

/**
 * Queues messages in the outbox, for any capability that tells someone something. A message is identified by
 * its business key: queuing the same key again, from any replica and any number of runs, adds nothing.
 */
@ApplicationScoped
public class NotificationService {

    @Inject
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Inject
    NotifyConfig config;

    @Inject
    SmsGateway smsGateway;

    @Inject
    StoredTexts texts;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "steward.default-time-zone")
    String defaultTimeZone;

    /** A staff member to notify, in their own language (jobs have no request to take one from). */
    public record Recipient(String username, String displayName, String email, String language) {
    }

    /**
     * A message to a staff member, as data: the banner and the outbox render it in the reader's language, email
     * in the recipient's.
     */
    public record Message(Long siteId, String businessKey, Recipient recipient, StoredText subject, StoredText body,
            String link) {
    }

    /**
     * A message to a resident, already rendered in the resident's language ({@link Resident#preferredLanguage}),
     * on the channels wanted (only those the resident consented to are used), not sent before notBefore (null:
     * as soon as possible). {@code unitId}: the unit it is about, if any (moving out of it withdraws the message).
     */
    public record ResidentMessage(Long siteId, String businessKey, Long residentId, Long unitId,
            Set<NotificationChannel> channels, String subject, String body, Instant notBefore) {
    }

    /** The enabled staff of a site who hold a role, by username. */
    public List<Recipient> staffWithRole(Long siteId, String role) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.username, a.display_name, a.email, a.preferred_language
                from account a join account_site s on s.account_id = a.id
                where s.site_id = ?1 and a.enabled and ?2 = any (string_to_array(replace(a.roles, ' ', ''), ','))
                order by a.username""").setParameter(1, siteId).setParameter(2, role).getResultList();
        return rows.stream().map(NotificationService::recipient).toList();
    }

    public Optional<Recipient> staff(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.username, a.display_name, a.email, a.preferred_language from account a
                where a.username = ?1 and a.enabled""").setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(NotificationService::recipient);
    }

    private static Recipient recipient(Object[] row) {
        String language = Languages.supported((String) row[3]);
        return new Recipient((String) row[0], (String) row[1], (String) row[2],
                language != null ? language : Languages.TRADITIONAL);
    }

    /**
     * Queues a message in the caller's transaction: in the recipient's banner, and by email where email is on
     * and they have an address. Returns how many rows are new (0 when the key was queued before).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(Message message) {
        int added = insert(message, NotificationChannel.IN_APP, null);
        String email = message.recipient().email();
        if (config.emailEnabled() && email != null && !email.isBlank()) {
            added += insert(message, NotificationChannel.EMAIL, email);
        }
        return added;
    }

    private int insert(Message message, NotificationChannel channel, String address) {
        Recipient to = message.recipient();
        ZoneId zone = Site.<Site>findByIdOptional(message.siteId()).map(Site::zone)
                .orElse(ZoneId.of(defaultTimeZone));
        return insert(message.siteId(), message.businessKey(), channel, to.username(), null, null, address, to.language(),
                texts.render(message.subject(), to.language(), zone), texts.render(message.body(), to.language(), zone),
                message.subject(), message.body(), message.link(), null);
    }

    /**
     * Queues a message to a resident in the caller's transaction, on each wanted channel the resident consented
     * to and has an address for: SMS (their first phone; only when the gateway is configured) and email (only
     * when email is on). Returns the channels queued; empty means the resident cannot be reached this way and
     * staff should phone. Queuing the same key again adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<NotificationChannel> enqueueToResident(ResidentMessage message) {
        Resident resident = Resident.find("id = ?1 and siteId = ?2", message.residentId(), message.siteId())
                .firstResult();
        Set<NotificationChannel> queued = EnumSet.noneOf(NotificationChannel.class);
        if (resident == null) {
            return queued;
        }
        String recipient = "resident:" + resident.id;
        String language = Languages.supported(resident.preferredLanguage);
        if (message.channels().contains(NotificationChannel.SMS) && resident.consentSms && smsGateway.configured()
                && !resident.phones.isEmpty()) {
            insert(message.siteId(), message.businessKey(), NotificationChannel.SMS, recipient, resident.id,
                    message.unitId(),
                    resident.phones.get(0), language, message.subject(), message.body(), null, null, null,
                    message.notBefore());
            queued.add(NotificationChannel.SMS);
        }
        if (message.channels().contains(NotificationChannel.EMAIL) && resident.consentEmail && config.emailEnabled()
                && resident.email != null && !resident.email.isBlank()) {
            insert(message.siteId(), message.businessKey(), NotificationChannel.EMAIL, recipient, resident.id,
                    message.unitId(),
                    resident.email, language, message.subject(), message.body(), null, null, null,
                    message.notBefore());
            queued.add(NotificationChannel.EMAIL);
        }
        return queued;
    }

    private int insert(Long siteId, String businessKey, NotificationChannel channel, String recipient,
            Long residentId, Long unitId, String address, String language, String subject, String body,
            StoredText subjectText, StoredText bodyText, String link, Instant notBefore) {
        var now = clock.instant();
        var due = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        return em.createNativeQuery("""
                insert into notification (site_id, business_key, channel, recipient, resident_id, unit_id, address,
                                          language, subject, body, link, state, attempts, next_attempt_at, created_at,
                                          subject_text, body_text)
                values (?1, ?2, ?3, ?4, ?5, ?15, ?6, ?7, ?8, ?9, ?10, 'PENDING', 0, ?11, ?12, ?13, ?14)
                on conflict (business_key, channel) do nothing""")
                .setParameter(1, siteId).setParameter(2, businessKey).setParameter(3, channel.name())
                .setParameter(4, recipient).setParameter(5, residentId).setParameter(6, address)
                .setParameter(7, language != null ? language : Languages.TRADITIONAL).setParameter(8, subject)
                .setParameter(9, body).setParameter(10, link).setParameter(11, due).setParameter(12, now)
                .setParameter(13, subjectText == null ? null : subjectText.toJson())
                .setParameter(14, bodyText == null ? null : bodyText.toJson()).setParameter(15, unitId)
                .executeUpdate();
    }

    /** Takes the in-app messages whose key starts with the prefix off the banners: what they said is settled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int clearInApp(String keyPrefix) {
        return em.createNativeQuery("""
                update notification set cleared_at = ?1
                where channel = 'IN_APP' and cleared_at is null and business_key like ?2 escape '\\'""")
                .setParameter(1, clock.instant()).setParameter(2, likePrefix(keyPrefix)).executeUpdate();
    }

    /** A LIKE pattern for keys starting with the prefix: its own %, _ and \ match only themselves. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The in-app messages delivered to a user (in the request's sites) and still current, newest first. */
    public List<Notification> inbox(String username, int limit) {
        return Notification.find("recipient = ?1 and channel = ?2 and state = ?3 and clearedAt is null "
                + "order by id desc", username, NotificationChannel.IN_APP, NotificationState.SENT)
                .page(0, limit).list();
    }

    /** The messages of the request's sites that no retry will send. */
    public long deadCount() {
        return Notification.count("state", NotificationState.DEAD);
    }

    /** The outbox of the request's sites, newest first, optionally in one state. */
    public List<Notification> outbox(NotificationState state, int limit) {
        if (state == null) {
            return Notification.find("order by id desc").page(0, limit).list();
        }
        return Notification.find("state = ?1 order by id desc", state).page(0, limit).list();
    }
}
