package steward.arrears;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.billing.FeeItem;
import steward.notify.NotificationService;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.StoredText;

/**
 * The call tasks of collection (三(五)1): a case the rules open is given to one customer service staff member by
 * the site's rule (a named person, or each in turn), due by the end of the call hours, and told to them once; the
 * collector's list shows their cases with the amounts and the script; the written demand's step asks them and the
 * supervisors to issue it. Tasks are told through the outbox under {@code arrears-call:<unit>:<period>:...} keys,
 * which a payment clears from the banners.
 */
@ApplicationScoped
public class CollectionTasks {

    /** Who the system is when it opens a case. */
    static final String SYSTEM = "system";

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    ArrearsConfig config;

    @Inject
    ArrearsLedger ledger;

    @Inject
    NotificationService notifications;

    @Inject
    CollectorRota rota;

    @Inject
    ReminderService reminders;

    /** What the collector is asked besides the call itself. */
    public enum Task {
        /** The statement could not be emailed: tell the resident the amounts on the phone. */
        TELL_BY_PHONE,
        /** The case reached the written demand's step: issue and send the letter. */
        WRITTEN_DEMAND
    }

    /** One case on a collector's list: whom to call about what, and where the calls stand. */
    public record CallRow(Long caseId, Long unitId, String unitLabel, Long payerId, String payerName,
            String payerPhoneMasked, String companyName, String currency, BigDecimal overdue, int daysOverdue,
            List<FeeItem> items, String assignee, Instant callDueAt, boolean late, int attempts,
            CollectionContact.Outcome lastOutcome, Instant appointmentAt, boolean onHold, Instant demandDueAt) {
    }

    /**
     * The case of a unit the rules reached, opened if none is (the call is the first step); given to a collector
     * if it has none. Nothing when the unit paid since the step was decided.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openByRule(Site site, Unit unit, ArrearsReminder reminder, Instant now) {
        caseOf(site, unit, reminder.ruleCode, now).ifPresent(c -> {
            if (c.assignee == null) {
                give(site, unit, c, reminders.policyOf(site.id), reminder, now);
            }
        });
    }

    /** Asks the case's collector (and for the written demand, the supervisors) to do a task. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ask(Site site, Unit unit, ArrearsReminder reminder, Task task) {
        Instant now = clock.instant();
        Optional<CollectionCase> open = caseOf(site, unit, reminder.ruleCode, now);
        if (open.isEmpty()) {
            return;
        }
        CollectionCase c = open.get();
        if (c.assignee == null) {
            give(site, unit, c, reminders.policyOf(site.id), reminder, now);
        }
        Map<String, NotificationService.Recipient> to = new LinkedHashMap<>();
        if (c.assignee != null) {
            notifications.staff(c.assignee).ifPresent(r -> to.put(r.username(), r));
        }
        if (task == Task.WRITTEN_DEMAND) {
            c.demandDueAt = now;
            notifications.staffWithRole(site.id, Roles.SUPERVISOR).forEach(r -> to.putIfAbsent(r.username(), r));
        }
        String amount = ReminderOutbox.amount(reminder.overdue, site.currency);
        StoredText subject = task == Task.WRITTEN_DEMAND ? StoredText.of("arrears:demand_task_subject", unit.label, amount)
                : StoredText.of("arrears:tell_by_phone_subject", unit.label, amount);
        StoredText body = task == Task.WRITTEN_DEMAND
                ? StoredText.of("arrears:demand_task_body", unit.label, amount, reminder.daysOverdue)
                : StoredText.of("arrears:tell_by_phone_body", unit.label, amount);
        for (NotificationService.Recipient recipient : to.values()) {
            notifications.enqueue(new NotificationService.Message(site.id, taskKey(unit.id, reminder.period,
                    reminder.ruleCode, recipient.username()), recipient, subject, body, "/arrears/cases/" + c.id));
        }
    }

    /**
     * A supervisor gives a case to another collector (one of the site's customer service staff or supervisors);
     * they are told once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void reassign(CollectionCase c, String username) {
        boolean known = username != null && (notifications.staffWithRole(c.siteId, Roles.SERVICE).stream()
                .anyMatch(r -> r.username().equals(username))
                || notifications.staffWithRole(c.siteId, Roles.SUPERVISOR).stream()
                        .anyMatch(r -> r.username().equals(username)));
        if (!known) {
            throw InvalidInput.of("assignee", ArrearsText.said(ArrearsMessages::error_assignee));
        }
        Instant now = clock.instant();
        Site site = Site.findById(c.siteId);
        c.assignee = username;
        if (c.callDueAt == null) {
            c.callDueAt = CallHours.of(config).dueFor(now, site.zone());
        }
        Unit unit = Unit.findById(c.unitId);
        ArrearsLedger.Figures figures = ledger.of(site.id, unit.id, LocalDate.ofInstant(now, site.zone()));
        tell(site, unit, c, figures.overdue(), figures.daysOverdue(), figures.period() == null ? "-" : figures.period(),
                "ASSIGN" + c.id + "V" + c.version);
    }

    /**
     * The collector's list: the open cases of the tablet's site given to the caller (or, for a supervisor asking
     * for all, to anyone), the call due first, with what to say.
     */
    @Transactional
    public List<CallRow> calls(boolean everyone) {
        Long siteId = staff.currentSiteId();
        Site site = Site.findById(siteId);
        if (site == null) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        List<CollectionCase> open = everyone
                ? CollectionCase.list("siteId = ?1 and state = ?2 and assignee is not null "
                        + "order by callDueAt, id", siteId, CollectionCase.State.OPEN)
                : CollectionCase.list("siteId = ?1 and state = ?2 and assignee = ?3 order by callDueAt, id", siteId,
                        CollectionCase.State.OPEN, staff.username());
        List<CallRow> rows = new ArrayList<>();
        for (CollectionCase c : open) {
            Unit unit = Unit.findById(c.unitId);
            ArrearsLedger.Figures figures = ledger.of(siteId, c.unitId, today);
            List<CollectionService.Payer> payers = CollectionService.payers(c.unitId);
            Resident payer = payers.isEmpty() ? null : Resident.findById(payers.get(0).residentId());
            List<CollectionContact> contacts = CollectionContact.list("caseId = ?1 order by recordedAt, id", c.id);
            List<CollectionContact> calls = contacts.stream().filter(k -> k.kind == CollectionContact.Kind.PHONE)
                    .toList();
            CollectionContact last = contacts.isEmpty() ? null : contacts.get(contacts.size() - 1);
            boolean reached = contacts.stream().anyMatch(k -> k.outcome != CollectionContact.Outcome.NOT_REACHED);
            Instant appointment = contacts.stream()
                    .filter(k -> k.outcome == CollectionContact.Outcome.APPOINTMENT_AGREED && k.appointmentAt != null
                            && k.appointmentAt.isAfter(now))
                    .map(k -> k.appointmentAt).max(Instant::compareTo).orElse(null);
            List<FeeItem> items = ledger.linesOf(siteId, c.unitId, today).stream()
                    .map(ArrearsLedger.OverdueLine::item).distinct().toList();
            rows.add(new CallRow(c.id, c.unitId, unit.label, payer == null ? null : payer.id,
                    payer == null ? null : payer.name,
                    payer == null || payer.phones.isEmpty() ? null : Phones.mask(payer.phones.get(0)),
                    site.companyName, site.currency, figures.overdue(), figures.daysOverdue(), items, c.assignee,
                    c.callDueAt, !reached && c.callDueAt != null && now.isAfter(c.callDueAt), calls.size(),
                    last == null ? null : last.outcome, appointment, c.onHold(), c.demandDueAt));
        }
        return rows;
    }

    /** The business key of a task told to a staff member about a unit's debt of a period. */
    static String taskKey(Long unitId, String period, String step, String username) {
        return ReminderService.CALL_TASK_PREFIX + unitId + ":" + period + ":" + step + ":" + username;
    }

    /** The open case of the unit, or a new one opened by the rule; none when nothing is overdue any more. */
    private Optional<CollectionCase> caseOf(Site site, Unit unit, String ruleCode, Instant now) {
        // One opening at a time per unit: the check for an open case and the insert happen under this lock.
        Panache.getEntityManager().createNativeQuery("select id from unit where id = ?1 for no key update")
                .setParameter(1, unit.id).getSingleResult();
        CollectionCase open = CollectionCase.find("unitId = ?1 and state = ?2", unit.id, CollectionCase.State.OPEN)
                .firstResult();
        if (open != null) {
            return Optional.of(open);
        }
        if (!ledger.of(site.id, unit.id, LocalDate.ofInstant(now, site.zone())).inArrears()) {
            return Optional.empty();
        }
        CollectionCase opened = new CollectionCase();
        opened.siteId = site.id;
        opened.unitId = unit.id;
        opened.openedAt = now;
        opened.openedBy = SYSTEM;
        opened.openedByRule = ruleCode;
        opened.persist();
        return Optional.of(opened);
    }

    /** Gives the case to the next collector by the site's rule, due by the end of the call hours, and tells them. */
    private void give(Site site, Unit unit, CollectionCase c, ArrearsPolicy policy, ArrearsReminder reminder,
            Instant now) {
        Optional<String> collector = rota.next(policy);
        if (collector.isEmpty()) {
            return;
        }
        c.assignee = collector.get();
        c.callDueAt = CallHours.of(config).dueFor(now, site.zone());
        tell(site, unit, c, reminder.overdue, reminder.daysOverdue, reminder.period, reminder.ruleCode);
    }

    /** Tells the collector of their call task, rendered in their language when read: the unit, the amount, by when. */
    private void tell(Site site, Unit unit, CollectionCase c, BigDecimal overdue, int days, String period,
            String step) {
        notifications.staff(c.assignee).ifPresent(recipient -> {
            String amount = ReminderOutbox.amount(overdue, site.currency);
            notifications.enqueue(new NotificationService.Message(site.id,
                    taskKey(unit.id, period, step, recipient.username()), recipient,
                    StoredText.of("arrears:call_task_subject", unit.label, amount, days),
                    StoredText.of("arrears:call_task_body", unit.label, amount, days, c.callDueAt),
                    "/arrears/cases/" + c.id));
        });
    }
}
