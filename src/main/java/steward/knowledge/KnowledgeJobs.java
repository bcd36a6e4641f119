package steward.knowledge;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import steward.web.Job;

/** Every replica looks for answers due for review; row locks and unique message keys remind each owner once. */
@Job
@ApplicationScoped
public class KnowledgeJobs {

    @Inject
    AnswerReviewReminders reviews;

    @Scheduled(identity = "answer-review-reminders", every = "${steward.knowledge.review-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOfReviews() {
        reviews.remindDue();
    }
}
