package steward.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import steward.resident.SearchTerms;
import steward.security.SiteScope;
import steward.web.Languages;

/**
 * One version of an answer: its text in each language, category, keywords and synonyms, who wrote it and who
 * approved it. The content never changes after it is written; an edit is a new version.
 */
@Entity
@Filter(name = SiteScope.FILTER)
@Table(name = "answer_version")
public class AnswerVersion extends PanacheEntityBase {

    /** Separates the texts in {@link #searchText}, so that a keyword matches whole with "|keyword|". */
    static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long answerId;

    public Long siteId;

    public int number;

    @Enumerated(EnumType.STRING)
    public AnswerState state = AnswerState.DRAFT;

    @Enumerated(EnumType.STRING)
    public AnswerCategory category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> synonyms = new ArrayList<>();

    /**
     * By language tag (zh-Hant always; zh-Hans and en when translated). Loaded with the versions of a query in
     * one more statement, however many versions a search or the book lists.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "answer_text", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "language")
    public Map<String, AnswerText> texts = new LinkedHashMap<>();

    public String writtenBy;

    public Instant writtenAt;

    public String approvedBy;

    public Instant approvedAt;

    String searchText;

    String questionText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] searchTerms;

    /** The text in a language, else in traditional Chinese (every version has it). */
    public AnswerText textIn(String language) {
        AnswerText text = texts.get(language);
        return text != null ? text : texts.get(Languages.TRADITIONAL);
    }

    /** The language {@link #textIn(String)} actually gives. */
    public String languageFor(String language) {
        return texts.containsKey(language) ? language : Languages.TRADITIONAL;
    }

    @PrePersist
    @PreUpdate
    void indexForSearch() {
        List<String> questions = texts.values().stream().map(t -> SearchTerms.normalise(t.question)).toList();
        List<String> words = new ArrayList<>();
        keywords.forEach(k -> words.add(SearchTerms.normalise(k)));
        synonyms.forEach(s -> words.add(SearchTerms.normalise(s)));
        questionText = joined(questions);
        List<String> all = new ArrayList<>(questions);
        all.addAll(words);
        searchText = joined(all);
        Set<String> terms = new LinkedHashSet<>();
        texts.values().forEach(t -> terms.addAll(SearchTerms.forText(t.question)));
        keywords.forEach(k -> terms.addAll(SearchTerms.forText(k)));
        synonyms.forEach(s -> terms.addAll(SearchTerms.forText(s)));
        searchTerms = terms.toArray(String[]::new);
    }

    private static String joined(List<String> parts) {
        return SEPARATOR + String.join(SEPARATOR, parts) + SEPARATOR;
    }
}
