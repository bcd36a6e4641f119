package steward.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL behind the sections' figures: one table of site data (alias {@code t}) counted within windows
 * of time, one figure per condition. A section's figures for the day and its month are one statement (a
 * {@code count(*) filter} per figure and window over the rows of the widest window); the per-staff table is one
 * statement; the list behind a figure selects the rows of that same condition.
 */
@ApplicationScoped
public class Records {

    /**
     * A table as the dashboard reads it. {@code time} is the column placing a row in a period; {@code title},
     * {@code detail} and {@code link} are SQL expressions over {@code t} showing a row in a list.
     */
    public record Source(String table, String time, String title, String detail, String link) {
    }

    /** A figure: the rows meeting {@code condition}; a share of {@code outOf} (another key); a sum of {@code sum}. */
    public record Count(String key, String condition, String outOf, String sum) {

        public static Count of(String key, String condition) {
            return new Count(key, condition, null, null);
        }

        public static Count share(String key, String condition, String outOf) {
            return new Count(key, condition, outOf, null);
        }

        public static Count summing(String key, String condition, String sum) {
            return new Count(key, condition, null, sum);
        }
    }

    /** A count and its sum (null where the figure sums nothing). */
    public record Tally(long count, BigDecimal sum) {
    }

    /** A staff member's count in one column, with the name the table shows. */
    public record StaffCount(String column, String username, String displayName, long count) {
    }

    @Inject
    EntityManager em;

    /** The tallies of {@code counts} in each window (same order), from one statement. */
    public List<Map<String, Tally>> count(Source source, List<Count> counts, Long siteId, List<Window> windows) {
        String sql = countSql(source, counts, windows.size());
        Query query = em.createNativeQuery(sql);
        bind(query, sql, siteId, widest(windows));
        for (int w = 0; w < windows.size(); w++) {
            query.setParameter("from" + w, windows.get(w).from()).setParameter("to" + w, windows.get(w).to());
        }
        Object[] row = (Object[]) query.getSingleResult();
        List<Map<String, Tally>> tallies = new ArrayList<>(windows.size());
        int column = 0;
        for (int w = 0; w < windows.size(); w++) {
            Map<String, Tally> window = new HashMap<>();
            for (Count c : counts) {
                long count = ((Number) row[column++]).longValue();
                Object sum = row[column++];
                window.put(c.key(), new Tally(count, c.sum() == null ? null
                        : sum == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) sum));
            }
            tallies.add(window);
        }
        return tallies;
    }

    /**
     * The statement of {@link #count}: the site's rows of the widest window ({@code :from} to {@code :to}, read
     * through the table's {@code (site_id, time)} index), each figure of window {@code w} filtered to
     * {@code :fromW}–{@code :toW}.
     */
    static String countSql(Source source, List<Count> counts, int windows) {
        StringBuilder sql = new StringBuilder("select ");
        String time = "t." + source.time();
        for (int w = 0; w < windows; w++) {
            String within = time + " >= :from" + w + " and " + time + " < :to" + w;
            for (Count c : counts) {
                String filter = " filter (where " + within + " and (" + c.condition() + "))";
                sql.append(sql.length() == 7 ? "" : ", ").append("count(*)").append(filter);
                sql.append(", ").append(c.sum() == null ? "null" : "sum(" + c.sum() + ")" + filter);
            }
        }
        return sql.append(" from ").append(source.table()).append(" t").append(window(source)).toString();
    }

    /** The rows of one condition, newest first; only those of {@code staffColumn = username} when given. */
    public List<Item> items(Source source, String condition, Long siteId, Window window, String staffColumn,
            String username) {
        StringBuilder sql = new StringBuilder("select t.id, t.").append(source.time()).append(", ")
                .append(source.title()).append(", ").append(source.detail()).append(", ")
                .append(source.link() == null ? "null" : source.link())
                .append(" from ").append(source.table()).append(" t").append(window(source))
                .append(" and (").append(condition).append(")");
        if (staffColumn != null) {
            sql.append(" and t.").append(staffColumn).append(" = :staff");
        }
        sql.append(" order by t.").append(source.time()).append(" desc, t.id desc");
        Query query = bind(em.createNativeQuery(sql.toString()), sql, siteId, window);
        if (staffColumn != null) {
            query.setParameter("staff", username);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Item> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new Item(((Number) r[0]).longValue(), (Instant) r[1], (String) r[2], (String) r[3],
                    (String) r[4]));
        }
        return items;
    }

    /** Every column's count per staff member in one window, with their display names: one statement. */
    public List<StaffCount> perStaff(List<StaffColumn> columns, Long siteId, Window window) {
        String sql = perStaffSql(columns);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), sql, siteId, window).getResultList();
        List<StaffCount> counts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            counts.add(new StaffCount(columns.get(((Number) r[0]).intValue()).key(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue()));
        }
        return counts;
    }

    /** One {@code group by} per column, their union named from the accounts. */
    static String perStaffSql(List<StaffColumn> columns) {
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            StaffColumn c = columns.get(i);
            String staff = "t." + c.staffColumn();
            union.append(i == 0 ? "" : " union all ").append("select ").append(i).append(" as col, ").append(staff)
                    .append(" as username, count(*) as n from ").append(c.source().table()).append(" t")
                    .append(window(c.source())).append(" and ").append(staff).append(" is not null and (")
                    .append(c.condition()).append(") group by ").append(staff);
        }
        return "select s.col, s.username, coalesce(a.display_name, s.username), s.n from (" + union
                + ") s left join account a on a.username = s.username";
    }

    private static Window widest(List<Window> windows) {
        Window first = windows.get(0);
        Instant from = windows.stream().map(Window::from).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = windows.stream().map(Window::to).max(Comparator.naturalOrder()).orElseThrow();
        return new Window(first.period(), first.date(), from, to, first.now());
    }

    private static String window(Source source) {
        return " where t.site_id = :site and t." + source.time() + " >= :from and t." + source.time() + " < :to";
    }

    private static Query bind(Query query, CharSequence sql, Long siteId, Window window) {
        query.setParameter("site", siteId).setParameter("from", window.from()).setParameter("to", window.to());
        if (sql.toString().contains(":now")) {
            query.setParameter("now", window.now());
        }
        return query;
    }
}
