package steward.arrears;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.billing.AccountService;
import steward.billing.Money;
import steward.billing.PaymentPosted;
import steward.complaint.Complaint;
import steward.complaint.ComplaintService;
import steward.notify.NotificationChannel;
import steward.notify.NotificationService;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.resident.Resident;
import steward.resident.ResidentService;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;

/**
 * Collection cases, in the seed's order (三(五)): telephone first to agree when the customer comes to pay, stating
 * which fees and how much; a home visit only when needed, with notes; a complaint met calmly and reported up; and
 * the case closed by itself when what is overdue has been paid.
 */
@ApplicationScoped
public class CollectionService {

    static final int MAX_NOTES = 2000;
    static final int MAX_REASON = 1000;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    ArrearsLedger ledger;

    @Inject
    PromiseService promises;

    @Inject
    ComplaintService complaints;

    @Inject
    NotificationService notifications;

    @Inject
    AccountService accounts;

    @Inject
    ReminderOutbox outbox;

    @Inject
    CollectionTasks tasks;

    @Inject
    CollectorRota rota;

    @Inject
    ReminderService reminders;

    @Inject
    ArrearsConfig config;

    @Inject
    ResidentService residents;

    /** A contact as the case page and the API show it. */
    public record ContactView(Long id, CollectionContact.Kind kind, CollectionContact.Outcome outcome,
            Instant appointmentAt, Long promiseId, String notes, BigDecimal overdue, boolean statementRequested,
            String recordedBy, Instant recordedAt) {
    }

    /** Whom to call: the unit's residents, the owner first. */
    public record Payer(Long residentId, String name, String kind, String language) {
    }

    /** A case with the unit's overdue figures now (from the ledger) and every contact, oldest first. */
    public record CaseView(Long id, Long siteId, Long unitId, String unitLabel, String companyName, String currency,
            CollectionCase.State state, Instant openedAt, String openedBy, String openedByRule, String assignee,
            Instant callDueAt, boolean onHold, Instant heldAt, String holdReason, Long complaintId, Instant closedAt,
            CollectionCase.CloseReason closeReason, Instant demandDueAt, WrittenDemands.DemandView demand,
            ArrearsLedger.Figures figures, List<Payer> payers, List<ContactView> contacts) {

        public boolean isOpen() {
            return state == CollectionCase.State.OPEN;
        }

        /** The seed's order: a home visit only after the customer has been telephoned. */
        public boolean phoned() {
            return contacts.stream().anyMatch(c -> c.kind() == CollectionContact.Kind.PHONE);
        }

        public String payerName() {
            return payers.isEmpty() ? "" : payers.get(0).name();
        }
    }

    /**
     * The case page: the case, the charges overdue (the statement's lines), and what the call script names: whom
     * to greet (the payer, else the unit), the charges and the amount.
     */
    public record CasePage(CaseView c, List<AccountService.Due> overdue, String amount, String callee, List<Words> items,
            List<ArrearsRules.Collector> collectors) {

        public List<CollectionDemand.SentMethod> sentMethods() {
            return List.of(CollectionDemand.SentMethod.values());
        }

        public List<CollectionContact.Outcome> phoneOutcomes() {
            return List.of(CollectionContact.Outcome.REACHED, CollectionContact.Outcome.APPOINTMENT_AGREED,
                    CollectionContact.Outcome.NOT_REACHED, CollectionContact.Outcome.REFUSED,
                    CollectionContact.Outcome.DISPUTED);
        }

        public List<CollectionContact.Outcome> visitOutcomes() {
            return List.of(CollectionContact.Outcome.VISIT_SCHEDULED, CollectionContact.Outcome.REACHED,
                    CollectionContact.Outcome.NOT_REACHED, CollectionContact.Outcome.REFUSED,
                    CollectionContact.Outcome.DISPUTED);
        }
    }

    /** The collection's bundle in a language, for what is worded for a reader known by the caller. */
    static ArrearsMessages messages(String language) {
        return MessageBundles.get(ArrearsMessages.class, Localized.Literal.of(language));
    }

    static ArrearsMessages messages(Locale language) {
        return messages(language.toLanguageTag());
    }

    // ------------------------------------------------------------------------------------------------ cases

    /** Opens the case of a unit in arrears. A unit owing nothing overdue is refused; a unit has one open case. */
    @Transactional
    public CollectionCase open(Long unitId) {
        Unit unit = unitId == null ? null
                : Unit.findById(unitId);
        if (unit == null) {
            throw InvalidInput.of("unitId", unitId == null ? Words.of(Messages.class, Messages::error_required)
                    : Words.of(Messages.class, Messages::error_unknown_unit));
        }
        // One opening at a time per unit: the check for an open case and the insert happen under this lock.
        Panache.getEntityManager().createNativeQuery("select id from unit where id = ?1 for no key update")
                .setParameter(1, unit.id).getSingleResult();
        Site site = Site.findById(unit.siteId);
        Instant now = clock.instant();
        ArrearsLedger.Figures figures = ledger.refreshUnit(site.id, unit.id, today(site), now);
        if (!figures.inArrears()) {
            throw InvalidInput.of("unitId", ArrearsText.said(t -> t.error_no_arrears(unit.label)));
        }
        CollectionCase existing = CollectionCase.find("unitId = ?1 and state = ?2", unit.id,
                CollectionCase.State.OPEN).firstResult();
        if (existing != null) {
            throw new Conflict(ArrearsText.said(t -> t.error_case_open(unit.label, existing.id)));
        }
        CollectionCase opened = new CollectionCase();
        opened.siteId = site.id;
        opened.unitId = unit.id;
        opened.openedAt = now;
        opened.openedBy = staff.username();
        opened.persist();
        // Customer service opening a case calls themselves; a cashier or a supervisor gives it by the site's rule.
        if (staff.hasRole(Roles.SERVICE)) {
            opened.assignee = staff.username();
            opened.callDueAt = CallHours.of(config).dueFor(now, site.zone());
        } else {
            rota.next(reminders.policyOf(site.id)).ifPresent(collector -> {
                opened.assignee = collector;
                opened.callDueAt = CallHours.of(config).dueFor(now, site.zone());
            });
        }
        return opened;
    }

    /** A supervisor gives the case to another collector; they are told once. */
    @Transactional
    public CollectionCase reassign(Long caseId, String username) {
        CollectionCase c = find(caseId, true);
        requireOpen(c);
        tasks.reassign(c, username == null ? null : username.strip());
        return c;
    }

    /**
     * The number of the resident to call, shown to the collector for this case's call and recorded in the audit
     * trail as a reveal with the case as its reason, worded in {@code wording}.
     */
    @Transactional
    public String dial(Long caseId, Locale wording) {
        CollectionCase c = find(caseId, false);
        Long payer = payerId(c.unitId);
        if (payer == null || Resident.<Resident>findById(payer).phones.isEmpty()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_no_phone));
        }
        return residents.revealPhone(payer, 0, messages(wording).dial_reason(c.id));
    }

    /**
     * What came of a call or a visit. An agreed appointment or a scheduled visit is a promise in the ledger (its
     * "what" worded in {@code wording}); a statement the resident asked for on the call goes out by email at once.
     */
    @Transactional
    public CollectionContact contact(Long caseId, String kind, String outcome, Instant appointmentAt, String notes,
            boolean statementRequested, Locale wording) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Words unknownKind = ArrearsText.said(ArrearsMessages::error_kind);
        CollectionContact.Kind contactKind = Enums.required(CollectionContact.Kind.class, kind, "kind",
                unknownKind, unknownKind, errors);
        Words unknownOutcome = ArrearsText.said(ArrearsMessages::error_outcome);
        CollectionContact.Outcome result = Enums.required(CollectionContact.Outcome.class, outcome, "outcome",
                unknownOutcome, unknownOutcome, errors);
        if (contactKind != null && result != null && !fits(contactKind, result)) {
            errors.add("outcome", ArrearsText.said(ArrearsMessages::error_outcome_for_kind));
        }
        boolean needsTime = result == CollectionContact.Outcome.APPOINTMENT_AGREED
                || result == CollectionContact.Outcome.VISIT_SCHEDULED;
        Instant now = clock.instant();
        if (needsTime && appointmentAt == null) {
            errors.add("appointmentAt", Words.of(Messages.class, Messages::error_required));
        } else if (needsTime && !appointmentAt.isAfter(now)) {
            errors.add("appointmentAt", Words.of(Messages.class, Messages::error_due_in_past));
        }
        boolean needsNotes = contactKind == CollectionContact.Kind.VISIT
                || result == CollectionContact.Outcome.DISPUTED;
        String text = text(notes, "notes", MAX_NOTES, needsNotes, errors);
        errors.throwIfAny();

        CollectionCase c = find(caseId, true);
        requireOpen(c);
        ArrearsLedger.Figures figures = ledger.of(c.siteId, c.unitId, today(Site.findById(c.siteId)));
        if (contactKind == CollectionContact.Kind.VISIT
                && CollectionContact.count("caseId = ?1 and kind = ?2", c.id, CollectionContact.Kind.PHONE) == 0) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_phone_first));
        }
        CollectionContact contact = new CollectionContact();
        contact.siteId = c.siteId;
        contact.caseId = c.id;
        contact.kind = contactKind;
        contact.outcome = result;
        contact.notes = text;
        contact.overdue = figures.overdue();
        contact.recordedBy = staff.username();
        contact.recordedAt = now;
        if (needsTime) {
            contact.appointmentAt = appointmentAt;
            Site site = Site.findById(c.siteId);
            String amount = Money.format(figures.overdue(), site.currency) + " " + site.currency;
            ArrearsMessages words = messages(wording);
            String what = result == CollectionContact.Outcome.APPOINTMENT_AGREED ? words.promise_appointment(amount)
                    : words.promise_visit(amount);
            Promise promise = promises.make(new PromiseService.Request(PromiseSource.COLLECTION, c.id, c.siteId,
                    what, payerId(c.unitId), c.unitId, null, null, appointmentAt), "outcome", "appointmentAt");
            contact.promiseId = promise.id;
        }
        contact.statementRequested = statementRequested && contactKind == CollectionContact.Kind.PHONE;
        contact.persist();
        if (contact.statementRequested) {
            outbox.sendStatement(c);
        }
        if (result == CollectionContact.Outcome.DISPUTED && !c.onHold()) {
            c.heldAt = now;
            c.holdReason = text;
        }
        return contact;
    }

    /** Dispute hold: no automated reminder goes out while it lasts. */
    @Transactional
    public CollectionCase hold(Long caseId, String reason) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String why = text(reason, "reason", MAX_REASON, true, errors);
        errors.throwIfAny();
        CollectionCase c = find(caseId, true);
        requireOpen(c);
        if (c.onHold()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_on_hold));
        }
        c.heldAt = clock.instant();
        c.holdReason = why;
        return c;
    }

    /** The dispute is settled: reminders may go out again. */
    @Transactional
    public CollectionCase release(Long caseId) {
        CollectionCase c = find(caseId, true);
        requireOpen(c);
        if (!c.onHold()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_not_on_hold));
        }
        c.heldAt = null;
        c.holdReason = null;
        return c;
    }

    /**
     * A complaint raised during collection: the complaint is taken (fees), escalated to the supervisors at once
     * (the seed: what one cannot handle is recorded and reported up), and the case goes on dispute hold. The
     * escalation note and the hold reason are worded in {@code wording}.
     */
    @Transactional
    public Complaint complaint(Long caseId, String description, Locale wording) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String what = text(description, "description", MAX_NOTES, true, errors);
        errors.throwIfAny();
        CollectionCase c = find(caseId, true);
        requireOpen(c);
        if (c.complaintId != null) {
            throw new Conflict(ArrearsText.said(t -> t.error_complaint_raised(c.complaintId)));
        }
        ArrearsMessages msg = messages(wording);
        Unit unit = Unit.findById(c.unitId);
        Long payer = payerId(c.unitId);
        Complaint complaint = complaints.receive(new ComplaintService.NewComplaint(payer, c.unitId,
                payer == null ? unit.label : null, null, Complaint.Channel.PHONE.name(),
                Complaint.Category.FEES.name(), what, Complaint.Severity.MEDIUM.name()));
        complaints.escalate(complaint.id, msg.complaint_escalation(unit.label));
        c.complaintId = complaint.id;
        if (!c.onHold()) {
            c.heldAt = clock.instant();
            c.holdReason = msg.complaint_hold(complaint.id);
        }
        return complaint;
    }

    /**
     * Sends the fee detail statement to the case's customer by email (once a day); returns the channels it went
     * on, none when the customer consented to no email.
     */
    @Transactional
    public Set<NotificationChannel> sendStatement(Long caseId) {
        return outbox.sendStatement(find(caseId, false));
    }

    /**
     * Every payment (and every voided receipt) recomputes its unit in the payment's transaction: paying what
     * is overdue closes the open case, and the staff's call task about it leaves their banners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onPayment(@Observes PaymentPosted payment) {
        Site site = Site.findById(payment.siteId());
        ArrearsLedger.Figures figures = ledger.refreshUnit(site.id, payment.unitId(), today(site), clock.instant());
        if (!figures.inArrears()) {
            closePaid(payment.unitId());
        }
    }

    /** Closes the unit's open case as paid; returns whether there was one. One statement, as the reminder job does. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean closePaid(Long unitId) {
        int closed = Panache.getEntityManager().createNativeQuery("""
                update collection_case set state = 'CLOSED', closed_at = ?2, close_reason = 'PAID', version = version + 1
                 where unit_id = ?1 and state = 'OPEN'""").setParameter(1, unitId).setParameter(2, clock.instant())
                .executeUpdate();
        notifications.clearInApp(ReminderService.CALL_TASK_PREFIX + unitId + ":");
        return closed > 0;
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Transactional
    public CaseView detail(Long caseId) {
        return view(find(caseId, false));
    }

    @Transactional
    public CasePage page(Long caseId) {
        CaseView c = detail(caseId);
        LocalDate today = today(Site.findById(c.siteId()));
        List<AccountService.Due> overdue = accounts.statement(c.unitId()).due().stream()
                .filter(d -> d.dueDate() != null && d.dueDate().isBefore(today)).toList();
        String amount = Money.format(c.figures().overdue(), c.currency()) + " " + c.currency();
        List<Words> items = overdue.stream().map(AccountService.Due::description).distinct().toList();
        String callee = c.payers().isEmpty() ? c.unitLabel() : c.payerName();
        List<ArrearsRules.Collector> collectors = staff.hasRole(Roles.SUPERVISOR)
                ? rota.of(c.siteId()).stream().map(r -> new ArrearsRules.Collector(r.username(), r.displayName()))
                        .toList()
                : List.of();
        return new CasePage(c, overdue, amount, callee, items, collectors);
    }

    /** The open case of a unit of the caller's sites, if any. */
    @Transactional
    public CollectionCase openCaseOf(Long unitId) {
        return CollectionCase.find("unitId = ?1 and state = ?2", unitId, CollectionCase.State.OPEN).firstResult();
    }

    CaseView view(CollectionCase c) {
        Unit unit = Unit.findById(c.unitId);
        Site site = Site.findById(c.siteId);
        ArrearsLedger.Figures figures = ledger.of(c.siteId, c.unitId, today(site));
        List<ContactView> contacts = CollectionContact.<CollectionContact>list("caseId = ?1 order by recordedAt, id",
                c.id).stream().map(k -> new ContactView(k.id, k.kind, k.outcome, k.appointmentAt, k.promiseId,
                        k.notes, k.overdue, k.statementRequested, k.recordedBy, k.recordedAt)).toList();
        return new CaseView(c.id, c.siteId, c.unitId, unit.label, site.companyName, site.currency, c.state,
                c.openedAt, c.openedBy, c.openedByRule, c.assignee, c.callDueAt, c.onHold(), c.heldAt,
                c.holdReason, c.complaintId, c.closedAt, c.closeReason, c.demandDueAt, WrittenDemands.of(c.id),
                figures, payers(c.unitId), contacts);
    }

    /** The residents of a unit still living there, the owner first: the first is the one to call and remind. */
    static List<Payer> payers(Long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select r.id, r.name, r.kind, r.preferred_language
                  from resident r join resident_unit ru on ru.resident_id = r.id
                 where ru.unit_id = ?1 and ru.moved_out is null
                 order by case r.kind when 'OWNER' then 0 when 'TENANT' then 1 else 2 end, r.id""")
                .setParameter(1, unitId).getResultList();
        return rows.stream().map(r -> new Payer(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    static Long payerId(Long unitId) {
        List<Payer> payers = payers(unitId);
        return payers.isEmpty() ? null : payers.get(0).residentId();
    }

    CollectionCase find(Long id, boolean lock) {
        CollectionCase c = id == null ? null
                : CollectionCase.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        if (lock) {
            Panache.getEntityManager().refresh(c, LockModeType.PESSIMISTIC_WRITE);
        }
        return c;
    }

    LocalDate today(Site site) {
        return LocalDate.ofInstant(clock.instant(), site.zone());
    }

    private static void requireOpen(CollectionCase c) {
        if (!c.open()) {
            throw new Conflict(ArrearsText.said(ArrearsMessages::error_case_closed));
        }
    }

    private static boolean fits(CollectionContact.Kind kind, CollectionContact.Outcome outcome) {
        return switch (outcome) {
            case APPOINTMENT_AGREED -> kind == CollectionContact.Kind.PHONE;
            case VISIT_SCHEDULED -> kind == CollectionContact.Kind.VISIT;
            default -> true;
        };
    }

    private static String text(String value, String field, int max, boolean required, InvalidInput.Collector errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, Words.of(Messages.class, Messages::error_required));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(field, Words.of(Messages.class, m -> m.error_too_long(max)));
        }
        return text;
    }
}
