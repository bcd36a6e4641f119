package steward.reception;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The visitor-record retention purge, nightly on every replica (the service lets one of them work). */
@ApplicationScoped
public class ReceptionJobs {

    private static final Logger LOG = Logger.getLogger(ReceptionJobs.class);

    @Inject
    VisitService visits;

    @Scheduled(identity = "visit-purge", cron = "0 30 3 * * ?")
    void purgeExpiredVisits() {
        int deleted = visits.purgeExpired();
        if (deleted > 0) {
            LOG.infof("Purged %d visitor records past their retention", deleted);
        }
    }
}
