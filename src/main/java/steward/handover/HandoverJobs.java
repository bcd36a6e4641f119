package steward.handover;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every replica looks for late handovers; row locks and unique message keys tell the supervisors once. */
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
