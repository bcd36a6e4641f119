package steward.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.notify.NotificationService;
import steward.security.Account;
import steward.security.Roles;
import steward.web.StoredText;
import steward.web.Batches;

/**
 * A handover still unconfirmed {@link HandoverConfig#confirmWithin()} into its shift: the site's supervisors are
 * told (banner, and email where they have one), once on any number of replicas: late handovers are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked ({@code late_alerted_at}) in the transaction that queues the alerts,
 * each an outbox row with a unique key. The alerts leave the banners when the handover is confirmed.
 */
@ApplicationScoped
public class HandoverAlerts {

    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HandoverConfig config;

    @Inject
    NotificationService notifications;

    public int alertLate() {
        Instant now = clock.instant();
        int alerted = Batches.untilShort(BATCH, () -> alertBatch(now));
        return alerted;
    }

    @SuppressWarnings("unchecked")
    private int alertBatch(Instant now) {
        List<Handover> late = em.createNativeQuery("""
                select * from handover
                where confirmed_at is null and late_alerted_at is null and shift_starts_at <= :deadline
                order by shift_starts_at, id limit :batch
                for update skip locked""", Handover.class)
                .setParameter("deadline", now.minus(config.confirmWithin())).setParameter("batch", BATCH)
                .getResultList();
        for (Handover handover : late) {
            Account outgoing = Account.findByUsername(handover.outgoing);
            String outgoingName = outgoing != null ? outgoing.displayName : handover.outgoing;
            for (NotificationService.Recipient supervisor : notifications.staffWithRole(handover.siteId,
                    Roles.SUPERVISOR)) {
                notifications.enqueue(new NotificationService.Message(handover.siteId,
                        HandoverService.keyPrefix(handover.id) + "late:" + supervisor.username(), supervisor,
                        StoredText.of("handover:late_subject", StoredText.of("center:shift", handover.shift),
                                handover.shiftStartsAt),
                        StoredText.of("handover:late_body", outgoingName, handover.signedOutAt,
                                config.confirmWithin().toMinutes()),
                        "/handovers/" + handover.id));
            }
            // A plain update: the job must not bump the version that staff tablets hold.
            em.createNativeQuery("update handover set late_alerted_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, handover.id).executeUpdate();
        }
        return late.size();
    }
}
