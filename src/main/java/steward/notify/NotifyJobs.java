package steward.notify;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every replica runs the dispatcher; the outbox's row locks make that safe. */
@ApplicationScoped
public class NotifyJobs {

    @Inject
    NotificationDispatcher dispatcher;

    @Scheduled(identity = "notify-dispatch", every = "${steward.notify.dispatch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
