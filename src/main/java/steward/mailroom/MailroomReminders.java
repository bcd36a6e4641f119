package steward.mailroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Items not collected: a reminder after the site's first-reminder days, then one every reminder-interval days;
 * after its return-after days the item is flagged to go back to its sender. Set-based and exactly once on any
 * number of replicas: a reminder is a row of {@code mail_reminder} keyed (item, n), inserted with ON CONFLICT DO
 * NOTHING, and only the run that inserted it tells the recipient; the flag is an UPDATE of WAITING rows only, and
 * only the run that flagged an item tells the desk to send it back.
 */
@ApplicationScoped
public class MailroomReminders {

    static final String ACTOR = "job:mailroom-reminders";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailroomNotices notices;

    @Inject
    Custody custody;

    public record Run(int reminded, int flaggedForReturn) {
    }

    @Transactional
    public Run run() {
        Instant now = clock.instant();
        // Each site's own days (its settings); a closed site's items are no longer reminded or flagged.
        @SuppressWarnings("unchecked")
        List<Object[]> flagged = em.createNativeQuery("""
                update mail_item i set status = 'RETURN_DUE', version = i.version + 1
                  from site s
                 where s.id = i.site_id and s.closed_at is null and i.status = 'WAITING'
                   and i.received_at <= cast(?1 as timestamptz) - make_interval(days => s.mailroom_return_after_days)
                returning i.id, s.mailroom_return_after_days""").setParameter(1, now).getResultList();
        for (Object[] row : flagged) {
            MailItem item = MailItem.findById(((Number) row[0]).longValue());
            int returnAfterDays = ((Number) row[1]).intValue();
            custody.ofItem(item, CustodyAction.FLAGGED_FOR_RETURN, ACTOR, "> " + returnAfterDays + "d");
            notices.returnDue(item, returnAfterDays);
        }

        // n: the reminder due now, 1 at first-reminder-days, +1 each interval; missed ones are not sent late.
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                insert into mail_reminder (item_id, n, site_id, sent_at)
                select i.id, 1 + floor((extract(epoch from (cast(?1 as timestamptz) - i.received_at)) / 86400
                                        - s.mailroom_first_reminder_days) / s.mailroom_reminder_interval_days)::int,
                       i.site_id, cast(?1 as timestamptz)
                  from mail_item i join site s on s.id = i.site_id and s.closed_at is null
                 where i.status = 'WAITING'
                   and i.received_at <= cast(?1 as timestamptz) - make_interval(days => s.mailroom_first_reminder_days)
                on conflict (item_id, n) do nothing
                returning item_id, n""").setParameter(1, now).getResultList();
        for (Object[] row : due) {
            MailItem item = MailItem.findById(((Number) row[0]).longValue());
            int n = ((Number) row[1]).intValue();
            var channels = notices.reminder(item, n);
            custody.ofItem(item, CustodyAction.REMINDED, ACTOR,
                    "#" + n + (channels.isEmpty() ? "" : " · " + String.join(", ", channels)));
        }
        return new Run(due.size(), flagged.size());
    }
}
