package steward.knowledge;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.notify.NotificationService;
import steward.notify.NotificationService.Message;
import steward.notify.NotificationService.Recipient;
import steward.resident.Site;
import steward.security.Roles;
import steward.web.Batches;

/**
 * When a published answer's review date comes, its owner is reminded through the outbox (the site's supervisors
 * when the owner's account is gone), once per review date. Answers are claimed with {@code FOR UPDATE SKIP
 * LOCKED} and marked in the transaction that queues the reminder, and each reminder has its own business key,
 * so replicas and repeated runs never remind twice; a later review date reminds again.
 */
@ApplicationScoped
public class AnswerReviewReminders {

    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    /** Reminds of every answer whose review date has come; returns how many answers. */
    public int remindDue() {
        Instant now = clock.instant();
        int reminded = Batches.untilShort(BATCH, () -> remindBatch(now));
        return reminded;
    }

    private int remindBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Answer> due = em.createNativeQuery("""
                select * from answer
                where published_version_id is not null and review_due_at <= ?1
                  and review_reminded_for is distinct from review_due_at
                order by review_due_at, id limit ?2
                for update skip locked""", Answer.class).setParameter(1, now).setParameter(2, BATCH)
                .getResultList();
        for (Answer answer : due) {
            Site site = Site.findById(answer.siteId);
            LocalDate dueOn = LocalDate.ofInstant(answer.reviewDueAt, site.zone());
            List<Recipient> recipients = notifications.staff(answer.owner).map(List::of)
                    .orElseGet(() -> notifications.staffWithRole(answer.siteId, Roles.SUPERVISOR));
            for (Recipient recipient : recipients) {
                String question = question(answer.publishedVersionId, recipient.language());
                notifications.enqueue(new Message(answer.siteId,
                        "answer:" + answer.id + ":review:" + dueOn + ":" + recipient.username(), recipient,
                        StoredText.of("knowledge:review_reminder_subject", question),
                        StoredText.of("knowledge:review_reminder_body", question, dueOn), "/answers/" + answer.id));
            }
            answer.reviewRemindedFor = answer.reviewDueAt;
        }
        return due.size();
    }

    /** The question in the recipient's language, else as first written (every version has zh-Hant). */
    private String question(Long versionId, String language) {
        @SuppressWarnings("unchecked")
        List<String> questions = em.createNativeQuery("""
                select question from answer_text where version_id = ?1
                order by (language = ?2) desc, (language = 'zh-Hant') desc limit 1""")
                .setParameter(1, versionId).setParameter(2, language).getResultList();
        return questions.isEmpty() ? "" : questions.get(0);
    }
}
