package steward.arrears;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.notify.NotificationService;
import steward.resident.Site;

/**
 * Evaluates the collection rules of every site, set-based: one statement recomputes the site's arrears from the
 * ledger, one closes the cases paid since, and one INSERT … SELECT per rule decides that rule's step for every
 * unit at once, then one each for the messages that follow a call (the appointment's reminder, the SMS after two
 * calls that did not reach). The database makes each step exactly once per (unit, rule, period) and holds the
 * monthly cap (unique (unit, month, slot)), however many replicas run it; {@link ReminderOutbox} then carries out
 * what was decided (a case with its call task, a message through the outbox, the written demand's task).
 *
 * <p>In the seed's order (phone first) a message to the resident is decided only for a unit whose open case has
 * a call on record: automated messages follow the call, never precede it. The written demand, in either order,
 * only after a call.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    /** The business keys of the staff's tasks: {@code arrears-call:<unit>:<period>:<step>:<username>}. */
    public static final String CALL_TASK_PREFIX = "arrears-call:";

    /** The rule codes a site starts with in the seed's order (steward.arrears.* gives their days). */
    static final String FIRST_CALL = "FIRST_CALL";
    static final String STATEMENT = "STATEMENT";
    static final String WRITTEN_DEMAND = "WRITTEN_DEMAND";
    /** The rule codes a site starts with when messages come first. */
    static final String FIRST_SMS = "FIRST_SMS";
    static final String SMS_AND_EMAIL = "SMS_AND_EMAIL";
    static final String STAFF_CALL = "STAFF_CALL";

    /** What a unit's open case has on record: at least one call. */
    private static final String CALLED = """
            exists (select 1 from collection_case c join collection_contact k on k.case_id = c.id
                     where c.unit_id = a.unit_id and c.state = 'OPEN' and k.kind = 'PHONE')""";

    /** The slots of the month's cap each unit has used (SITE and MONTH: the query's parameters). */
    private static final String SLOTS_USED = """
            left join (select r.unit_id, max(r.slot) as used from arrears_reminder r
                        where r.site_id = SITE and r.month = MONTH and r.slot is not null
                        group by r.unit_id) m on m.unit_id = a.unit_id""";

    /** Messages to residents: a unit takes the next free slot of the month, up to the cap. */
    private static final String RESIDENT_RULE = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, ?2, ?3, to_char(a.oldest_due, 'YYYY-MM'), ?4, coalesce(m.used, 0) + 1,
                   a.overdue, a.days_overdue, ?5
              from unit_arrears a
              SLOTS_USED
             where a.site_id = ?1 and a.days_overdue >= ?6 and a.days_overdue < ?7 and coalesce(m.used, 0) < ?8
               and not exists (select 1 from collection_case c
                                where c.unit_id = a.unit_id and c.state = 'OPEN' and c.held_at is not null)
               AFTER_A_CALL
            on conflict do nothing
            """.replace("SLOTS_USED", SLOTS_USED.replace("SITE", "?1").replace("MONTH", "?4"));

    /** Steps for staff (a case to call, the written demand): not messages to the resident, so outside the cap. */
    private static final String STAFF_RULE = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, ?2, ?3, to_char(a.oldest_due, 'YYYY-MM'), ?4, null, a.overdue,
                   a.days_overdue, ?5
              from unit_arrears a
             where a.site_id = ?1 and a.days_overdue >= ?6 and a.days_overdue < ?7
               and not exists (select 1 from collection_case c
                                where c.unit_id = a.unit_id and c.state = 'OPEN' and c.held_at is not null)
               AFTER_A_CALL
            on conflict do nothing
            """;

    /**
     * The SMS with the amounts when two call attempts did not reach the resident (and nothing else did): once per
     * unit and period, in the cap.
     */
    private static final String UNREACHED_SMS = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, 'UNREACHED', 'SMS', to_char(a.oldest_due, 'YYYY-MM'), :month,
                   coalesce(m.used, 0) + 1, a.overdue, a.days_overdue, :now
              from unit_arrears a
              join collection_case c on c.unit_id = a.unit_id and c.state = 'OPEN' and c.held_at is null
              SLOTS_USED
             where a.site_id = :site and coalesce(m.used, 0) < :cap
               and (select count(*) from collection_contact k
                     where k.case_id = c.id and k.kind = 'PHONE' and k.outcome = 'NOT_REACHED') >= 2
               and not exists (select 1 from collection_contact k where k.case_id = c.id and k.outcome <> 'NOT_REACHED')
            on conflict do nothing
            """.replace("SLOTS_USED", SLOTS_USED.replace("SITE", ":site").replace("MONTH", ":month"));

    /** The reminder of an appointment agreed on a call, the day before it (its promise still open): in the cap. */
    private static final String APPOINTMENT_REMINDER = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, 'APPT_' || k.id, 'APPOINTMENT_REMINDER', to_char(a.oldest_due, 'YYYY-MM'),
                   :month, coalesce(m.used, 0) + 1, a.overdue, a.days_overdue, :now
              from collection_contact k
              join collection_case c on c.id = k.case_id and c.state = 'OPEN' and c.held_at is null
              join unit_arrears a on a.unit_id = c.unit_id
              join promise p on p.id = k.promise_id and p.state = 'OPEN'
              SLOTS_USED
             where k.site_id = :site and k.outcome = 'APPOINTMENT_AGREED' and k.appointment_at >= :from
               and k.appointment_at < :until and coalesce(m.used, 0) < :cap
            on conflict do nothing
            """.replace("SLOTS_USED", SLOTS_USED.replace("SITE", ":site").replace("MONTH", ":month"));

    @Inject
    ArrearsConfig config;

    @Inject
    Clock clock;

    @Inject
    ArrearsLedger ledger;

    @Inject
    NotificationService notifications;

    /** What one evaluation of a site did. */
    public record Run(Long siteId, boolean skipped, int unitsInArrears, int casesClosed, int reminders) {
    }

    /** Evaluates every open site, each in its own transaction (nobody works in a closed one). */
    public List<Run> evaluateAll() {
        List<Long> siteIds = QuarkusTransaction.requiringNew()
                .call(() -> Site.<Site>list("closedAt is null").stream().map(s -> s.id).toList());
        return siteIds.stream()
                .map(id -> QuarkusTransaction.requiringNew().timeout(600).call(() -> evaluate(id))).toList();
    }

    /**
     * Evaluates one site. Another replica already evaluating it makes this run skip the site (the result would be
     * the same); the constraints keep each step exactly once either way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Run evaluate(Long siteId) {
        var em = Panache.getEntityManager();
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('arrears'), ?1)")
                .setParameter(1, siteId.intValue()).getSingleResult();
        if (!mine) {
            return new Run(siteId, true, 0, 0, 0);
        }
        Site site = Site.findById(siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        String month = YearMonth.from(today).toString();
        ArrearsPolicy policy = policyOf(siteId);
        List<ArrearsRule> rules = rulesOf(siteId);

        int inArrears = ledger.refreshSite(siteId, today, now);
        int closed = closePaidCases(siteId, now);
        int decided = 0;
        for (ArrearsRule rule : rules) {
            if (!rule.enabled) {
                continue;
            }
            boolean toResident = rule.action.toResident();
            boolean afterACall = rule.action.step == ArrearsRule.Step.DEMAND
                    || toResident && policy.callOrder == ArrearsPolicy.CallOrder.PHONE_FIRST;
            String sql = (toResident ? RESIDENT_RULE : STAFF_RULE).replace("AFTER_A_CALL",
                    afterACall ? "and " + CALLED : "");
            var insert = em.createNativeQuery(sql)
                    .setParameter(1, siteId).setParameter(2, rule.code).setParameter(3, rule.action.name())
                    .setParameter(4, month).setParameter(5, now).setParameter(6, rule.daysOverdue)
                    .setParameter(7, until(rule, rules));
            if (toResident) {
                insert.setParameter(8, site.settings.arrearsMonthlyCap);
            }
            decided += insert.executeUpdate();
        }
        if (policy.callOrder == ArrearsPolicy.CallOrder.PHONE_FIRST) {
            decided += em.createNativeQuery(UNREACHED_SMS).setParameter("site", siteId).setParameter("month", month)
                    .setParameter("now", now).setParameter("cap", site.settings.arrearsMonthlyCap).executeUpdate();
        }
        LocalDate tomorrow = today.plusDays(1);
        decided += em.createNativeQuery(APPOINTMENT_REMINDER).setParameter("site", siteId)
                .setParameter("month", month).setParameter("now", now)
                .setParameter("from", tomorrow.atStartOfDay(site.zone()).toInstant())
                .setParameter("until", tomorrow.plusDays(1).atStartOfDay(site.zone()).toInstant())
                .setParameter("cap", site.settings.arrearsMonthlyCap).executeUpdate();
        if (decided > 0 || closed > 0) {
            LOG.infof("Arrears of site %s: %d units in arrears, %d cases paid and closed, %d steps decided",
                    site.code, inArrears, closed, decided);
        }
        return new Run(siteId, false, inArrears, closed, decided);
    }

    /**
     * A rule applies from its day until the next rule of the same step takes over: a unit found 40 days overdue
     * the first time gets the 30-day reminder, not the 15-day one as well.
     */
    private static int until(ArrearsRule rule, List<ArrearsRule> rules) {
        return rules.stream()
                .filter(r -> r.enabled && r.action.step == rule.action.step && r.daysOverdue > rule.daysOverdue)
                .mapToInt(r -> r.daysOverdue).min().orElse(Integer.MAX_VALUE);
    }

    /** The cases whose unit no longer owes anything overdue (paid, credited) are closed as paid. */
    private int closePaidCases(Long siteId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> units = Panache.getEntityManager().createNativeQuery("""
                update collection_case c set state = 'CLOSED', closed_at = ?2, close_reason = 'PAID',
                       version = c.version + 1
                 where c.site_id = ?1 and c.state = 'OPEN'
                   and not exists (select 1 from unit_arrears a where a.unit_id = c.unit_id)
                returning c.unit_id""").setParameter(1, siteId).setParameter(2, now).getResultList();
        units.forEach(unit -> notifications.clearInApp(CALL_TASK_PREFIX + unit.longValue() + ":"));
        return units.size();
    }

    /** How the site collects; a site evaluated for the first time starts with the configured order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArrearsPolicy policyOf(Long siteId) {
        ArrearsPolicy policy = ArrearsPolicy.findById(siteId);
        if (policy == null) {
            Panache.getEntityManager().createNativeQuery("""
                    insert into arrears_policy (site_id, call_order) values (?1, ?2) on conflict do nothing""")
                    .setParameter(1, siteId).setParameter(2, config.order().name()).executeUpdate();
            policy = ArrearsPolicy.findById(siteId);
        }
        return policy;
    }

    /** The site's rules by day; a site without rules starts with those of its order, on the configured days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ArrearsRule> rulesOf(Long siteId) {
        if (ArrearsRule.count("siteId", siteId) == 0) {
            usePreset(siteId, policyOf(siteId).callOrder);
        }
        return ArrearsRule.<ArrearsRule>list("siteId", siteId).stream()
                .sorted(Comparator.comparingInt((ArrearsRule r) -> r.daysOverdue).thenComparing(r -> r.code))
                .toList();
    }

    /**
     * The rules an order starts with, on the configured days, in use; every other rule of the site is taken out
     * of use (kept, as reminders already decided name it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void usePreset(Long siteId, ArrearsPolicy.CallOrder order) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("update arrears_rule set enabled = false where site_id = ?1").setParameter(1, siteId)
                .executeUpdate();
        List<Object[]> preset = order == ArrearsPolicy.CallOrder.PHONE_FIRST
                ? List.of(new Object[] { FIRST_CALL, config.firstCallDays(), ArrearsRule.Action.STAFF_CALL },
                        new Object[] { STATEMENT, config.statementDays(), ArrearsRule.Action.STATEMENT_EMAIL },
                        new Object[] { WRITTEN_DEMAND, config.demandDays(), ArrearsRule.Action.WRITTEN_DEMAND })
                : List.of(new Object[] { FIRST_SMS, config.smsDays(), ArrearsRule.Action.SMS },
                        new Object[] { SMS_AND_EMAIL, config.smsAndEmailDays(), ArrearsRule.Action.SMS_AND_EMAIL },
                        new Object[] { STAFF_CALL, config.staffCallDays(), ArrearsRule.Action.STAFF_CALL },
                        new Object[] { WRITTEN_DEMAND, config.demandDays(), ArrearsRule.Action.WRITTEN_DEMAND });
        for (Object[] rule : preset) {
            em.createNativeQuery("""
                    insert into arrears_rule (site_id, code, days_overdue, action, enabled) values (?1, ?2, ?3, ?4, true)
                    on conflict (site_id, code) do update
                       set days_overdue = excluded.days_overdue, action = excluded.action, enabled = true""")
                    .setParameter(1, siteId).setParameter(2, rule[0]).setParameter(3, rule[1])
                    .setParameter(4, ((ArrearsRule.Action) rule[2]).name()).executeUpdate();
        }
        // Rules this transaction had already read are read again: the statements above went around them.
        ArrearsRule.<ArrearsRule>list("siteId", siteId).forEach(em::refresh);
    }
}
