package steward.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InterceptionType;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;

/** The application's stop waits for a running job to commit, and starts none after it began. */
@QuarkusTest
class RunningJobsTest {

    @Inject
    BeanManager beans;

    @Test
    void everyScheduledJobIsOneTheStopWaitsFor() {
        List<String> jobs = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(type -> type.getName().startsWith("steward."))
                .filter(type -> Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(method -> method.isAnnotationPresent(Scheduled.class)))
                .map(type -> type.getSimpleName() + (type.isAnnotationPresent(Job.class) ? "" : " (not @Job)"))
                .sorted().toList();
        assertTrue(jobs.size() >= 10, "the application's jobs: " + jobs);
        assertTrue(jobs.stream().noneMatch(job -> job.endsWith("(not @Job)")), "every job class is @Job: " + jobs);
        assertFalse(beans.resolveInterceptors(InterceptionType.AROUND_INVOKE, new AnnotationLiteral<Job>() {
        }).isEmpty(),
                "@Job puts each run through RunningJobs");
    }

    @Test
    void theStopWaitsForTheRunningJobAndThenRefusesNewRuns() throws Exception {
        RunningJobs jobs = new RunningJobs();
        assertTrue(jobs.enter(), "a job runs while the application runs");

        CompletableFuture<Boolean> stop = CompletableFuture.supplyAsync(() -> {
            try {
                return jobs.stop(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // A stop that did not wait would be done within these 300 ms; the one that waits is still waiting after.
        assertThrows(TimeoutException.class, () -> stop.get(300, TimeUnit.MILLISECONDS),
                "the stop waits while a job is running");

        jobs.exit();
        assertTrue(stop.get(10, TimeUnit.SECONDS), "the stop ends once the job has ended, with none left");
        assertFalse(jobs.enter(), "no job starts once the application is stopping");
    }

    @Test
    void aJobThatDoesNotEndInTimeLetsTheApplicationStopAnyway() throws Exception {
        RunningJobs jobs = new RunningJobs();
        assertTrue(jobs.enter());
        assertFalse(jobs.stop(Duration.ofMillis(1)), "the stop reports the job still running");
        assertFalse(jobs.enter());
    }

    @Test
    void aStopWithNoJobRunningEndsAtOnce() throws Exception {
        RunningJobs jobs = new RunningJobs();
        assertTrue(jobs.enter());
        jobs.exit();
        assertTrue(jobs.stop(Duration.ZERO), "nothing to wait for");
    }
}
