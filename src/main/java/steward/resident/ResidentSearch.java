package steward.resident;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Search as you type, served by the GIN indexes on {@code search_terms}: by any part of a name (one
 * character and up, simplified or traditional), pinyin initials, the last four digits of a phone, or a unit
 * label. One SQL statement per search; see docs/BENCHMARKS.md for its plan at 200,000 residents.
 */
@ApplicationScoped
public class ResidentSearch {

    static final int MAX_QUERY_LENGTH = 50;

    /**
     * Each arm yields a hit with the columns it is ranked by, so the best twenty are picked from the hits themselves:
     * a common surname has about 2,000 hits at 200,000 residents, and looking each up again by id to rank it cost
     * more than finding them (docs/BENCHMARKS.md).
     */
    static final String RESIDENT_IDS = """
            with hits as (
                select r.id, r.search_text, r.moved_out from resident r
                 where r.site_id = any(?) and r.search_terms @> ? and r.search_text like ? escape '\\'
                union
                select r.id, r.search_text, r.moved_out from resident r
                 where r.site_id = any(?) and r.search_terms && ?
                union
                select r.id, r.search_text, r.moved_out from unit u
                  join resident_unit ru on ru.unit_id = u.id and ru.moved_out is null
                  join resident r on r.id = ru.resident_id
                 where u.site_id = any(?) and u.search_terms @> ? and u.search_text like ? escape '\\'
            )
            select id from hits
             order by (search_text = ?) desc, (search_text like ? escape '\\') desc, moved_out nulls first,
                      length(search_text), search_text, id
             limit ?
            """;

    static final String UNIT_IDS = """
            select u.id from unit u
             where u.site_id = any(?) and u.search_terms @> ? and u.search_text like ? escape '\\'
             order by (u.search_text = ?) desc, (u.search_text like ? escape '\\') desc, length(u.search_text),
                      u.search_text, u.id
             limit ?
            """;

    @Inject
    DataSource dataSource;

    /**
     * Ids of matching residents in the given sites, best first; a whole phone number is read as of the region
     * {@code phoneRegion} gives, asked only when the query is one (a name or a unit needs no site read).
     */
    public List<Long> residents(String query, List<Long> siteIds, Supplier<String> phoneRegion, int limit) {
        Query q = Query.of(query, phoneRegion);
        return q == null ? List.of() : ids(RESIDENT_IDS, connection -> residentParameters(connection, q, siteIds, limit));
    }

    /** Ids of matching units in the given sites, best first. */
    public List<Long> units(String query, List<Long> siteIds, int limit) {
        Query q = Query.of(query, () -> null);
        return q == null ? List.of() : ids(UNIT_IDS, connection -> unitParameters(connection, q, siteIds, limit));
    }

    /** The parameters of {@link #RESIDENT_IDS}, in order (the benchmark explains the same statement). */
    static Object[] residentParameters(Connection connection, Query q, List<Long> siteIds, int limit)
            throws SQLException {
        Array sites = connection.createArrayOf("bigint", siteIds.toArray());
        Array grams = connection.createArrayOf("text", q.grams.toArray());
        Array alternatives = connection.createArrayOf("text", q.alternatives.toArray());
        return new Object[] { sites, grams, q.contains, sites, alternatives, sites, grams, q.contains, q.normalised,
                q.prefix, limit };
    }

    static Object[] unitParameters(Connection connection, Query q, List<Long> siteIds, int limit) throws SQLException {
        return new Object[] { connection.createArrayOf("bigint", siteIds.toArray()),
                connection.createArrayOf("text", q.grams.toArray()), q.contains, q.normalised, q.prefix, limit };
    }

    private interface Parameters {
        Object[] bind(Connection connection) throws SQLException;
    }

    private List<Long> ids(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Object[] values = parameters.bind(connection);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Resident search failed", e);
        }
    }

    /** Loads entities for ids and keeps the order of the ids. */
    static <T> List<T> inOrder(List<Long> ids, List<T> loaded, java.util.function.Function<T, Long> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        loaded.forEach(e -> byId.put(id.apply(e), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A typed query, normalised once: the grams it needs, and the other terms that may match it. */
    static final class Query {
        final String normalised;
        final List<String> grams;
        final String contains;
        final String prefix;
        final List<String> alternatives = new ArrayList<>();

        private Query(String normalised) {
            this.normalised = normalised;
            this.grams = SearchTerms.requiredGrams(normalised);
            String escaped = SearchTerms.likeEscape(normalised);
            this.contains = "%" + escaped + "%";
            this.prefix = escaped + "%";
        }

        static Query of(String raw, Supplier<String> phoneRegion) {
            if (raw == null) {
                return null;
            }
            String trimmed = raw.strip();
            if (trimmed.length() > MAX_QUERY_LENGTH) {
                trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
            }
            String normalised = SearchTerms.normalise(trimmed);
            if (normalised.isEmpty()) {
                return null;
            }
            Query query = new Query(normalised);
            if (normalised.matches("[a-z]+")) {
                query.alternatives.add(SearchTerms.PINYIN + normalised);
            }
            String digits = trimmed.replaceAll("[\\s\\-()]", "");
            if (digits.matches("\\d{4}")) {
                query.alternatives.add(SearchTerms.PHONE + digits);
            } else if (digits.matches("\\+?\\d{7,15}")) {
                Optional<String> e164 = Phones.normalise(digits, phoneRegion.get());
                e164.ifPresent(number -> query.alternatives.add(SearchTerms.PHONE + number));
            }
            // With no alternatives the "&&" arm of the search is an empty array, which matches nothing.
            return query;
        }
    }
}
