package steward.promise;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.calendar.WorkingCalendar;
import steward.notify.Notification;
import steward.notify.OutboxGuard;

/**
 * Asked by the outbox before an overdue alert queued for the start of work ({@code promise:ID:next-shift:USER})
 * goes out: held while the site is outside its working hours, withdrawn once the promise is no longer open (the
 * one on call dealt with it), sent otherwise.
 */
@ApplicationScoped
public class PromiseAlertHold implements OutboxGuard {

    @Inject
    WorkingCalendar calendars;

    @Override
    public boolean covers(String businessKey) {
        return businessKey.startsWith("promise:") && businessKey.contains(":" + PromiseAlerts.NEXT_SHIFT);
    }

    @Override
    public Verdict verdict(Notification message, Instant now) {
        Long promiseId = Long.valueOf(message.businessKey.split(":")[1]);
        Promise promise = Promise.findById(promiseId);
        if (promise == null || promise.state != PromiseState.OPEN) {
            return Verdict.WITHDRAW;
        }
        Instant work = calendars.workingFrom(message.siteId, now);
        return work.isAfter(now) ? Verdict.holdUntil(work) : Verdict.SEND;
    }
}
