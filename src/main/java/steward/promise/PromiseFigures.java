package steward.promise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.security.StaffContext;

/**
 * The supervisor's figures of the ledger, per staff member and overall, for the user's current site: promises
 * due today, overdue, and kept on time this month and last month.
 *
 * <p>Kept on time counts the promises due in the month whose outcome is known (closed, or past due): those
 * kept by their due time, or renegotiated with the customer's agreement before it. Where the site counts working
 * time, a promise due outside working hours is on time until the first working minute after it
 * ({@link Promise#onTimeBy}). A renegotiated promise's
 * successor counts on its own, in the month it is due.
 */
@ApplicationScoped
public class PromiseFigures {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffContext staff;

    /** On-time figures of one period: on time out of due. */
    public record Rate(long onTime, long due) {
        /** Whole percent, or -1 when nothing was due. */
        public long percent() {
            return due == 0 ? -1 : Math.round(100.0 * onTime / due);
        }

        Rate plus(Rate other) {
            return new Rate(onTime + other.onTime, due + other.due);
        }
    }

    public record Row(String owner, String displayName, long dueToday, long overdue, Rate thisMonth,
            Rate lastMonth) {

        Row plus(Row other) {
            return new Row(owner, displayName, dueToday + other.dueToday, overdue + other.overdue,
                    thisMonth.plus(other.thisMonth), lastMonth.plus(other.lastMonth));
        }
    }

    public record Figures(YearMonth thisMonth, YearMonth lastMonth, List<Row> staff, Row overall) {
    }

    public Figures forCurrentSite() {
        Long siteId = staff.currentSiteId();
        return of(siteId, SiteTimes.zoneOf(siteId), clock.instant());
    }

    Figures of(Long siteId, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.owner, coalesce(min(a.display_name), p.owner),
                  count(*) filter (where p.state = 'OPEN' and p.due_at >= :today and p.due_at < :tomorrow),
                  count(*) filter (where p.state = 'OPEN' and p.due_at <= :now),
                  count(*) filter (where p.due_at >= :thisMonth and p.due_at < :nextMonth and on_time),
                  count(*) filter (where p.due_at >= :thisMonth and p.due_at < :nextMonth and decided),
                  count(*) filter (where p.due_at >= :lastMonth and p.due_at < :thisMonth and on_time),
                  count(*) filter (where p.due_at >= :lastMonth and p.due_at < :thisMonth and decided)
                from (select q.*,
                        (q.state = 'KEPT' or q.state = 'RENEGOTIATED' and q.customer_agreed)
                          and q.closed_at <= coalesce(q.on_time_by, q.due_at) as on_time,
                        (q.state <> 'OPEN' or coalesce(q.on_time_by, q.due_at) <= :now) as decided
                      from promise q where q.site_id = :site) p
                left join account a on a.username = p.owner
                group by p.owner
                order by p.owner""")
                .setParameter("site", siteId).setParameter("now", now)
                .setParameter("today", today.atStartOfDay(zone).toInstant())
                .setParameter("tomorrow", today.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("thisMonth", thisMonth.atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("nextMonth", thisMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                .setParameter("lastMonth", lastMonth.atDay(1).atStartOfDay(zone).toInstant())
                .getResultList();
        List<Row> perStaff = new ArrayList<>();
        Row overall = new Row("", "", 0, 0, new Rate(0, 0), new Rate(0, 0));
        for (Object[] r : rows) {
            Row row = new Row((String) r[0], (String) r[1], number(r[2]), number(r[3]),
                    new Rate(number(r[4]), number(r[5])), new Rate(number(r[6]), number(r[7])));
            perStaff.add(row);
            overall = overall.plus(row);
        }
        return new Figures(thisMonth, lastMonth, perStaff, overall);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
