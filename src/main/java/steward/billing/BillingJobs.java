package steward.billing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** The cashier's scheduled work; every replica runs it, the database makes it happen once. */
@Job
@ApplicationScoped
public class BillingJobs {

    @Inject
    MonthlyCharges monthlyCharges;

    /** Hourly, so that a month is charged within an hour of its start in every site's time zone. */
    @Scheduled(identity = "monthly-charges", cron = "${steward.billing.monthly-charges-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void chargeMonth() {
        monthlyCharges.chargeCurrentMonth();
    }
}
