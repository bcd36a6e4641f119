package steward.promise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.calendar.WorkingCalendar;
import steward.notify.NotificationService;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;

/**
 * The promise ledger. Every capability that promises something to a customer records it here, and only here;
 * here it is kept, renegotiated with the customer's agreement, or admitted broken.
 */
@ApplicationScoped
public class PromiseService {

    public static final int MAX_WHAT_LENGTH = 1000;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    WorkingCalendar calendars;

    static final int MAX_LIST = 500;
    static final int MAX_NOTE_LENGTH = 1000;

    /** A promise as pages and the API show it. */
    public record View(Long id, Long siteId, PromiseSource source, Long sourceId, String what, Long residentId,
            Long unitId, String customerName, Instant dueAt, String owner, PromiseState state, boolean overdue,
            boolean keptOnTime, Instant createdAt, Instant closedAt, String closedBy, String closeNote,
            Boolean customerAgreed, Long renegotiatedFrom) {

        /** The name of this promise's forms on a page. */
        public String formName() {
            return "promise-" + id;
        }

        /** The page the promise belongs to: its complaint, or the ledger. */
        public String link() {
            return source == PromiseSource.COMPLAINT && sourceId != null ? "/complaints/" + sourceId
                    : "/promises#promise-" + id;
        }
    }

    /** What the ledger pages and the API filter by: a state, or OVERDUE (open and past its due time). */
    public enum Filter {
        OPEN, OVERDUE, KEPT, BROKEN, RENEGOTIATED
    }

    /** What is promised, to whom, by when. The customer is a resident, a unit, or a name and phone (a caller). */
    public record Request(PromiseSource source, Long sourceId, Long siteId, String what, Long residentId,
            Long unitId, String customerName, String customerPhone, Instant dueAt) {
    }

    /**
     * Records a promise owned by the caller. A due time that has passed is refused. The field names are those
     * of the caller's form or JSON body, so that an error is shown next to the right field.
     */
    @Transactional
    public Promise make(Request request, String whatField, String dueField) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        validate(request, whatField, dueField, errors);
        errors.throwIfAny();
        return record(request, staff.username());
    }

    /**
     * A promise the system makes on a staff member's behalf (the callback of a call nobody answered): owned by
     * them, reminded and alerted like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Promise makeFor(Request request, String owner) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        validate(request, "what", "dueAt", errors);
        errors.throwIfAny();
        return record(request, owner);
    }

    /**
     * Kept, as the system saw it happen (the caller of a missed call reached on a later call): a promise of the
     * given site, if it is still open. Returns whether it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keptAsSeen(Long id, Long siteId, String seenBy) {
        Promise promise = Promise.<Promise>find("id = ?1 and siteId = ?2", id, siteId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (promise == null || promise.state != PromiseState.OPEN) {
            return false;
        }
        close(promise, PromiseState.KEPT, null);
        promise.closedBy = seenBy;
        return true;
    }

    private Promise record(Request request, String owner) {
        Promise promise = new Promise();
        promise.siteId = request.siteId();
        promise.sourceKind = request.source();
        promise.sourceId = request.sourceId();
        promise.what = request.what().strip();
        promise.residentId = request.residentId();
        promise.unitId = request.unitId();
        promise.customerName = request.customerName();
        promise.customerPhone = request.customerPhone();
        promise.dueAt = request.dueAt();
        promise.onTimeBy = calendars.onTimeBy(promise.siteId, promise.dueAt);
        promise.owner = owner;
        promise.createdAt = clock.instant();
        promise.persist();
        return promise;
    }

    /** Adds the errors of a promise request to a form's other errors, for callers that validate a whole form. */
    public void validate(Request request, String whatField, String dueField, InvalidInput.Collector errors) {
        String what = request.what() == null ? "" : request.what().strip();
        if (what.isEmpty()) {
            errors.add(whatField, Words.of(Messages.class, Messages::error_required));
        } else if (what.length() > MAX_WHAT_LENGTH) {
            errors.add(whatField, Words.of(Messages.class, m -> m.error_too_long(MAX_WHAT_LENGTH)));
        }
        if (request.dueAt() == null) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_required));
        } else if (!request.dueAt().isAfter(clock.instant())) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_due_in_past));
        } else if (request.dueAt().isAfter(latestDue())) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_due_too_far));
        }
    }

    /** A promise is kept within a year, or it is no promise a customer can hold us to. */
    private Instant latestDue() {
        return clock.instant().plus(java.time.Duration.ofDays(366));
    }

    public View view(Promise p) {
        return new View(p.id, p.siteId, p.sourceKind, p.sourceId, p.what, p.residentId, p.unitId, p.customerName,
                p.dueAt, p.owner, p.state, p.isOverdue(clock.instant()), p.keptOnTime(), p.createdAt, p.closedAt,
                p.closedBy, p.closeNote, p.customerAgreed, p.renegotiatedFrom);
    }

    /** The promises of the caller's sites, by due time; open ones include the overdue. */
    public List<View> list(Filter filter) {
        Instant now = clock.instant();
        List<Promise> found = switch (filter == null ? Filter.OPEN : filter) {
            case OPEN -> Promise.find("state = ?1 order by dueAt, id", PromiseState.OPEN).page(0, MAX_LIST).list();
            case OVERDUE -> Promise.find("state = ?1 and dueAt <= ?2 order by dueAt, id", PromiseState.OPEN, now)
                    .page(0, MAX_LIST).list();
            default -> Promise.find("state = ?1 order by dueAt desc, id desc", PromiseState.valueOf(filter.name()))
                    .page(0, MAX_LIST).list();
        };
        return found.stream().map(this::view).toList();
    }

    public Filter parseFilter(String state) {
        return Enums.parseOrRefuse(Filter.class, state, Filter.OPEN, "state", PromiseText.said(PromiseMessages::error_state));
    }

    /** The promises made for one thing (a complaint, a call), oldest first. */
    public List<View> forSource(PromiseSource source, Long sourceId) {
        return Promise.<Promise>find("sourceKind = ?1 and sourceId = ?2 order by createdAt, id", source, sourceId)
                .list().stream().map(this::view).toList();
    }

    public boolean hasOpen(PromiseSource source, Long sourceId) {
        return Promise.count("sourceKind = ?1 and sourceId = ?2 and state = ?3", source, sourceId,
                PromiseState.OPEN) > 0;
    }

    /** Done as promised. Two tablets pressing at once: the second waits for the first and is told it is closed. */
    @Transactional
    public Promise kept(Long id) {
        Promise promise = lockOpen(id);
        close(promise, PromiseState.KEPT, null);
        return promise;
    }

    /** Admitted broken, with the reason (it counts against kept-on-time, and the alerts stop). */
    @Transactional
    public Promise broken(Long id, String reason) {
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty()) {
            throw InvalidInput.of("reason", Words.of(Messages.class, Messages::error_required));
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw InvalidInput.of("reason", Words.of(Messages.class, m -> m.error_too_long(MAX_NOTE_LENGTH)));
        }
        Promise promise = lockOpen(id);
        close(promise, PromiseState.BROKEN, note);
        return promise;
    }

    /**
     * A new time agreed with the customer: this promise ends as renegotiated and a new one, owned by the same
     * staff member, takes its place. Without the customer's agreement there is no renegotiation.
     */
    @Transactional
    public Promise renegotiate(Long id, Instant newDueAt, Boolean customerAgreed, String dueField) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (newDueAt == null) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_required));
        } else if (!newDueAt.isAfter(clock.instant())) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_due_in_past));
        } else if (newDueAt.isAfter(latestDue())) {
            errors.add(dueField, Words.of(Messages.class, Messages::error_due_too_far));
        }
        if (!Boolean.TRUE.equals(customerAgreed)) {
            errors.add("customerAgreed", PromiseText.said(PromiseMessages::error_customer_agreed));
        }
        errors.throwIfAny();
        Promise old = lockOpen(id);
        old.customerAgreed = true;
        close(old, PromiseState.RENEGOTIATED, null);
        Promise renewed = new Promise();
        renewed.siteId = old.siteId;
        renewed.sourceKind = old.sourceKind;
        renewed.sourceId = old.sourceId;
        renewed.what = old.what;
        renewed.residentId = old.residentId;
        renewed.unitId = old.unitId;
        renewed.customerName = old.customerName;
        renewed.customerPhone = old.customerPhone;
        renewed.dueAt = newDueAt;
        renewed.onTimeBy = calendars.onTimeBy(renewed.siteId, newDueAt);
        renewed.owner = old.owner;
        renewed.createdAt = clock.instant();
        renewed.renegotiatedFrom = old.id;
        renewed.persist();
        return renewed;
    }

    /** A promise of the caller's sites, locked for a change, and still open (else 409). */
    private Promise lockOpen(Long id) {
        Promise promise = id == null ? null
                : Promise.<Promise>find("id", id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (promise == null) {
            throw new NotFoundException();
        }
        if (promise.state != PromiseState.OPEN) {
            throw new Conflict(PromiseText.said(t -> t.conflict_closed(t.state(promise.state))));
        }
        return promise;
    }

    private void close(Promise promise, PromiseState state, String note) {
        promise.state = state;
        promise.closedAt = clock.instant();
        promise.closedBy = staff.username();
        promise.closeNote = note;
        // Its alerts have had their say: they leave the banners.
        notifications.clearInApp(alertKeyPrefix(promise.id));
    }

    /** Every alert of a promise has a key starting with this (see {@link PromiseAlerts}). */
    static String alertKeyPrefix(Long promiseId) {
        return "promise:" + promiseId + ":";
    }
}
