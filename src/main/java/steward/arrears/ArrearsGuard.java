package steward.arrears;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.notify.OutboxGuard;
import steward.promise.Promise;
import steward.promise.PromiseState;
import steward.resident.Site;

/**
 * Asked by the outbox at the moment a reminder (or a staff call task) would be sent: a debt paid since, or a case
 * on dispute hold, withdraws it; quiet hours hold what goes to a resident until the morning.
 */
@ApplicationScoped
public class ArrearsGuard implements OutboxGuard {

    private static final String REMINDER = "arrears:";

    @Inject
    ArrearsLedger ledger;

    @Override
    public boolean covers(String businessKey) {
        return businessKey.startsWith(REMINDER) || businessKey.startsWith(ReminderService.CALL_TASK_PREFIX);
    }

    /** Keys: {@code arrears:<unit>:<rule>:<period>} and {@code arrears-call:<unit>:<period>:<step>:<user>}. */
    @Override
    public Verdict verdict(Notification message, Instant now) {
        String[] parts = message.businessKey.split(":");
        Long unitId = Long.valueOf(parts[1]);
        String period = message.businessKey.startsWith(REMINDER) ? parts[3] : parts[2];
        Site site = Site.findById(message.siteId);
        ArrearsLedger.Figures figures = ledger.of(site.id, unitId, LocalDate.ofInstant(now, site.zone()));
        // Paid, or the debt of that period paid and only a newer one left (it has reminders of its own).
        if (!figures.inArrears() || figures.period().compareTo(period) > 0) {
            return Verdict.WITHDRAW;
        }
        if (CollectionCase.count("unitId = ?1 and state = ?2 and heldAt is not null", unitId,
                CollectionCase.State.OPEN) > 0) {
            return Verdict.WITHDRAW;
        }
        // An appointment's reminder: only while the appointment (its promise) stands.
        if (message.businessKey.startsWith(REMINDER) && parts[2].startsWith(ArrearsReminder.APPOINTMENT_PREFIX)) {
            CollectionContact contact = CollectionContact.findById(
                    Long.valueOf(parts[2].substring(ArrearsReminder.APPOINTMENT_PREFIX.length())));
            if (contact == null || contact.promiseId == null
                    || Promise.<Promise>findById(contact.promiseId).state != PromiseState.OPEN) {
                return Verdict.WITHDRAW;
            }
        }
        QuietHours quiet = ReminderOutbox.quietHours(site);
        if (message.residentId != null && quiet.contains(now, site.zone())) {
            return Verdict.holdUntil(quiet.nextAllowed(now, site.zone()));
        }
        return Verdict.SEND;
    }
}
