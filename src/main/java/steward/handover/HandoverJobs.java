package steward.handover;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica looks for late handovers; row locks and unique message keys tell the supervisors once. */
@Job
@ApplicationScoped
public class HandoverJobs {

    @Inject
    HandoverAlerts alerts;

    @Scheduled(identity = "handover-late-alerts", every = "${steward.handover.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void alertLate() {
        alerts.alertLate();
    }
}
