package steward.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/**
 * Every replica deletes failed sign-ins older than their window and sessions ended longer ago than they are kept:
 * plain deletes by time, so any number of replicas may run them at once.
 */
@Job
@ApplicationScoped
public class SignInJobs {

    @Inject
    SignInThrottle throttle;

    @Inject
    StaffSessions sessions;

    @Scheduled(identity = "sign-in-purge", every = "${steward.sign-in.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        throttle.purge();
        sessions.purge();
    }
}
