package steward.center;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/**
 * Every replica looks for call-outs left unacknowledged and for self-inspections not done at the start of a shift;
 * row locks and unique message keys alert and remind once.
 */
@Job
@ApplicationScoped
public class CenterJobs {

    @Inject
    CallOutEscalation escalation;

    @Inject
    ShiftInspections shiftInspections;

    @Scheduled(identity = "call-out-escalation", every = "${steward.center.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateUnacknowledged() {
        escalation.escalateUnacknowledged();
    }

    @Scheduled(identity = "shift-inspections", every = "${steward.center.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindSelfInspections() {
        shiftInspections.run();
    }
}
