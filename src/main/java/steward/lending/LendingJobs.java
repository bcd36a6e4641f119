package steward.lending;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every replica looks for overdue loans; row locks and unique message keys remind of each once. */
@ApplicationScoped
public class LendingJobs {

    @Inject
    LoanReminders reminders;

    @Scheduled(identity = "loan-reminders", every = "${steward.lending.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOverdue() {
        reminders.remindOverdue();
    }
}
