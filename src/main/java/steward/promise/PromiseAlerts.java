package steward.promise;

import steward.web.StoredText;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.calendar.WorkingCalendar;
import steward.center.OnCallShift;
import steward.notify.NotificationService;
import steward.notify.NotificationService.Recipient;
import steward.resident.Unit;
import steward.security.Roles;
import steward.web.Batches;

/**
 * The alert job's rules: before a promise's due time its owner is reminded; at the due time, unkept, it is
 * overdue: the owner and the site's supervisors are alerted and the thing it came from is told (a complaint is
 * escalated). Outside the working hours of a site that keeps a calendar, whoever is on call is alerted instead,
 * and the owner and the supervisors when work starts.
 *
 * <p>Exactly once, on any number of replicas and after any downtime: due promises are claimed in due order with
 * {@code FOR UPDATE SKIP LOCKED}, a batch per transaction, and marked ({@code reminded_at}, {@code overdue_at})
 * in the transaction that queues their alerts; each alert is an outbox row with a unique business key, so even
 * a claim that were somehow repeated would add nothing. A replica that dies mid-batch releases its locks with
 * its connection and another replica takes the batch over.
 */
@ApplicationScoped
public class PromiseAlerts {

    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PromisesConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    Event<PromiseOverdue> overdueEvents;

    @Inject
    WorkingCalendar calendars;

    /** The key part of an overdue alert held until the site's working hours (see {@link PromiseAlertHold}). */
    static final String NEXT_SHIFT = "next-shift:";

    /** How many promises one run reminded of and found overdue. */
    public record Run(int reminded, int overdue) {
    }

    public Run checkDue() {
        Instant now = clock.instant();
        int overdue = Batches.untilShort(BATCH, () -> alertOverdue(now));
        int reminded = Batches.untilShort(BATCH, () -> remind(now));
        return new Run(reminded, overdue);
    }

    private int alertOverdue(Instant now) {
        List<Promise> due = claim("""
                select * from promise
                where state = 'OPEN' and overdue_at is null and due_at <= :now
                order by due_at, id limit :batch
                for update skip locked""", now, null);
        for (Promise promise : due) {
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            notifications.staff(promise.owner).ifPresent(r -> recipients.put(r.username(), r));
            notifications.staffWithRole(promise.siteId, Roles.SUPERVISOR)
                    .forEach(r -> recipients.putIfAbsent(r.username(), r));
            String ownerName = notifications.staff(promise.owner).map(Recipient::displayName).orElse(promise.owner);
            String customer = customer(promise);
            // Outside the site's working hours the one on call is alerted now, the owner and the supervisors when
            // work starts (held by PromiseAlertHold); with nobody on call, everyone now, as at any other time.
            Map<String, String> keys = new LinkedHashMap<>();
            List<String> onCall = calendars.isWorking(promise.siteId, now) ? List.of()
                    : OnCallShift.onCallAt(promise.siteId, OnCallShift.Role.PRIMARY, now);
            for (String username : onCall) {
                notifications.staff(username).ifPresent(r -> {
                    recipients.putIfAbsent(r.username(), r);
                    keys.put(r.username(), "on-call:");
                });
            }
            for (Recipient recipient : recipients.values()) {
                String kind = keys.getOrDefault(recipient.username(), onCall.isEmpty() ? "overdue:" : NEXT_SHIFT);
                notifications.enqueue(new NotificationService.Message(promise.siteId,
                        PromiseService.alertKeyPrefix(promise.id) + kind + recipient.username(), recipient,
                        StoredText.of("promise:overdue_subject", customer, promise.what),
                        StoredText.of("promise:overdue_body", ownerName, customer, promise.what, promise.dueAt),
                        link(promise)));
            }
            mark("overdue_at", promise, now);
            overdueEvents.fire(new PromiseOverdue(promise.id, promise.siteId, promise.sourceKind, promise.sourceId));
        }
        return due.size();
    }

    /** Reminds owners of promises due within the lead time. One already past due gets its overdue alert instead. */
    private int remind(Instant now) {
        List<Promise> due = claim("""
                select * from promise
                where state = 'OPEN' and reminded_at is null and due_at > :now and due_at <= :until
                order by due_at, id limit :batch
                for update skip locked""", now, now.plus(config.reminderLead()));
        for (Promise promise : due) {
            notifications.staff(promise.owner).ifPresent(owner -> notifications.enqueue(
                    new NotificationService.Message(promise.siteId,
                            PromiseService.alertKeyPrefix(promise.id) + "reminder", owner,
                            StoredText.of("promise:reminder_subject", promise.what, promise.dueAt),
                            StoredText.of("promise:reminder_body", customer(promise), promise.what, promise.dueAt),
                            link(promise))));
            mark("reminded_at", promise, now);
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<Promise> claim(String sql, Instant now, Instant until) {
        var query = em.createNativeQuery(sql, Promise.class).setParameter("now", now).setParameter("batch", BATCH);
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    /** A plain update: the job must not bump the version that staff tablets hold. */
    private void mark(String column, Promise promise, Instant now) {
        em.createNativeQuery("update promise set " + column + " = ?1 where id = ?2").setParameter(1, now)
                .setParameter(2, promise.id).executeUpdate();
    }

    private static String customer(Promise promise) {
        if (promise.customerName != null && !promise.customerName.isBlank()) {
            return promise.customerName;
        }
        Unit unit = promise.unitId == null ? null : Unit.findById(promise.unitId);
        return unit != null ? unit.label : "";
    }

    private static String link(Promise promise) {
        return promise.sourceKind == PromiseSource.COMPLAINT && promise.sourceId != null
                ? "/complaints/" + promise.sourceId
                : "/promises?state=OVERDUE#promise-" + promise.id;
    }
}
