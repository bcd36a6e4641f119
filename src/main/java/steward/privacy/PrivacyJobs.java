package steward.privacy;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** The retention job, nightly on every replica (the service lets one of them apply each rule). */
@Job
@ApplicationScoped
public class PrivacyJobs {

    private static final Logger LOG = Logger.getLogger(PrivacyJobs.class);

    @Inject
    RetentionService retention;

    @Scheduled(identity = "retention", cron = "${steward.privacy.retention-cron}")
    void applyRetention() {
        retention.applyAll().forEach((kind, count) -> {
            if (count > 0) {
                LOG.infof("Retention: %d %s records past their period", count, kind);
            }
        });
    }
}
