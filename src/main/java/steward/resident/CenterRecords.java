package steward.resident;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.security.Roles;
import steward.security.StaffContext;

/**
 * Everything the center has with a resident or a unit, for their file: open complaints and promises with their
 * due times, mail waiting, the amount due and any collection case, cards, visits, calls, inquiries and proxies,
 * newest first, each with the page of its record where the reader's role may open it. Two statements whatever the
 * history: one for the records, one for the accounts of the units.
 */
@ApplicationScoped
public class CenterRecords {

    /** The newest records shown beside everything still open. */
    static final int HISTORY = 60;

    /**
     * Every kind of record in one list, for the residents, the units, by unit (else by resident), in the site. By
     * resident, a record counts when it names the resident (and mail when addressed to their unit too); by unit, when
     * it names the unit (and mail and proxies of the unit's residents).
     */
    static final String RECORDS = """
            with a as (select cast(? as bigint[]) residents, cast(? as bigint[]) units, cast(? as boolean) by_unit,
                              cast(? as bigint) site)
            select r.*, u.label from (
              select 'COMPLAINT' kind, c.id, c.received_at at, c.state, c.category detail, left(c.description, 120) text,
                     null::timestamptz due_at, c.unit_id, null::text source_kind, null::bigint source_id,
                     c.state <> 'RESOLVED' open
                from complaint c, a
               where c.site_id = a.site and ((not a.by_unit and c.resident_id = any(a.residents))
                     or (a.by_unit and c.unit_id = any(a.units)))
              union all
              select 'PROMISE', p.id, p.created_at, p.state, null, p.what, p.due_at, p.unit_id, p.source_kind,
                     p.source_id, p.state = 'OPEN'
                from promise p, a
               where p.site_id = a.site and ((not a.by_unit and p.resident_id = any(a.residents))
                     or (a.by_unit and p.unit_id = any(a.units)))
              union all
              select 'MAIL', i.id, i.received_at, i.status, i.kind, i.sender, null, i.unit_id, null, null,
                     i.status in ('WAITING', 'LOCKED', 'RETURN_DUE')
                from mail_item i, a
               where i.site_id = a.site and (i.recipient_resident_id = any(a.residents)
                     or (i.unit_id = any(a.units) and (a.by_unit or i.recipient_resident_id is null)))
              union all
              select 'CARD', c.id, c.issued_at, c.status, c.kind, c.card_number, null, c.unit_id, null, null,
                     c.status = 'ACTIVE'
                from card c, a
               where c.site_id = a.site and ((not a.by_unit and c.resident_id = any(a.residents))
                     or (a.by_unit and c.unit_id = any(a.units)))
              union all
              select 'VISIT', v.id, v.registered_at, v.status, null, v.visitor_name, null, v.unit_id, null, null,
                     v.status in ('REGISTERED', 'CONFIRMED', 'ASKED_TO_WAIT')
                from visit v, a
               where v.site_id = a.site and ((not a.by_unit and v.host_resident_id = any(a.residents))
                     or (a.by_unit and v.unit_id = any(a.units)))
              union all
              select 'CALL', k.id, k.started_at, k.outcome, k.category, k.caller_name, null, k.unit_id, null, null,
                     false
                from phone_call k, a
               where k.site_id = a.site and ((not a.by_unit and k.resident_id = any(a.residents))
                     or (a.by_unit and k.unit_id = any(a.units)))
              union all
              select 'INQUIRY', q.id, q.recorded_at, q.outcome, null, q.question, null, q.unit_id, null, null, false
                from inquiry q, a
               where q.site_id = a.site and ((not a.by_unit and q.resident_id = any(a.residents))
                     or (a.by_unit and q.unit_id = any(a.units)))
              union all
              select 'PROXY', m.id, m.created_at, case when m.revoked_at is null then 'IN_FORCE' else 'REVOKED' end,
                     null, m.name, null, null, null, m.resident_id, m.revoked_at is null
                from mail_proxy m, a
               where m.site_id = a.site and m.resident_id = any(a.residents)
              union all
              select 'CASE', c.id, c.opened_at, c.state, null, null, null, c.unit_id, null, null, c.state = 'OPEN'
                from collection_case c, a
               where c.site_id = a.site and c.unit_id = any(a.units)
            ) r left join unit u on u.id = r.unit_id
            order by r.open desc, r.at desc, r.id desc
            limit ?
            """;

    /** The account of each unit: its balance (the ledger), what is overdue and for how long, any open case. */
    static final String ACCOUNTS = """
            select u.id, u.label,
                   coalesce((select sum(l.amount) from ledger_line l where l.unit_id = u.id), 0),
                   a.overdue, a.days_overdue,
                   (select c.id from collection_case c where c.unit_id = u.id and c.state = 'OPEN')
              from unit u left join unit_arrears a on a.unit_id = u.id
             where u.site_id = ? and u.id = any(?)
             order by u.label
            """;

    @Inject
    StaffContext staff;

    /** A resident's records, with the accounts of the units they live in. */
    public FileRecords ofResident(Site site, Long residentId, List<Long> currentUnits) {
        return records(site, List.of(residentId), currentUnits, false);
    }

    /** A unit's records, with its account; the mail and proxies of its current residents. */
    public FileRecords ofUnit(Site site, Long unitId, List<Long> currentResidents) {
        return records(site, currentResidents, List.of(unitId), true);
    }

    private FileRecords records(Site site, List<Long> residents, List<Long> units, boolean byUnit) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        return session.doReturningWork(connection -> {
            Array residentIds = connection.createArrayOf("bigint", residents.toArray());
            Array unitIds = connection.createArrayOf("bigint", units.toArray());
            List<UnitAccount> accounts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(ACCOUNTS)) {
                query.setLong(1, site.id);
                query.setArray(2, unitIds);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long unitId = rows.getLong(1);
                        Integer days = rows.getObject(5) == null ? null : rows.getInt(5);
                        Long caseId = rows.getObject(6) == null ? null : rows.getLong(6);
                        accounts.add(new UnitAccount(unitId, rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4),
                                days, caseId, site.currency));
                    }
                }
            }
            List<FileEntry> open = new ArrayList<>();
            List<FileEntry> history = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(RECORDS)) {
                query.setArray(1, residentIds);
                query.setArray(2, unitIds);
                query.setBoolean(3, byUnit);
                query.setLong(4, site.id);
                query.setInt(5, 500);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Long unitId = rows.getObject(8) == null ? null : rows.getLong(8);
                        boolean isOpen = rows.getBoolean(11);
                        if (!isOpen && history.size() >= HISTORY) {
                            continue;
                        }
                        FileEntry entry = new FileEntry(rows.getString(1), rows.getLong(2), instant(rows.getTimestamp(3)),
                                rows.getString(4), rows.getString(5), rows.getString(6), instant(rows.getTimestamp(7)),
                                unitId, rows.getString(12), isOpen,
                                link(rows.getString(1), rows.getLong(2), unitId, rows.getString(9),
                                        rows.getObject(10) == null ? null : rows.getLong(10)));
                        (isOpen ? open : history).add(entry);
                    }
                }
            }
            return new FileRecords(accounts, open, history);
        });
    }

    /** The page of a record, where the reader's role may open one; null otherwise (calls have no page of their own). */
    private String link(String kind, Long id, Long unitId, String sourceKind, Long sourceId) {
        return switch (kind) {
            case "COMPLAINT" -> may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN) ? "/complaints/" + id : null;
            case "PROMISE" -> promiseLink(id, sourceKind, sourceId);
            case "MAIL" -> may(Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN)
                    ? "/mailroom/items/" + id : null;
            case "CARD" -> may(Roles.CASHIER, Roles.SUPERVISOR) && unitId != null ? "/cashier/units/" + unitId : null;
            case "VISIT" -> may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR) ? "/desk/visits/" + id : null;
            case "INQUIRY" -> may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR) ? "/inquiries/log" : null;
            case "PROXY" -> may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR) ? "/mailroom/proxies?residentId=" + sourceId
                    : null;
            case "CASE" -> may(Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR) ? "/arrears/cases/" + id : null;
            default -> null;
        };
    }

    private String promiseLink(Long id, String sourceKind, Long sourceId) {
        if ("COMPLAINT".equals(sourceKind) && sourceId != null && may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR,
                Roles.ADMIN)) {
            return "/complaints/" + sourceId;
        }
        if ("COLLECTION".equals(sourceKind) && sourceId != null && may(Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR)) {
            return "/arrears/cases/" + sourceId;
        }
        return may(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN) ? "/promises#promise-" + id : null;
    }

    private boolean may(String... roles) {
        for (String role : roles) {
            if (staff.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
