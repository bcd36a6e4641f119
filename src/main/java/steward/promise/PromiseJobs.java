package steward.promise;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica looks for due promises; row locks and unique message keys make each alert go out once. */
@Job
@ApplicationScoped
public class PromiseJobs {

    @Inject
    PromiseAlerts alerts;

    @Scheduled(identity = "promise-alerts", every = "${steward.promises.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkDue() {
        alerts.checkDue();
    }
}
