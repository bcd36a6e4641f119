package steward.promise;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.UiContext;

/** Makes promises. Every capability that promises something to a customer records it here, and only here. */
@ApplicationScoped
public class PromiseService {

    public static final int MAX_WHAT_LENGTH = 1000;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    Clock clock;

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
        promise.owner = staff.username();
        promise.createdAt = clock.instant();
        promise.persist();
        return promise;
    }

    /** Adds the errors of a promise request to a form's other errors, for callers that validate a whole form. */
    public void validate(Request request, String whatField, String dueField, InvalidInput.Collector errors) {
        var msg = ui.messages();
        String what = request.what() == null ? "" : request.what().strip();
        if (what.isEmpty()) {
            errors.add(whatField, msg.error_required());
        } else if (what.length() > MAX_WHAT_LENGTH) {
            errors.add(whatField, msg.error_too_long(MAX_WHAT_LENGTH));
        }
        if (request.dueAt() == null) {
            errors.add(dueField, msg.error_required());
        } else if (!request.dueAt().isAfter(clock.instant())) {
            errors.add(dueField, msg.error_due_in_past());
        }
    }
}
