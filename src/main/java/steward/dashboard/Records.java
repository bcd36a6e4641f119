package steward.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL behind the figures of this package: one table of site data (alias {@code t}) counted within a
 * window, one figure per condition. A section's figures are one statement (a {@code count(*) filter} per
 * figure); the list behind a figure selects the rows of that same condition.
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

    @Inject
    EntityManager em;

    public Map<String, Tally> count(Source source, List<Count> counts, Long siteId, Window window) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(c.condition()).append(")");
            sql.append(", ").append(c.sum() == null ? "null" : "sum(" + c.sum() + ") filter (where " + c.condition() + ")");
        }
        sql.append(" from ").append(source.table()).append(" t").append(window(source));
        Object[] row = (Object[]) bind(em.createNativeQuery(sql.toString()), sql, siteId, window).getSingleResult();
        Map<String, Tally> tallies = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            BigDecimal sum = counts.get(i).sum() == null ? null
                    : row[2 * i + 1] == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) row[2 * i + 1];
            tallies.put(counts.get(i).key(), new Tally(((Number) row[2 * i]).longValue(), sum));
        }
        return tallies;
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

    /** The count of one condition per value of {@code staffColumn}. */
    public Map<String, Long> perStaff(Source source, String condition, String staffColumn, Long siteId,
            Window window) {
        StringBuilder sql = new StringBuilder("select t.").append(staffColumn).append(", count(*) from ")
                .append(source.table()).append(" t").append(window(source)).append(" and (").append(condition)
                .append(") group by t.").append(staffColumn);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), sql, siteId, window).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
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
