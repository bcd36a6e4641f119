package steward.imports;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The threads of this replica that check and write imports in the background, so that the page answers at once and
 * shows the progress. A job runs where it is claimed: here when this replica takes it, elsewhere when another one
 * took it over.
 */
@ApplicationScoped
public class ImportWorkers {

    private static final Logger LOG = Logger.getLogger(ImportWorkers.class);

    @Inject
    ImportRunner runner;

    @Inject
    ImportsConfig config;

    private volatile ExecutorService executor;
    private final Map<Long, CompletableFuture<Void>> submitted = new ConcurrentHashMap<>();

    /** Runs the job here when it can be claimed. */
    public CompletableFuture<Void> submit(long jobId) {
        submitted.values().removeIf(CompletableFuture::isDone);
        CompletableFuture<Void> future = CompletableFuture.runAsync(() -> {
            UUID token = UUID.randomUUID();
            if (runner.claim(jobId, token)) {
                runner.run(jobId, token);
            }
        }, executor()).exceptionally(e -> {
            LOG.errorf(e, "Import %d stopped", jobId);
            return null;
        });
        submitted.put(jobId, future);
        return future;
    }

    /** Waits until the work submitted here for the job has ended (tests; the page polls instead). */
    public void await(long jobId) {
        CompletableFuture<Void> future = submitted.get(jobId);
        if (future != null) {
            future.join();
        }
    }

    private ExecutorService executor() {
        if (executor == null) {
            synchronized (this) {
                if (executor == null) {
                    AtomicInteger count = new AtomicInteger();
                    executor = Executors.newFixedThreadPool(Math.max(1, config.workers()), task -> {
                        Thread thread = new Thread(task, "steward-import-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return executor;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
