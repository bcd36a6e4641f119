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
 * Evaluates the reminder rules of every site, set-based: one statement recomputes the site's arrears from the
 * ledger, one closes the cases paid since, and one INSERT … SELECT per rule decides that rule's reminders for
 * every unit at once. The database makes each reminder exactly once per (unit, rule, period) and holds the
 * monthly cap (unique (unit, month, slot)), however many replicas run it; {@link ReminderOutbox} then hands the
 * decided reminders to the notification outbox.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    /** The business keys of the staff's call tasks: {@code arrears-call:<unit>:<period>:<username>}. */
    public static final String CALL_TASK_PREFIX = "arrears-call:";

    /** The rule codes a site starts with (steward.arrears.* gives their days). */
    static final String FIRST_SMS = "FIRST_SMS";
    static final String SMS_AND_EMAIL = "SMS_AND_EMAIL";
    static final String STAFF_CALL = "STAFF_CALL";

    /** Reminders to residents: a unit takes the next free slot of the month, up to the cap. */
    private static final String RESIDENT_RULE = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, ?2, ?3, to_char(a.oldest_due, 'YYYY-MM'), ?4, coalesce(m.used, 0) + 1,
                   a.overdue, a.days_overdue, ?5
              from unit_arrears a
              left join (select r.unit_id, max(r.slot) as used from arrears_reminder r
                          where r.site_id = ?1 and r.month = ?4 and r.slot is not null
                          group by r.unit_id) m on m.unit_id = a.unit_id
             where a.site_id = ?1 and a.days_overdue >= ?6 and a.days_overdue < ?7 and coalesce(m.used, 0) < ?8
               and not exists (select 1 from collection_case c
                                where c.unit_id = a.unit_id and c.state = 'OPEN' and c.held_at is not null)
            on conflict do nothing
            """;

    /** Tasks for staff to call: not reminders to the resident, so outside the monthly cap. */
    private static final String STAFF_RULE = """
            insert into arrears_reminder (site_id, unit_id, rule_code, action, period, month, slot, overdue,
                                          days_overdue, created_at)
            select a.site_id, a.unit_id, ?2, ?3, to_char(a.oldest_due, 'YYYY-MM'), ?4, null, a.overdue,
                   a.days_overdue, ?5
              from unit_arrears a
             where a.site_id = ?1 and a.days_overdue >= ?6 and a.days_overdue < ?7
               and not exists (select 1 from collection_case c
                                where c.unit_id = a.unit_id and c.state = 'OPEN' and c.held_at is not null)
            on conflict do nothing
            """;

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
     * the same); the constraints keep the reminders exactly once either way.
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
        List<ArrearsRule> rules = rulesOf(siteId);

        int inArrears = ledger.refreshSite(siteId, today, now);
        int closed = closePaidCases(siteId, now);
        int decided = 0;
        for (ArrearsRule rule : rules) {
            if (!rule.enabled) {
                continue;
            }
            boolean toResident = rule.action.toResident();
            var insert = em.createNativeQuery(toResident ? RESIDENT_RULE : STAFF_RULE)
                    .setParameter(1, siteId).setParameter(2, rule.code).setParameter(3, rule.action.name())
                    .setParameter(4, month).setParameter(5, now).setParameter(6, rule.daysOverdue)
                    .setParameter(7, until(rule, rules));
            if (toResident) {
                insert.setParameter(8, site.settings.arrearsMonthlyCap);
            }
            decided += insert.executeUpdate();
        }
        if (decided > 0 || closed > 0) {
            LOG.infof("Arrears of site %s: %d units in arrears, %d cases paid and closed, %d reminders decided",
                    site.code, inArrears, closed, decided);
        }
        return new Run(siteId, false, inArrears, closed, decided);
    }

    /**
     * A rule applies from its day until the next rule of the same kind takes over: a unit found 40 days overdue
     * the first time gets the 30-day reminder, not the 15-day one as well.
     */
    private static int until(ArrearsRule rule, List<ArrearsRule> rules) {
        return rules.stream()
                .filter(r -> r.enabled && r.action.toResident() == rule.action.toResident()
                        && r.daysOverdue > rule.daysOverdue)
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

    /** The site's rules by day; a site without rules starts with the configured defaults. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ArrearsRule> rulesOf(Long siteId) {
        if (ArrearsRule.count("siteId", siteId) == 0) {
            Panache.getEntityManager().createNativeQuery("""
                    insert into arrears_rule (site_id, code, days_overdue, action)
                    values (?1, ?2, ?3, 'SMS'), (?1, ?4, ?5, 'SMS_AND_EMAIL'), (?1, ?6, ?7, 'STAFF_CALL')
                    on conflict (site_id, code) do nothing""").setParameter(1, siteId)
                    .setParameter(2, FIRST_SMS).setParameter(3, config.smsDays())
                    .setParameter(4, SMS_AND_EMAIL).setParameter(5, config.smsAndEmailDays())
                    .setParameter(6, STAFF_CALL).setParameter(7, config.staffCallDays()).executeUpdate();
        }
        return ArrearsRule.<ArrearsRule>list("siteId", siteId).stream()
                .sorted(Comparator.comparingInt((ArrearsRule r) -> r.daysOverdue).thenComparing(r -> r.code))
                .toList();
    }
}
