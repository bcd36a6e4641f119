package steward.security;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes the audit trail inside the caller's transaction: no view without its record. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(AuditAction action, Long siteId, Long residentId, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = staff.username();
        event.siteId = siteId;
        event.residentId = residentId;
        event.action = action.name();
        event.reason = reason;
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
        steward.resident.Resident.<steward.resident.Resident>list("id in ?1 and siteId in ?2", ids, staff.siteIds())
                .forEach(r -> names.put(r.id, r.name));
        return names;
    }

    /** An event of a scheduled job, which acts for no signed-in user: the actor is {@code job:NAME}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordJob(String job, AuditAction action, Long siteId, String reason, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = "job:" + job;
        event.siteId = siteId;
        event.action = action.name();
        event.reason = reason;
        event.detail = detail;
        event.persist();
        return event;
    }

    /**
     * An event of a sign-in, which happens before anyone is signed in: the actor is the username typed, the
     * site the account's own (none for a username no account has).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordSignIn(String username, AuditAction action, Long siteId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = username;
        event.siteId = siteId;
        event.action = action.name();
        event.detail = detail;
        event.persist();
        return event;
    }

    /** The latest events of the caller's sites, newest first, optionally for one resident. */
    public List<AuditEvent> recent(Long residentId, int limit) {
        if (residentId != null) {
            return AuditEvent.find("siteId in ?1 and residentId = ?2 order by occurredAt desc, id desc",
                    staff.siteIds(), residentId).page(0, limit).list();
        }
        return AuditEvent.find("siteId in ?1 order by occurredAt desc, id desc", staff.siteIds())
                .page(0, limit).list();
    }
}
