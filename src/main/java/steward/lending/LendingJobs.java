package steward.lending;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica looks for overdue loans; row locks and unique message keys remind of each once. */
@Job
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
