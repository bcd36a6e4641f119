package steward.mailroom;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Items not collected: a reminder after {@code first-reminder-days}, then one every {@code reminder-interval-days};
 * after {@code return-after-days} the item is flagged to go back to its sender. Set-based and exactly once on any
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
    MailroomConfig config;

    @Inject
    MailroomNotices notices;

    @Inject
    Custody custody;

    public record Run(int reminded, int flaggedForReturn) {
    }

    @Transactional
    public Run run() {
        Instant now = clock.instant();
        Instant returnCutoff = now.minus(config.returnAfterDays(), ChronoUnit.DAYS);
        @SuppressWarnings("unchecked")
        List<Number> flagged = em.createNativeQuery("""
                update mail_item set status = 'RETURN_DUE', version = version + 1
                 where status = 'WAITING' and received_at <= ?1
                returning id""").setParameter(1, returnCutoff).getResultList();
        for (Number id : flagged) {
            MailItem item = MailItem.findById(id.longValue());
            custody.ofItem(item, CustodyAction.FLAGGED_FOR_RETURN, ACTOR,
                    StoredText.of("mailroom:detail_return_after", config.returnAfterDays()));
            notices.returnDue(item, config.returnAfterDays());
        }

        // n: the reminder due now, 1 at first-reminder-days, +1 each interval; missed ones are not sent late.
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                insert into mail_reminder (item_id, n, site_id, sent_at)
                select i.id, 1 + floor((extract(epoch from (cast(?1 as timestamptz) - i.received_at)) / 86400 - ?2) / ?3)::int,
                       i.site_id, cast(?1 as timestamptz)
                  from mail_item i
                 where i.status = 'WAITING' and i.received_at <= cast(?1 as timestamptz) - make_interval(days => ?2)
                on conflict (item_id, n) do nothing
                returning item_id, n""").setParameter(1, now).setParameter(2, config.firstReminderDays())
                .setParameter(3, config.reminderIntervalDays()).getResultList();
        for (Object[] row : due) {
            MailItem item = MailItem.findById(((Number) row[0]).longValue());
            int n = ((Number) row[1]).intValue();
            var channels = notices.reminder(item, n);
            custody.ofItem(item, CustodyAction.REMINDED, ACTOR,
                    StoredText.joined(StoredText.of("mailroom:detail_reminder", n), MailroomText.channels(channels)));
        }
        return new Run(due.size(), flagged.size());
    }
}
