package steward.mailroom;

import steward.web.StoredText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.notify.NotificationChannel;
import steward.notify.NotificationService;
import steward.resident.Resident;
import steward.resident.Site;
import steward.security.Roles;

/**
 * What the mailroom tells people, through the one outbox: the recipient that an item has arrived (with its
 * pickup code) and that it is still waiting, supervisors that an item was locked. Each message has a business
 * key ({@code item:12:arrival}, {@code item:12:reminder:2}), so it is queued once however often it is asked for.
 * Residents are told in their own language by the channels they consented to; staff in theirs.
 */
@ApplicationScoped
class MailroomNotices {

    @Inject
    NotificationService outbox;

    /** Tells the recipient; returns the channels used (empty: nobody could be told, the desk phones). */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> arrival(MailItem item) {
        return tell(item, "item:" + item.id + ":arrival", false);
    }

    /** The n-th reminder of an item still waiting. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> reminder(MailItem item, int n) {
        return tell(item, "item:" + item.id + ":reminder:" + n, true);
    }

    /** The site's supervisors: an item is locked after wrong pickup codes and waits for their release. */
    @Transactional(Transactional.TxType.MANDATORY)
    void locked(MailItem item) {
        long locks = CustodyEvent.count("itemId = ?1 and action = ?2", item.id, CustodyAction.LOCKED);
        for (NotificationService.Recipient supervisor : outbox.staffWithRole(item.siteId, Roles.SUPERVISOR)) {
            outbox.enqueue(new NotificationService.Message(item.siteId,
                    "item:" + item.id + ":locked:" + locks + ":" + supervisor.username(), supervisor,
                    StoredText.of("mailroom:notice_locked_subject"),
                    StoredText.of("mailroom:notice_locked_body", item.id, MailItem.MAX_WRONG_CODES), link(item)));
        }
    }

    /**
     * The desk of the item's site: it was not collected in time and goes back to its sender. Told once per item and
     * desk account (the flag is set once); the banner settles when the item is returned or collected after all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void returnDue(MailItem item, int days) {
        for (NotificationService.Recipient desk : outbox.staffWithRole(item.siteId, Roles.DESK)) {
            StoredText kind = MailroomText.kind(item.kind);
            outbox.enqueue(new NotificationService.Message(item.siteId,
                    "item:" + item.id + ":return-due:" + desk.username(), desk,
                    StoredText.of("mailroom:notice_return_due_subject", kind),
                    StoredText.of("mailroom:notice_return_due_body", kind, item.id, days,
                            item.shelf == null ? "-" : item.shelf),
                    link(item)));
        }
    }

    /** The item is collected or returned: staff banners about it are settled. */
    @Transactional(Transactional.TxType.MANDATORY)
    void settled(MailItem item) {
        outbox.clearInApp("item:" + item.id + ":");
    }

    private Set<String> tell(MailItem item, String key, boolean reminder) {
        if (item.forStaff()) {
            return tellStaff(item, key, reminder);
        }
        return tellResidents(item, key, reminder);
    }

    private Set<String> tellStaff(MailItem item, String key, boolean reminder) {
        List<NotificationService.Recipient> recipients = new ArrayList<>();
        if (List.of(Roles.ALL).contains(item.recipientStaff)) {
            recipients.addAll(outbox.staffWithRole(item.siteId, item.recipientStaff));
        } else {
            outbox.staff(item.recipientStaff).ifPresent(recipients::add);
        }
        Set<String> channels = new LinkedHashSet<>();
        for (NotificationService.Recipient recipient : recipients) {
            StoredText kind = MailroomText.kind(item.kind);
            StoredText subject = StoredText.of(reminder ? "mailroom:notice_staff_reminder_subject"
                    : "mailroom:notice_staff_subject", kind);
            outbox.enqueue(new NotificationService.Message(item.siteId, key + ":" + recipient.username(), recipient,
                    subject, StoredText.of("mailroom:notice_staff_body", kind, item.shelf == null ? "-" : item.shelf),
                    link(item)));
            channels.add("IN_APP");
        }
        return channels;
    }

    /** The recipient resident, or every current resident of the unit an item is addressed to. */
    private Set<String> tellResidents(MailItem item, String key, boolean reminder) {
        List<Resident> residents = item.recipientResidentId != null
                ? List.of(Resident.<Resident>findById(item.recipientResidentId))
                : Resident.list("select distinct r from Resident r join r.units u where u.id = ?1 and r.siteId = ?2 "
                        + "and r.movedOut is null order by r.id", item.unitId, item.siteId);
        Site site = Site.findById(item.siteId);
        Set<String> channels = new LinkedHashSet<>();
        for (Resident resident : residents) {
            String residentKey = item.recipientResidentId != null ? key : key + ":r" + resident.id;
            MailroomMessages text = MailroomText.in(resident.preferredLanguage);
            String kind = text.kind(item.kind);
            String subject = reminder ? text.notice_reminder_subject(site.companyName, kind)
                    : text.notice_arrival_subject(site.companyName, kind);
            String body = reminder ? text.notice_reminder_body(kind, item.pickupCode)
                    : text.notice_arrival_body(kind, item.pickupCode);
            channels.addAll(toResident(item, residentKey, resident, subject, body));
        }
        return channels;
    }

    private Set<String> toResident(MailItem item, String key, Resident resident, String subject, String body) {
        Set<NotificationChannel> queued = outbox.enqueueToResident(new NotificationService.ResidentMessage(item.siteId,
                key, resident.id, item.unitId, EnumSet.of(NotificationChannel.SMS, NotificationChannel.EMAIL), subject,
                body, null));
        Set<String> channels = new LinkedHashSet<>();
        queued.forEach(channel -> channels.add(channel.name()));
        return channels;
    }

    private static String link(MailItem item) {
        return "/mailroom/items/" + item.id;
    }
}
