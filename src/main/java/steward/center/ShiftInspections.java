package steward.center;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import steward.notify.NotificationService;
import steward.promise.SiteTimes;
import steward.resident.Site;
import steward.security.Roles;
import steward.web.StoredText;
import steward.web.Batches;

/**
 * The start-of-shift self-inspection of each desk (the seed's 一 1–5 and 二(一), checked by the desk itself): due
 * at the start of each shift the desk is staffed in, done when the desk checks itself during the shift, reminded
 * once to the site's desk staff when not done within 30 minutes, and counted on the dashboard. Safe on any number
 * of replicas: one row per desk, day and shift (unique), claimed with {@code FOR UPDATE SKIP LOCKED} and marked
 * reminded in the transaction that queues the reminders, each an outbox row with a unique key.
 */
@ApplicationScoped
public class ShiftInspections {

    /** Business keys of the reminders: {@code self-inspection:<row>:<username>}. */
    static final String REMINDER_PREFIX = "self-inspection:";
    static final Map<Inspection.Shift, LocalTime> STARTS = Map.of(Inspection.Shift.DAY, LocalTime.of(7, 0),
            Inspection.Shift.EVENING, LocalTime.of(15, 0), Inspection.Shift.NIGHT, LocalTime.of(23, 0));
    /** A shift's length: past it, a self-inspection not done is no longer reminded (the next shift's is). */
    static final Duration SHIFT = Duration.ofHours(8);
    static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CenterConfig config;

    @Inject
    NotificationService notifications;

    /** The latest start of the shift at or before the instant, in the site's zone. */
    static ZonedDateTime startOf(Inspection.Shift shift, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = local.toLocalDate().atTime(STARTS.get(shift)).atZone(zone);
        return start.isAfter(local) ? start.minusDays(1) : start;
    }

    /** Each replica, every minute: the shifts that have started are noted, the late self-inspections reminded. */
    public void run() {
        List<Long> sites = QuarkusTransaction.requiringNew().call(() -> Site.<Site>listAll().stream()
                .map(s -> s.id).toList());
        sites.forEach(site -> QuarkusTransaction.requiringNew().run(() -> noteStart(site)));
        Batches.untilShort(BATCH, this::remindLate);
    }

    /** The self-inspections due at the start of the site's current shift, for each desk staffed in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    int noteStart(Long siteId) {
        Site site = Site.findById(siteId);
        Instant now = clock.instant();
        Inspection.Shift shift = InspectionService.shiftAt(LocalTime.ofInstant(now, site.zone()));
        ZonedDateTime start = startOf(shift, now, site.zone());
        return em.createNativeQuery("""
                insert into shift_inspection (site_id, desk_id, shift_date, shift, due_at)
                select d.site_id, d.id, ?2, ?3, ?4 from center_desk d
                 where d.site_id = ?1 and position(?3 in d.shifts) > 0
                on conflict (desk_id, shift_date, shift) do nothing""")
                .setParameter(1, siteId).setParameter(2, start.toLocalDate()).setParameter(3, shift.name())
                .setParameter(4, start.toInstant()).executeUpdate();
    }

    /** One batch of the self-inspections not done in time, still in their shift: each reminded once. */
    @Transactional(Transactional.TxType.MANDATORY)
    int remindLate() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> late = em.createNativeQuery("""
                select s.id, s.site_id, d.name, s.shift, s.due_at from shift_inspection s
                  join center_desk d on d.id = s.desk_id
                 where s.done_at is null and s.reminded_at is null and s.due_at <= ?1 and s.due_at > ?2
                 order by s.due_at, s.id limit ?3
                   for update of s skip locked""")
                .setParameter(1, now.minus(config.selfInspectionWithin())).setParameter(2, now.minus(SHIFT))
                .setParameter(3, BATCH).getResultList();
        for (Object[] row : late) {
            long id = ((Number) row[0]).longValue();
            long siteId = ((Number) row[1]).longValue();
            Inspection.Shift shift = Inspection.Shift.valueOf((String) row[3]);
            // Stored as message keys: each desk reads the reminder in its own language, the time in the site's zone.
            StoredText shiftName = StoredText.of("center:shift", shift);
            StoredText subject = StoredText.of("center:self_inspection_subject", (String) row[2], shiftName);
            StoredText body = StoredText.of("center:self_inspection_body", (String) row[2], shiftName,
                    SiteTimes.instantOf(row[4]), (int) config.selfInspectionWithin().toMinutes());
            for (NotificationService.Recipient desk : notifications.staffWithRole(siteId, Roles.DESK)) {
                notifications.enqueue(new NotificationService.Message(siteId, REMINDER_PREFIX + id + ":"
                        + desk.username(), desk, subject, body, "/inspections"));
            }
            em.createNativeQuery("update shift_inspection set reminded_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, id).executeUpdate();
        }
        return late.size();
    }

    /** A desk checked itself: its shift's self-inspection is done (noted now if the job had not yet). */
    @Transactional(Transactional.TxType.MANDATORY)
    void done(Inspection inspection, ZoneId zone) {
        ZonedDateTime start = startOf(inspection.shift, inspection.inspectedAt, zone);
        Number id = (Number) em.createNativeQuery("""
                insert into shift_inspection (site_id, desk_id, shift_date, shift, due_at, inspection_id, done_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (desk_id, shift_date, shift) do update
                   set inspection_id = coalesce(shift_inspection.inspection_id, excluded.inspection_id),
                       done_at = coalesce(shift_inspection.done_at, excluded.done_at)
                returning id""").setParameter(1, inspection.siteId).setParameter(2, inspection.deskId)
                .setParameter(3, start.toLocalDate()).setParameter(4, inspection.shift.name())
                .setParameter(5, start.toInstant()).setParameter(6, inspection.id)
                .setParameter(7, inspection.inspectedAt).getSingleResult();
        notifications.clearInApp(REMINDER_PREFIX + id.longValue() + ":");
    }
}
