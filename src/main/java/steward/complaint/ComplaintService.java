package steward.complaint;

import steward.web.StoredText;
import steward.web.StoredText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.billing.CreditRequested;
import steward.notify.NotificationService;
import steward.promise.Promise;
import steward.promise.PromiseOverdue;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.resident.Phones;
import steward.resident.Site;
import steward.resident.Resident;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Words;
import steward.web.Messages;
import steward.web.Enums;
import steward.resident.SiteRows;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules of complaints (the seed's 三(三)): intake, assignment, promises, follow-ups, escalation, resolution
 * with the customer's satisfaction, reopening, and compensation approved by a supervisor.
 */
@ApplicationScoped
public class ComplaintService {

    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_LIST = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    PromiseService promises;

    @Inject
    NotificationService notifications;

    @Inject
    Event<CreditRequested> credits;

    @Inject
    Event<ComplaintResolved> resolutions;

    /** {@code aboutStaff}: optionally, the username of the site's staff member the complaint is about. */
    public record NewComplaint(
            @Schema(description = "The resident complaining; required unless unitId or customerName is given")
                    Long residentId,
            Long unitId,
            String customerName,
            String customerPhone,
            @Schema(required = true, implementation = Complaint.Channel.class) String channel,
            @Schema(required = true, implementation = Complaint.Category.class) String category,
            @Schema(required = true) String description,
            @Schema(required = true, implementation = Complaint.Severity.class) String severity,
            String aboutStaff) {

        /** A complaint about no staff member in particular (complaints raised by other capabilities). */
        public NewComplaint(Long residentId, Long unitId, String customerName, String customerPhone,
                String channel, String category, String description, String severity) {
            this(residentId, unitId, customerName, customerPhone, channel, category, description, severity, null);
        }
    }

    public record Summary(Long id, Instant receivedAt, Complaint.Channel channel, Complaint.Category category,
            Complaint.Severity severity, Complaint.State state, String customer, String unitLabel,
            String description, String assignee) {
    }

    /**
     * A step: {@code text} as staff typed it, or {@code message} when the application worded it (the API also
     * gives that message's words in {@code text}, in the caller's language).
     */
    public record EventView(Long id, ComplaintEvent.Kind kind, String actor, Instant occurredAt, String text,
            StoredText message, Long refId) {
    }

    public record CompensationView(Long id, Compensation.Kind kind, BigDecimal amount, String note,
            Compensation.State state, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {
    }

    /** A complaint with its history, its promises and its compensations. */
    public record Detail(Long id, Long siteId, Complaint.Channel channel, Complaint.Category category,
            Complaint.Severity severity, Complaint.State state, Long residentId, Long unitId, String customer,
            String unitLabel, String customerPhoneMasked, String description, String aboutStaff,
            String aboutStaffName, String assignee,
            Complaint.Department department, String receivedBy, Instant receivedAt, Instant escalatedAt,
            String escalationReason, String resolution, Instant resolvedAt, Integer satisfaction,
            String satisfactionComment, List<EventView> events, List<PromiseService.View> promises,
            List<CompensationView> compensations) {

        public boolean isResolved() {
            return state == Complaint.State.RESOLVED;
        }

        /** The same complaint with its steps replaced (the API's steps carry their words rendered). */
        public Detail withEvents(List<EventView> replaced) {
            return new Detail(id, siteId, channel, category, severity, state, residentId, unitId, customer, unitLabel,
                    customerPhoneMasked, description, aboutStaff, aboutStaffName, assignee, department, receivedBy,
                    receivedAt, escalatedAt, escalationReason, resolution, resolvedAt, satisfaction,
                    satisfactionComment, replaced, promises, compensations);
        }
    }

    // ---------------------------------------------------------------------------------------------------- intake

    @Transactional
    public Complaint receive(NewComplaint input) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();
        Complaint.Channel channel = choice(Complaint.Channel.class, input.channel(), "channel", errors);
        Complaint.Category category = choice(Complaint.Category.class, input.category(), "category", errors);
        Complaint.Severity severity = choice(Complaint.Severity.class, input.severity(), "severity", errors);
        String description = text(input.description(), "description", MAX_TEXT, true, errors);
        String customerName = text(input.customerName(), "customerName", MAX_NAME, false, errors);
        String phone = null;
        if (input.customerPhone() != null && !input.customerPhone().isBlank()) {
            phone = Phones.normalise(input.customerPhone(), Site.phoneRegionOf(staff.currentSiteId())).orElse(null);
            if (phone == null) {
                errors.add("customerPhone", Words.of(Messages.class, Messages::error_phone));
            }
        }
        Resident resident = SiteRows.named(Resident.class, input.residentId(), siteId, "residentId",
                ComplaintText.said(ComplaintMessages::error_unknown_resident), errors);
        Unit unit = SiteRows.named(Unit.class, input.unitId(), siteId, "unitId", Words.of(Messages.class, Messages::error_unknown_unit), errors);
        if (input.unitId() == null && resident != null && resident.units.size() == 1) {
            // A resident of one unit complains about (and is credited on) that unit.
            unit = resident.units.iterator().next();
        }
        if (input.residentId() == null && input.unitId() == null && customerName == null) {
            errors.add("residentId", ComplaintText.said(ComplaintMessages::error_customer));
        }
        String aboutStaff = input.aboutStaff() == null || input.aboutStaff().isBlank() ? null
                : input.aboutStaff().strip();
        if (aboutStaff != null && siteStaff().stream().noneMatch(a -> a.username.equals(aboutStaff))) {
            errors.add("aboutStaff", ComplaintText.said(ComplaintMessages::error_unknown_staff));
        }
        errors.throwIfAny();

        Complaint complaint = new Complaint();
        complaint.siteId = siteId;
        complaint.channel = channel;
        complaint.residentId = resident == null ? null : resident.id;
        complaint.unitId = unit == null ? null : unit.id;
        complaint.customerName = customerName != null ? customerName : resident != null ? resident.name : null;
        complaint.customerPhone = phone;
        complaint.category = category;
        complaint.description = description;
        complaint.severity = severity;
        complaint.aboutStaff = aboutStaff;
        complaint.receivedBy = staff.username();
        complaint.receivedAt = clock.instant();
        complaint.persist();
        event(complaint, ComplaintEvent.Kind.RECEIVED, StoredText.of("complaint:received_phrase"), null);
        return complaint;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    public List<Summary> list(Complaint.State state) {
        List<Complaint> found = state == null
                ? Complaint.<Complaint>find("order by receivedAt desc, id desc").page(0, MAX_LIST).list()
                : Complaint.<Complaint>find("state = ?1 order by receivedAt desc, id desc", state)
                        .page(0, MAX_LIST).list();
        Map<Long, String> units = unitLabels(found.stream().map(c -> c.unitId).toList());
        return found.stream().map(c -> new Summary(c.id, c.receivedAt, c.channel, c.category, c.severity, c.state,
                customer(c, units), c.unitId == null ? null : units.get(c.unitId), c.description, c.assignee))
                .toList();
    }

    public Complaint.State parseState(String state) {
        return Enums.parseOrRefuse(Complaint.State.class, state, null, "state", ComplaintText.said(ComplaintMessages::error_choice));
    }

    public Detail detail(Long id) {
        Complaint c = find(id, false);
        Map<Long, String> units = unitLabels(c.unitId == null ? List.of() : List.of(c.unitId));
        List<EventView> events = ComplaintEvent.<ComplaintEvent>find("complaintId = ?1 order by occurredAt, id", c.id)
                .list().stream().map(e -> new EventView(e.id, e.kind, e.actor, e.occurredAt, e.text, e.message, e.refId))
                .toList();
        List<CompensationView> compensations = Compensation.<Compensation>find("complaintId = ?1 order by id", c.id)
                .list().stream().map(ComplaintService::view).toList();
        return new Detail(c.id, c.siteId, c.channel, c.category, c.severity, c.state, c.residentId, c.unitId,
                customer(c, units), c.unitId == null ? null : units.get(c.unitId), c.customerPhone == null ? null : Phones.mask(c.customerPhone),
                c.description, c.aboutStaff, displayName(c.aboutStaff), c.assignee, c.department, c.receivedBy,
                c.receivedAt, c.escalatedAt, c.escalationReason, c.resolution, c.resolvedAt, c.satisfaction,
                c.satisfactionComment, events,
                promises.forSource(PromiseSource.COMPLAINT, c.id), compensations);
    }

    private static String displayName(String username) {
        if (username == null) {
            return null;
        }
        Account account = Account.findByUsername(username);
        return account == null ? username : account.displayName;
    }

    /** The staff of the caller's current site, to assign a complaint to, to praise, or to complain about. */
    public List<Account> siteStaff() {
        return Account.<Account>find("select a from Account a join a.siteIds s where s = ?1 and a.enabled = true "
                + "order by a.username", staff.currentSiteId()).list();
    }

    // ---------------------------------------------------------------------------------------------------- steps

    /** A promise to the customer, in the ledger, for this complaint. */
    @Transactional
    public Promise promise(Long id, String what, Instant dueAt, String dueField) {
        Complaint c = find(id, true);
        PromiseService.Request request = new PromiseService.Request(PromiseSource.COMPLAINT, c.id, c.siteId, what,
                c.residentId, c.unitId, c.customerName, c.customerPhone, dueAt);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        promises.validate(request, "what", dueField, errors);
        errors.throwIfAny();
        requireNot(c, Complaint.State.RESOLVED);
        Promise promise = promises.make(request, "what", dueField);
        event(c, ComplaintEvent.Kind.PROMISE_MADE, promise.what, promise.id);
        return promise;
    }

    /** Keeps one of this complaint's promises (from the complaint's page). */
    @Transactional
    public void keepPromise(Long id, Long promiseId) {
        promises.kept(promiseOf(find(id, false), promiseId));
    }

    /** Agrees a new time for one of this complaint's promises (from the complaint's page). */
    @Transactional
    public void renegotiatePromise(Long id, Long promiseId, Instant newDueAt, boolean customerAgreed) {
        promises.renegotiate(promiseOf(find(id, false), promiseId), newDueAt, customerAgreed, "newDueAt");
    }

    private static Long promiseOf(Complaint c, Long promiseId) {
        long ours = promiseId == null ? 0 : Promise.count("id = ?1 and sourceKind = ?2 and sourceId = ?3", promiseId,
                PromiseSource.COMPLAINT, c.id);
        if (ours == 0) {
            throw new NotFoundException();
        }
        return promiseId;
    }

    /** A contact with the customer, and what they were told (三(三)3: 及時跟蹤和向客戶反饋). */
    @Transactional
    public void followUp(Long id, String toldCustomer) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String told = text(toldCustomer, "toldCustomer", MAX_TEXT, true, errors);
        errors.throwIfAny();
        Complaint c = find(id, true);
        event(c, ComplaintEvent.Kind.FOLLOW_UP, told, null);
    }

    @Transactional
    public void assign(Long id, String assignee, String department) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        Complaint.Department where = department == null || department.isBlank() ? null
                : choice(Complaint.Department.class, department, "department", errors);
        if (who != null && siteStaff().stream().noneMatch(a -> a.username.equals(who))) {
            errors.add("assignee", ComplaintText.said(ComplaintMessages::error_unknown_staff));
        }
        if (who == null && where == null && !errors.has("department")) {
            errors.add("assignee", ComplaintText.said(ComplaintMessages::error_assign));
        }
        errors.throwIfAny();
        Complaint c = find(id, true);
        requireNot(c, Complaint.State.RESOLVED);
        c.assignee = who;
        c.department = where;
        event(c, ComplaintEvent.Kind.ASSIGNED,
                StoredText.joined(who, where == null ? null : StoredText.of("complaint:department", where)), null);
    }

    /** "I cannot solve this": the complaint goes up to the site's supervisors, who are notified. */
    @Transactional
    public void escalate(Long id, String reason) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String why = text(reason, "reason", MAX_NOTE, true, errors);
        errors.throwIfAny();
        Complaint c = find(id, true);
        requireNot(c, Complaint.State.RESOLVED);
        requireNot(c, Complaint.State.ESCALATED);
        c.state = Complaint.State.ESCALATED;
        c.escalatedAt = clock.instant();
        c.escalationReason = why;
        ComplaintEvent step = event(c, ComplaintEvent.Kind.ESCALATED, why, null);
        for (NotificationService.Recipient supervisor : notifications.staffWithRole(c.siteId, Roles.SUPERVISOR)) {
            notifications.enqueue(new NotificationService.Message(c.siteId,
                    "complaint:" + c.id + ":escalation:" + step.id + ":" + supervisor.username(), supervisor,
                    StoredText.of("complaint:escalation_subject", c.id,
                            StoredText.of("complaint:category", c.category)),
                    StoredText.of("complaint:escalation_body", staff.displayName(), why), "/complaints/" + c.id));
        }
    }

    /** What was done, and how satisfied the customer is (1–5). Open promises are kept or renegotiated first. */
    @Transactional
    public void resolve(Long id, String resolution, Integer satisfaction, String comment) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String done = text(resolution, "resolution", MAX_TEXT, true, errors);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            errors.add("satisfaction", ComplaintText.said(ComplaintMessages::error_satisfaction));
        }
        String remark = text(comment, "satisfactionComment", MAX_NOTE, false, errors);
        errors.throwIfAny();
        Complaint c = find(id, true);
        requireNot(c, Complaint.State.RESOLVED);
        if (promises.hasOpen(PromiseSource.COMPLAINT, c.id)) {
            throw new Conflict(ComplaintText.said(ComplaintMessages::conflict_open_promises));
        }
        c.state = Complaint.State.RESOLVED;
        c.resolution = done;
        c.resolvedBy = staff.username();
        c.resolvedAt = clock.instant();
        c.satisfaction = satisfaction;
        c.satisfactionComment = remark;
        event(c, ComplaintEvent.Kind.RESOLVED, done, null);
        resolutions.fire(new ComplaintResolved(c.id, c.siteId, c.residentId, c.resolvedBy, c.resolvedAt));
    }

    /** The customer is not satisfied after all: handled again from the start. */
    @Transactional
    public void reopen(Long id, String reason) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String why = text(reason, "reason", MAX_NOTE, true, errors);
        errors.throwIfAny();
        Complaint c = find(id, true);
        if (c.state != Complaint.State.RESOLVED) {
            throw new Conflict(ComplaintText.said(t -> t.conflict_state(t.state(c.state))));
        }
        c.state = Complaint.State.OPEN;
        c.resolvedAt = null;
        c.resolvedBy = null;
        event(c, ComplaintEvent.Kind.REOPENED, why, null);
    }

    // ---------------------------------------------------------------------------------------------------- compensation

    @Transactional
    public Compensation proposeCompensation(Long id, String kind, BigDecimal amount, String note) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Compensation.Kind what = choice(Compensation.Kind.class, kind, "kind", errors);
        String remark = text(note, "note", MAX_NOTE, false, errors);
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            errors.add("amount", ComplaintText.said(ComplaintMessages::error_amount));
        }
        Complaint c = find(id, true);
        if (what != null && what.postsCredit()) {
            if (amount == null) {
                errors.add("amount", ComplaintText.said(ComplaintMessages::error_amount));
            }
            if (c.unitId == null) {
                errors.add("unitId", ComplaintText.said(ComplaintMessages::error_unit_for_credit));
            }
        }
        errors.throwIfAny();
        Compensation compensation = new Compensation();
        compensation.siteId = c.siteId;
        compensation.complaintId = c.id;
        compensation.kind = what;
        compensation.amount = amount;
        compensation.note = remark;
        compensation.proposedBy = staff.username();
        compensation.proposedAt = clock.instant();
        compensation.persist();
        event(c, ComplaintEvent.Kind.COMPENSATION_PROPOSED, describe(compensation), compensation.id);
        return compensation;
    }

    /**
     * A supervisor approves: a fee waiver or credit asks the cashier's ledger, in this transaction, for a credit
     * on the complaint's unit (exactly once per compensation: the ledger keys credits by their source).
     */
    @Transactional
    public Compensation approve(Long complaintId, Long compensationId, java.util.Locale wording) {
        Compensation compensation = decide(complaintId, compensationId, Compensation.State.APPROVED);
        if (compensation.kind.postsCredit()) {
            Complaint c = Complaint.findById(compensation.complaintId);
            if (c.unitId == null) {
                throw InvalidInput.of("unitId", ComplaintText.said(ComplaintMessages::error_unit_for_credit));
            }
            credits.fire(new CreditRequested(c.siteId, c.unitId, compensation.amount,
                    ComplaintText.said(t -> t.credit_reason(c.id, compensation.note == null ? "" : compensation.note))
                            .in(wording),
                    Compensation.CREDIT_SOURCE, compensation.id));
        }
        return compensation;
    }

    @Transactional
    public Compensation reject(Long complaintId, Long compensationId) {
        return decide(complaintId, compensationId, Compensation.State.REJECTED);
    }

    private Compensation decide(Long complaintId, Long compensationId, Compensation.State decision) {
        Complaint c = find(complaintId, true);
        Compensation compensation = compensationId == null ? null
                : Compensation.<Compensation>find("id = ?1 and complaintId = ?2", compensationId, c.id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (compensation == null) {
            throw new NotFoundException();
        }
        if (compensation.state != Compensation.State.PROPOSED) {
            throw new Conflict(ComplaintText.said(ComplaintMessages::conflict_compensation_decided));
        }
        compensation.state = decision;
        compensation.decidedBy = staff.username();
        compensation.decidedAt = clock.instant();
        event(c, decision == Compensation.State.APPROVED ? ComplaintEvent.Kind.COMPENSATION_APPROVED
                : ComplaintEvent.Kind.COMPENSATION_REJECTED, describe(compensation), compensation.id);
        return compensation;
    }

    // ---------------------------------------------------------------------------------------------------- the job

    /** A promise of a complaint fell due unkept: the complaint goes up to the supervisor (in the job's transaction). */
    void onPromiseOverdue(@Observes PromiseOverdue overdue) {
        if (overdue.source() != PromiseSource.COMPLAINT || overdue.sourceId() == null) {
            return;
        }
        Complaint c = Complaint.findById(overdue.sourceId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.state == Complaint.State.RESOLVED) {
            return;
        }
        if (c.state == Complaint.State.OPEN) {
            c.state = Complaint.State.ESCALATED;
            c.escalatedAt = clock.instant();
        }
        ComplaintEvent step = new ComplaintEvent();
        step.siteId = c.siteId;
        step.complaintId = c.id;
        step.kind = ComplaintEvent.Kind.PROMISE_OVERDUE;
        step.actor = ComplaintEvent.SYSTEM;
        step.occurredAt = clock.instant();
        step.refId = overdue.promiseId();
        step.persist();
    }

    /**
     * The resident scored the handling low: a resolved complaint goes back to the supervisors (escalated), with the
     * resident's comment in its history (in the survey's transaction; the resident is the actor).
     */
    void onResidentDissatisfied(@Observes ResidentDissatisfied word) {
        Complaint c = Complaint.findById(word.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.state != Complaint.State.RESOLVED) {
            return;
        }
        c.state = Complaint.State.ESCALATED;
        c.escalatedAt = clock.instant();
        c.resolvedAt = null;
        c.resolvedBy = null;
        ComplaintEvent step = new ComplaintEvent();
        step.siteId = c.siteId;
        step.complaintId = c.id;
        step.kind = ComplaintEvent.Kind.REOPENED;
        step.actor = ComplaintEvent.RESIDENT;
        step.occurredAt = clock.instant();
        step.text = word.comment();
        step.refId = word.surveyId();
        step.persist();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A complaint of the caller's sites (another site's is "not found"), locked when it is about to change. */
    Complaint find(Long id, boolean forChange) {
        var query = id == null ? null : Complaint.<Complaint>find("id", id);
        if (query != null && forChange) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Complaint complaint = query == null ? null : query.firstResult();
        if (complaint == null) {
            throw new NotFoundException();
        }
        return complaint;
    }

    private void requireNot(Complaint c, Complaint.State state) {
        if (c.state == state) {
            throw new Conflict(ComplaintText.said(t -> t.conflict_state(t.state(c.state))));
        }
    }

    /** A step worded by the application, kept as data and rendered in the reader's language. */
    private ComplaintEvent event(Complaint c, ComplaintEvent.Kind kind, StoredText message, Long refId) {
        ComplaintEvent step = event(c, kind, (String) null, refId);
        step.message = message;
        return step;
    }

    /** A step with what staff typed (what they told the customer, a reason), kept as typed. */
    private ComplaintEvent event(Complaint c, ComplaintEvent.Kind kind, String text, Long refId) {
        ComplaintEvent step = new ComplaintEvent();
        step.siteId = c.siteId;
        step.complaintId = c.id;
        step.kind = kind;
        step.actor = staff.username();
        step.occurredAt = clock.instant();
        step.text = text;
        step.refId = refId;
        step.persist();
        return step;
    }

    private static StoredText describe(Compensation compensation) {
        return StoredText.joined(StoredText.of("complaint:compensation_kind", compensation.kind),
                compensation.amount == null ? null : compensation.amount.toPlainString(), compensation.note);
    }

    static CompensationView view(Compensation c) {
        return new CompensationView(c.id, c.kind, c.amount, c.note, c.state, c.proposedBy, c.proposedAt,
                c.decidedBy, c.decidedAt);
    }

    private static String customer(Complaint c, Map<Long, String> units) {
        if (c.customerName != null) {
            return c.customerName;
        }
        return c.unitId == null ? "" : units.getOrDefault(c.unitId, "");
    }

    private static Map<Long, String> unitLabels(List<Long> ids) {
        List<Long> known = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return Unit.<Unit>list("id in ?1", known).stream().collect(Collectors.toMap(u -> u.id, u -> u.label));
    }

    /** Trimmed text, or null when empty and optional; too long or missing is an error on the field. */
    private String text(String value, String field, int max, boolean required, InvalidInput.Collector errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                errors.add(field, Words.of(Messages.class, Messages::error_required));
            }
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(field, Words.of(Messages.class, m -> m.error_too_long(max)));
        }
        return trimmed;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field, InvalidInput.Collector errors) {
        return Enums.required(type, value, field, Words.of(Messages.class, Messages::error_required), ComplaintText.said(ComplaintMessages::error_choice), errors);
    }
}
