package steward.imports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/**
 * Every replica looks for imports left by a replica that stopped (and takes one over), and deletes the files of
 * imports nobody confirmed in time; the database lets one replica have each.
 */
@Job
@ApplicationScoped
public class ImportJobs {

    @Inject
    ImportSweep sweep;

    @Scheduled(identity = "import-sweep", every = "${steward.imports.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweep.takeOverStopped();
        sweep.expireFiles();
    }
}
