package steward.web;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The scheduled jobs running now. When the application stops, the scheduler does not wait for a job that is
 * running: its transaction would lose its connection halfway (the pool closes, then the database), and the log
 * would fill with the failed rollback. So the first thing done at stop is to refuse new runs and wait, at most
 * {@link #STOP_WAIT}, for the running ones to commit. Every job is safe to stop between transactions (a batch
 * claimed but not finished is claimed again by the next run, on this replica or another).
 */
@ApplicationScoped
public class RunningJobs {

    /** Below the 30 seconds an orchestrator (Kubernetes' default grace period) waits before it kills the process. */
    static final Duration STOP_WAIT = Duration.ofSeconds(25);
    private static final Logger LOG = Logger.getLogger(RunningJobs.class);

    private int running;
    private boolean stopping;

    /** Counts a run in; false (the run is skipped) once the application is stopping. */
    public synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        running++;
        return true;
    }

    public synchronized void exit() {
        running--;
        notifyAll();
    }

    /** Refuses new runs and waits until the running ones end or {@code wait} passes; true when none is left. */
    public synchronized boolean stop(Duration wait) throws InterruptedException {
        stopping = true;
        long until = System.nanoTime() + wait.toNanos();
        while (running > 0) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        try {
            if (!stop(STOP_WAIT)) {
                LOG.warnf("A scheduled job was still running after %s: stopping anyway; its current transaction"
                        + " rolls back and the next run takes its work up again", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Puts every run of a {@link Job} class through {@link RunningJobs}. */
    @Job
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE)
    public static class Counted {

        @Inject
        RunningJobs jobs;

        @AroundInvoke
        Object run(InvocationContext invocation) throws Exception {
            if (!jobs.enter()) {
                return null;
            }
            try {
                return invocation.proceed();
            } finally {
                jobs.exit();
            }
        }
    }
}
