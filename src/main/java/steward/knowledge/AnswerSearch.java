package steward.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.resident.SearchTerms;

/**
 * Search as you type over the published answers, the way residents are found: a query's 1- and 2-character
 * grams must all be among a version's terms (a GIN index), then the normalised query must appear in one of its
 * questions, keywords or synonyms. So 停 and 停車 find 「車位怎麼租?」 when 停車 is one of its synonyms, and
 * 车位 finds 車位. Best first: a question that starts with the query, one that contains it, an exact keyword
 * or synonym, then the answers staff use most.
 */
@ApplicationScoped
public class AnswerSearch {

    static final int MAX_QUERY_LENGTH = 50;

    static final String PUBLISHED_VERSION_IDS = """
            select v.id from answer_version v
             where v.site_id = any(?) and v.state = 'PUBLISHED' and v.search_terms @> ?
               and strpos(v.search_text, ?) > 0
             order by strpos(v.question_text, '|' || ?) > 0 desc, strpos(v.question_text, ?) > 0 desc,
                      strpos(v.search_text, '|' || ? || '|') > 0 desc,
                      (select count(*) from inquiry i where i.answer_id = v.answer_id) desc, v.answer_id
             limit ?
            """;

    @Inject
    DataSource dataSource;

    /** Ids of the published versions that match, best first. */
    public List<Long> publishedVersions(String query, List<Long> siteIds, int limit) {
        if (query == null) {
            return List.of();
        }
        String trimmed = query.strip();
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
        }
        String normalised = SearchTerms.normalise(trimmed);
        if (normalised.isEmpty()) {
            return List.of();
        }
        // Every gram of the query: for one or two characters the query itself, for more all its bigrams
        // (with the unigrams they contain, which a version that has the bigrams has too).
        String[] grams = SearchTerms.forText(normalised).toArray(String[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PUBLISHED_VERSION_IDS)) {
            statement.setArray(1, connection.createArrayOf("bigint", siteIds.toArray()));
            statement.setArray(2, connection.createArrayOf("text", grams));
            statement.setString(3, normalised);
            statement.setString(4, normalised);
            statement.setString(5, normalised);
            statement.setString(6, normalised);
            statement.setInt(7, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Answer search failed", e);
        }
    }
}
