package steward.lending;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.notify.NotificationChannel;
import steward.notify.NotificationService;
import steward.notify.NotificationService.Recipient;
import steward.promise.SiteTimes;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.Site;
import steward.security.Roles;
import steward.web.Languages;
import steward.web.StoredText;
import steward.web.Batches;

/**
 * A loan not back {@link LendingConfig#remindAfter()} after its time: the colleague who lent it and the site's desk are told (banner, and email where
 * they have one), and a resident borrower by the channel they consented to, in their language. Once per loan on
 * any number of replicas: due loans are claimed with {@code FOR UPDATE SKIP LOCKED} and marked
 * ({@code overdue_reminded_at}) in the transaction that queues the reminders, each an outbox row with a unique key.
 */
@ApplicationScoped
public class LoanReminders {

    static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    LendingConfig config;

    /** Every reminder of a loan has a key starting with this. */
    static String keyPrefix(Long loanId) {
        return "loan:" + loanId + ":";
    }

    /** How many loans this run reminded of. */
    public int remindOverdue() {
        Instant now = clock.instant();
        int reminded = Batches.untilShort(BATCH, () -> remindBatch(now));
        return reminded;
    }

    @SuppressWarnings("unchecked")
    private int remindBatch(Instant now) {
        List<Loan> due = em.createNativeQuery("""
                select * from loan
                where state = 'OUT' and overdue_reminded_at is null and due_back_at <= :deadline
                order by due_back_at, id limit :batch
                for update skip locked""", Loan.class).setParameter("deadline", now.minus(config.remindAfter()))
                .setParameter("batch", BATCH)
                .getResultList();
        for (Loan loan : due) {
            Site site = Site.findById(loan.siteId);
            ZoneId zone = site.zone();
            String dueText = SiteTimes.format(loan.dueBackAt, zone);
            Map<String, Recipient> staff = new LinkedHashMap<>();
            notifications.staff(loan.lentBy).ifPresent(r -> staff.put(r.username(), r));
            notifications.staffWithRole(loan.siteId, Roles.DESK).forEach(r -> staff.putIfAbsent(r.username(), r));
            StoredText kind = StoredText.of("lending:kind", loan.kind);
            for (Recipient recipient : staff.values()) {
                notifications.enqueue(new NotificationService.Message(loan.siteId,
                        keyPrefix(loan.id) + "overdue:" + recipient.username(), recipient,
                        StoredText.of("lending:overdue_subject", kind, loan.description),
                        StoredText.of("lending:overdue_body", loan.borrowerName,
                                StoredText.of("lending:borrower", loan.borrowerKind), kind, loan.description,
                                loan.dueBackAt, loan.borrowerPhone == null ? "" : Phones.display(loan.borrowerPhone)),
                        "/loans/" + loan.id));
            }
            if (loan.residentId != null) {
                Resident resident = Resident.findById(loan.residentId);
                String language = Languages.supported(resident.preferredLanguage);
                LendingMessages words = LendingText.in(language != null ? language : Languages.TRADITIONAL);
                String text = words.resident_overdue(site.companyName, words.kind(loan.kind), loan.description, dueText);
                notifications.enqueueToResident(new NotificationService.ResidentMessage(loan.siteId,
                        keyPrefix(loan.id) + "overdue:resident", loan.residentId, loan.unitId,
                        EnumSet.of(NotificationChannel.SMS, NotificationChannel.EMAIL), text, text, null));
            }
            LoanEvent event = new LoanEvent();
            event.siteId = loan.siteId;
            event.loanId = loan.id;
            event.action = LoanEvent.Action.REMINDED;
            event.actor = LoanEvent.SYSTEM;
            event.occurredAt = now;
            event.persist();
            // A plain update: the job must not bump the version that staff tablets hold.
            em.createNativeQuery("update loan set overdue_reminded_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, loan.id).executeUpdate();
        }
        return due.size();
    }
}
