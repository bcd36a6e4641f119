package steward.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import steward.billing.FeeItem;

/**
 * What units owe past due, derived from the cashier's ledger in SQL, with the same rule as the cashier's
 * statement ({@code steward.billing.AccountService}): a charge is due for its amount less what payments that
 * stand allocated to it, less the account's unapplied credit taken by the oldest charges first. A charge is
 * overdue from the day after its due date. Set-based: one statement for a whole site, no query per unit.
 */
@ApplicationScoped
public class ArrearsLedger {

    /** Overdue figures of one unit: the total, by age, the oldest due date still unpaid and its age in days. */
    public record Figures(Long unitId, BigDecimal overdue, BigDecimal due1to30, BigDecimal due31to90,
            BigDecimal due91to180, BigDecimal dueOver180, LocalDate oldestDue, int daysOverdue) {

        public static Figures none(Long unitId) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new Figures(unitId, zero, zero, zero, zero, zero, null, 0);
        }

        public boolean inArrears() {
            return overdue.signum() > 0;
        }

        /** The month of the oldest overdue charge: the period of the reminders about this debt. */
        public String period() {
            return oldestDue == null ? null : oldestDue.toString().substring(0, 7);
        }
    }

    /**
     * What is due on each charge past its due date. ?1 the site, ?2 today in the site's zone; {@code UNIT_FILTER}
     * narrows it to one unit (?3) or to none.
     */
    private static final String DUE = """
            with balance as (
                select l.unit_id, sum(l.amount) as balance
                  from ledger_line l
                 where l.site_id = ?1 UNIT_FILTER
                 group by l.unit_id
                having sum(l.amount) > 0
            ), paid as (
                select a.charge_line_id, sum(a.amount) as paid
                  from allocation a join payment p on p.id = a.payment_id and p.status = 'POSTED'
                 where a.site_id = ?1 and p.unit_id in (select unit_id from balance)
                 group by a.charge_line_id
            ), charge as (
                select l.unit_id, l.id, l.item, l.period, l.due_date, l.amount - coalesce(paid.paid, 0) as open
                  from ledger_line l
                  join balance b on b.unit_id = l.unit_id
                  left join paid on paid.charge_line_id = l.id
                 where l.site_id = ?1 and l.kind = 'CHARGE'
            ), running as (
                select c.unit_id, c.id, c.item, c.period, c.due_date, c.open,
                       sum(c.open) over (partition by c.unit_id order by c.due_date nulls last, c.id) as upto,
                       sum(c.open) over (partition by c.unit_id) as total_open
                  from charge c
            ), due as (
                select r.unit_id, r.id, r.item, r.period, r.due_date,
                       greatest(0, least(r.open, r.upto - greatest(0, r.total_open - b.balance))) as due
                  from running r join balance b on b.unit_id = r.unit_id
                 where r.due_date < ?2
            )
            """;

    /** Per unit in arrears: overdue, the four age buckets, the oldest due date, the days overdue. */
    private static final String ARREARS = DUE + """
            select d.unit_id,
                   sum(d.due) as overdue,
                   coalesce(sum(d.due) filter (where ?2 - d.due_date <= 30), 0) as due_1_30,
                   coalesce(sum(d.due) filter (where ?2 - d.due_date between 31 and 90), 0) as due_31_90,
                   coalesce(sum(d.due) filter (where ?2 - d.due_date between 91 and 180), 0) as due_91_180,
                   coalesce(sum(d.due) filter (where ?2 - d.due_date > 180), 0) as due_over_180,
                   min(d.due_date) as oldest_due,
                   ?2 - min(d.due_date) as days_overdue
              from due d
             where d.due > 0
             group by d.unit_id
            """;

    /** The overdue charges of one unit, oldest first. */
    private static final String LINES = (DUE + """
            select d.id, d.item, d.period, d.due_date, d.due from due d where d.due > 0 order by d.due_date, d.id
            """).replace("UNIT_FILTER", "and l.unit_id = ?3");

    /** A charge overdue and what is still due on it. */
    public record OverdueLine(Long chargeId, FeeItem item, String period, LocalDate dueDate, BigDecimal due) {
    }

    private static final String SITE = ARREARS.replace("UNIT_FILTER", "");
    private static final String ONE_UNIT = ARREARS.replace("UNIT_FILTER", "and l.unit_id = ?3");

    /** The overdue figures of one unit now, from the ledger. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Figures of(Long siteId, Long unitId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(ONE_UNIT)
                .setParameter(1, siteId).setParameter(2, today).setParameter(3, unitId).getResultList();
        return rows.stream().findFirst().map(ArrearsLedger::figures).orElse(Figures.none(unitId));
    }

    /** The charges of one unit overdue now, oldest first: the lines of a reminder or a statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OverdueLine> linesOf(Long siteId, Long unitId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(LINES)
                .setParameter(1, siteId).setParameter(2, today).setParameter(3, unitId).getResultList();
        return rows.stream().map(r -> new OverdueLine(((Number) r[0]).longValue(), FeeItem.valueOf((String) r[1]),
                (String) r[2], toDate(r[3]), money(r[4]))).toList();
    }

    /**
     * Recomputes the arrears of a whole site into {@code unit_arrears} (what the arrears view and the reminder
     * rules read), and forgets units no longer in arrears. Returns the units in arrears.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refreshSite(Long siteId, LocalDate today, Instant now) {
        var em = Panache.getEntityManager();
        int inArrears = em.createNativeQuery("""
                insert into unit_arrears (unit_id, site_id, building_id, overdue, due_1_30, due_31_90, due_91_180,
                                          due_over_180, oldest_due, days_overdue, computed_at)
                select a.unit_id, ?1, u.building_id, a.overdue, a.due_1_30, a.due_31_90, a.due_91_180, a.due_over_180,
                       a.oldest_due, a.days_overdue, ?3
                  from (%s) a join unit u on u.id = a.unit_id
                on conflict (unit_id) do update set overdue = excluded.overdue, due_1_30 = excluded.due_1_30,
                       due_31_90 = excluded.due_31_90, due_91_180 = excluded.due_91_180,
                       due_over_180 = excluded.due_over_180, oldest_due = excluded.oldest_due,
                       days_overdue = excluded.days_overdue, computed_at = excluded.computed_at
                """.formatted(SITE)).setParameter(1, siteId).setParameter(2, today).setParameter(3, now)
                .executeUpdate();
        em.createNativeQuery("delete from unit_arrears where site_id = ?1 and computed_at < ?2")
                .setParameter(1, siteId).setParameter(2, now).executeUpdate();
        return inArrears;
    }

    /**
     * One unit's row of {@code unit_arrears} kept while it owes something overdue and forgotten otherwise, in one
     * statement (a payment's budget of statements counts it): ?1 the site, ?2 today, ?3 the unit, ?4 now.
     */
    private static final String REFRESH_UNIT = """
            with figures as (%s), kept as (
                insert into unit_arrears (unit_id, site_id, building_id, overdue, due_1_30, due_31_90, due_91_180,
                                          due_over_180, oldest_due, days_overdue, computed_at)
                select f.unit_id, u.site_id, u.building_id, f.overdue, f.due_1_30, f.due_31_90, f.due_91_180,
                       f.due_over_180, f.oldest_due, f.days_overdue, ?4
                  from figures f join unit u on u.id = f.unit_id
                on conflict (unit_id) do update set overdue = excluded.overdue, due_1_30 = excluded.due_1_30,
                       due_31_90 = excluded.due_31_90, due_91_180 = excluded.due_91_180,
                       due_over_180 = excluded.due_over_180, oldest_due = excluded.oldest_due,
                       days_overdue = excluded.days_overdue, computed_at = excluded.computed_at
            ), forgotten as (
                delete from unit_arrears where unit_id = ?3 and not exists (select 1 from figures)
            )
            select * from figures
            """.formatted(ONE_UNIT);

    /** Recomputes one unit's row of {@code unit_arrears} (after a payment); returns its figures. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Figures refreshUnit(Long siteId, Long unitId, LocalDate today, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(REFRESH_UNIT)
                .setParameter(1, siteId).setParameter(2, today).setParameter(3, unitId).setParameter(4, now)
                .getResultList();
        return rows.stream().findFirst().map(ArrearsLedger::figures).orElse(Figures.none(unitId));
    }

    private static Figures figures(Object[] row) {
        return new Figures(((Number) row[0]).longValue(), money(row[1]), money(row[2]), money(row[3]),
                money(row[4]), money(row[5]), toDate(row[6]), ((Number) row[7]).intValue());
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
