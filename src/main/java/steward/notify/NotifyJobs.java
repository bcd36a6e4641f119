package steward.notify;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica runs the dispatcher; the outbox's row locks make that safe. */
@Job
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
