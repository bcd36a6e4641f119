package steward.arrears;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica evaluates the reminder rules and hands what they decided to the outbox; the database keeps it once. */
@Job
@ApplicationScoped
public class ArrearsJobs {

    @Inject
    ReminderService reminders;

    @Inject
    ReminderOutbox outbox;

    @Scheduled(identity = "arrears-reminders", every = "${steward.arrears.evaluate-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluate() {
        reminders.evaluateAll();
        outbox.queueDecided();
    }
}
