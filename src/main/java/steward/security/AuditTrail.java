package steward.security;

import steward.web.StoredText;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.promise.SiteTimes;
import steward.web.Enums;
import steward.web.Messages;
import steward.web.Words;
import steward.web.TypedDates;

/** Writes the audit trail inside the caller's transaction: no view without its record. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(AuditAction action, Long siteId, Long residentId, String reason) {
        AuditEvent event = event(staff.username(), action, siteId);
        event.residentId = residentId;
        event.reason = reason;
        event.persist();
        return event;
    }

    /**
     * A change a user made to a site, a building, a unit or a resident: what changed, as the detail (the fields
     * with their values before and after, phones masked; see steward.resident.Changes).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordChange(AuditAction action, Long siteId, Long residentId, String detail) {
        AuditEvent event = event(staff.username(), action, siteId);
        event.residentId = residentId;
        event.detail = detail;
        event.persist();
        return event;
    }

    /** The names of the residents the events are about (of the caller's sites), by id. */
    public java.util.Map<Long, String> residentNames(List<AuditEvent> events) {
        List<Long> ids = events.stream().map(e -> e.residentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        steward.resident.Resident.<steward.resident.Resident>list("id in ?1", ids)
                .forEach(r -> names.put(r.id, r.name));
        return names;
    }

    /**
     * A change to a staff account, by the signed-in user: {@code detail} names the account and what changed, as
     * data ({@code account=desk-2 roles=desk→desk,service}), on the site given (one of the account's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordAccount(AuditAction action, Long siteId, String account, String changes) {
        AuditEvent event = event(staff.username(), action, siteId);
        event.detail = "account=" + account + (changes == null || changes.isEmpty() ? "" : " " + changes);
        event.persist();
        return event;
    }

    /** An event of a scheduled job, which acts for no signed-in user: the actor is {@code job:NAME}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordJob(String job, AuditAction action, Long siteId, String reason, StoredText detail) {
        AuditEvent event = event("job:" + job, action, siteId);
        event.reason = reason;
        event.detailText = detail;
        event.persist();
        return event;
    }

    /**
     * An event of a sign-in, which happens before anyone is signed in: the actor is the username typed, the
     * site the account's own (none for a username no account has).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordSignIn(String username, AuditAction action, Long siteId, StoredText detail) {
        AuditEvent event = event(username, action, siteId);
        event.detailText = detail;
        event.persist();
        return event;
    }

    /** An event now, by the actor, on the site; each kind of event adds what it is about. */
    private AuditEvent event(String actor, AuditAction action, Long siteId) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.siteId = siteId;
        event.action = action.name();
        return event;
    }

    /**
     * What the audit browser asks for: events by one actor, about one resident, of one action, within
     * [from, to) (instants of the site's days); any of them may be absent.
     */
    public record Filter(String actor, Long residentId, AuditAction action, java.time.Instant from,
            java.time.Instant to) {
    }

    /**
     * The audit browser's filter as typed: dates (the site's days, both included) as 2026-11-27, the resident
     * by number, the action by name. Refused fields are named, all at once.
     */
    public Filter parseFilter(String actor, String residentId, String action, String from, String to) {
        steward.web.InvalidInput.Collector errors = new steward.web.InvalidInput.Collector();
        Long resident = null;
        if (residentId != null && !residentId.isBlank()) {
            try {
                resident = Long.valueOf(residentId.strip());
            } catch (NumberFormatException e) {
                errors.add("residentId", Words.of(Messages.class, Messages::error_number));
            }
        }
        AuditAction chosen = Enums.optional(AuditAction.class, action, null, "action",
                Words.of(Messages.class, Messages::error_choice), errors);
        java.time.Instant start = day(from, "from", errors, 0);
        java.time.Instant end = day(to, "to", errors, 1);
        errors.throwIfAny();
        return new Filter(actor == null || actor.isBlank() ? null : actor.strip(), resident, chosen, start, end);
    }

    private java.time.Instant day(String typed, String field, steward.web.InvalidInput.Collector errors, int plusDays) {
        java.time.LocalDate day = TypedDates.day(typed, field, errors);
        return day == null ? null : day.plusDays(plusDays).atStartOfDay(SiteTimes.zoneOf(staff.currentSiteId())).toInstant();
    }

    /** The events of the caller's sites meeting the filter, newest first. */
    public List<AuditEvent> search(Filter filter, int limit) {
        // The sites are the request's (SiteScope): only the browser's own conditions are named.
        List<String> conditions = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.residentId() != null) {
            conditions.add("residentId = :resident");
            params.put("resident", filter.residentId());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            params.put("to", filter.to());
        }
        String query = String.join(" and ", conditions) + " order by occurredAt desc, id desc";
        return AuditEvent.<AuditEvent>find(query, params).page(0, limit)
                .list();
    }
}
