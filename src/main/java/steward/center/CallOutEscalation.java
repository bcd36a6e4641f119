package steward.center;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.notify.NotificationService;
import steward.notify.NotificationService.Recipient;
import steward.promise.SiteTimes;
import steward.security.Roles;
import steward.web.Batches;

/**
 * A call-out nobody acknowledged within the configured time: the backup on call and the site's supervisors are
 * alerted, once. Set-based and safe on any number of replicas: the due call-outs are claimed with
 * {@code FOR UPDATE SKIP LOCKED} a batch per transaction and marked ({@code escalated_at}) in the transaction
 * that queues their alerts, each an outbox row with the unique key {@code callout:ID:escalated:USERNAME}.
 */
@ApplicationScoped
public class CallOutEscalation {

    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CenterConfig config;

    @Inject
    NotificationService notifications;

    /** How many call-outs this run escalated. */
    public int escalateUnacknowledged() {
        Instant now = clock.instant();
        int escalated = Batches.untilShort(BATCH, () -> escalateBatch(now));
        return escalated;
    }

    @SuppressWarnings("unchecked")
    private int escalateBatch(Instant now) {
        List<CallOut> due = em.createNativeQuery("""
                select * from call_out
                where state = 'REQUESTED' and escalated_at is null and requested_at <= :deadline
                order by requested_at, id limit :batch
                for update skip locked""", CallOut.class)
                .setParameter("deadline", now.minus(config.ackWithin())).setParameter("batch", BATCH).getResultList();
        for (CallOut callOut : due) {
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            for (OnCallShift backup : OnCallShift.<OnCallShift>list(
                    "siteId = ?1 and role = ?2 and startsAt <= ?3 and endsAt > ?3 order by startsAt, id",
                    callOut.siteId, OnCallShift.Role.BACKUP, now)) {
                if (!backup.username.equals(callOut.called)) {
                    notifications.staff(backup.username).ifPresent(r -> recipients.putIfAbsent(r.username(), r));
                }
            }
            notifications.staffWithRole(callOut.siteId, Roles.SUPERVISOR)
                    .forEach(r -> recipients.putIfAbsent(r.username(), r));
            String calledName = notifications.staff(callOut.called).map(Recipient::displayName).orElse(callOut.called);
            for (Recipient recipient : recipients.values()) {
                notifications.enqueue(new NotificationService.Message(callOut.siteId,
                        CallOutService.alertKeyPrefix(callOut.id) + "escalated:" + recipient.username(), recipient,
                        StoredText.of("center:escalation_subject", calledName),
                        StoredText.of("center:escalation_body", calledName, callOut.requestedAt, callOut.reason,
                                config.ackWithin().toMinutes()),
                        "/on-call#call-out-" + callOut.id));
            }
            // A plain update: the job must not bump the version that staff tablets hold.
            em.createNativeQuery("update call_out set escalated_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, callOut.id).executeUpdate();
        }
        return due.size();
    }
}
