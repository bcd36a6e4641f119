package steward.center;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every replica looks for call-outs left unacknowledged; row locks and unique message keys alert once. */
@ApplicationScoped
public class CenterJobs {

    @Inject
    CallOutEscalation escalation;

    @Scheduled(identity = "call-out-escalation", every = "${steward.center.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateUnacknowledged() {
        escalation.escalateUnacknowledged();
    }
}
