package steward.mailroom;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Reminders of items not collected, on every replica (the database makes each happen once). */
@Job
@ApplicationScoped
public class MailroomJobs {

    private static final Logger LOG = Logger.getLogger(MailroomJobs.class);

    @Inject
    MailroomReminders reminders;

    @Scheduled(identity = "mailroom-reminders", every = "${steward.mailroom.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        MailroomReminders.Run run = reminders.run();
        if (run.reminded() > 0 || run.flaggedForReturn() > 0) {
            LOG.infof("Mailroom: %d reminders, %d items flagged for return", run.reminded(), run.flaggedForReturn());
        }
    }
}
