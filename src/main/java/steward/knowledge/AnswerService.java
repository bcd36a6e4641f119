package steward.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Words;
import steward.web.Languages;
import steward.web.Messages;
import steward.web.Enums;

/**
 * The answer book of the caller's site: drafts written by customer service, approved (and so published) by a
 * supervisor, edited into new versions, searched at the desk, and reviewed when their review date comes.
 */
@ApplicationScoped
public class AnswerService {

    @Inject
    KnowledgeConfig config;
    public static final int MAX_QUESTION_LENGTH = 300;
    public static final int MAX_BODY_LENGTH = 20_000;
    public static final int MAX_WORDS = 30;
    public static final int MAX_WORD_LENGTH = 30;
    static final int MAX_RESULTS = 20;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    AnswerSearch search;

    /** What a writer typed in one language: the question as customers ask it, and the answer. */
    public record Text(@Schema(required = true) String question, @Schema(required = true) String body) {
    }

    /**
     * A new answer, or a new version of one. Texts by language tag; zh-Hant is required. fromInquiryId names
     * the unanswered inquiry a new answer is written from.
     */
    public record Draft(String category, List<String> keywords, List<String> synonyms, Map<String, Text> texts,
            Long fromInquiryId) {
    }

    /** A published answer as staff tell it, in one language. */
    public record Published(Long answerId, Long versionId, int number, AnswerCategory category, String language,
            String question, String bodyHtml, List<String> keywords, List<String> synonyms, String approvedBy,
            Instant approvedAt, Instant reviewDueAt) {
    }

    public record TextView(String question, String bodyHtml) {
    }

    /** A version with its text in every language it has, and who wrote and approved it. */
    public record VersionView(Long id, Long answerId, int number, AnswerState state, AnswerCategory category,
            List<String> keywords, List<String> synonyms, Map<String, TextView> texts, String writtenBy,
            Instant writtenAt, String approvedBy, Instant approvedAt) {
    }

    /** A line of the book: the answer's question, what is published and what awaits approval. */
    public record BookRow(Long answerId, String question, AnswerCategory category, Integer publishedNumber,
            Integer draftNumber, String owner, Instant reviewDueAt, boolean reviewDue) {
    }

    // ------------------------------------------------------------------------------------------ writing

    /** A new answer with its first version as a draft, owned by the writer. */
    @Transactional
    public AnswerVersion create(Draft draft) {
        Long siteId = staff.currentSiteId();
        Inquiry source = draft.fromInquiryId() == null ? null
                : Inquiry.find("id = ?1 and siteId = ?2", draft.fromInquiryId(), siteId).firstResult();
        InvalidInput.Collector errors = validate(draft);
        if (draft.fromInquiryId() != null && (source == null || source.outcome == InquiryOutcome.ANSWERED)) {
            errors.add("fromInquiryId", KnowledgeText.said(KnowledgeMessages::error_unknown_inquiry));
        }
        errors.throwIfAny();
        Answer answer = newAnswer(siteId, staff.username());
        AnswerVersion version = newVersion(answer, 1, draft, staff.username());
        if (source != null) {
            source.draftAnswerId = answer.id;
        }
        return version;
    }

    /** Editing makes a new version (a draft); an older draft nobody approved yet is replaced by it. */
    @Transactional
    public AnswerVersion revise(Long answerId, Draft draft) {
        validate(draft).throwIfAny();
        Answer answer = lock(answerId);
        AnswerVersion pending = pendingDraft(answer.id);
        if (pending != null) {
            pending.state = AnswerState.REPLACED;
            // The old draft leaves the "one draft per answer" index before the new one enters it.
            AnswerVersion.getEntityManager().flush();
        }
        int number = latestNumber(answer.id) + 1;
        return newVersion(answer, number, draft, staff.username());
    }

    /**
     * A supervisor approves the answer's draft, which publishes it; the version published before is superseded.
     * expectedVersionId, when given, is the draft the supervisor read: if a newer draft replaced it meanwhile,
     * nothing is approved. The review date defaults to {@link KnowledgeConfig#reviewAfter()} after approval.
     */
    @Transactional
    public AnswerVersion approve(Long answerId, Long expectedVersionId, LocalDate reviewOn) {
        Answer answer = lock(answerId);
        Site site = Site.findById(answer.siteId);
        Instant now = clock.instant();
        Instant reviewDueAt = now.plus(config.reviewAfter());
        if (reviewOn != null) {
            ZoneId zone = site.zone();
            if (!reviewOn.isAfter(LocalDate.ofInstant(now, zone))) {
                throw InvalidInput.of("reviewDueOn", KnowledgeText.said(KnowledgeMessages::error_review_date));
            }
            reviewDueAt = reviewOn.atStartOfDay(zone).toInstant();
        }
        AnswerVersion draft = pendingDraft(answer.id);
        if (draft == null || (expectedVersionId != null && !expectedVersionId.equals(draft.id))) {
            throw new Conflict(KnowledgeText.said(KnowledgeMessages::error_no_draft));
        }
        if (answer.publishedVersionId != null) {
            AnswerVersion previous = AnswerVersion.findById(answer.publishedVersionId);
            previous.state = AnswerState.SUPERSEDED;
            AnswerVersion.getEntityManager().flush();
        }
        draft.state = AnswerState.PUBLISHED;
        draft.approvedBy = staff.username();
        draft.approvedAt = now;
        answer.publishedVersionId = draft.id;
        answer.reviewDueAt = reviewDueAt;
        return draft;
    }

    /** The owner or a supervisor confirms a published answer is still right: the next review is due later. */
    @Transactional
    public Answer markReviewed(Long answerId) {
        Answer answer = lock(answerId);
        if (!staff.hasRole(Roles.SUPERVISOR) && !staff.username().equals(answer.owner)) {
            throw new ForbiddenException();
        }
        if (answer.publishedVersionId == null) {
            throw new Conflict(KnowledgeText.said(KnowledgeMessages::error_not_published));
        }
        answer.reviewDueAt = clock.instant().plus(config.reviewAfter());
        return answer;
    }

    /**
     * An answer the application itself ships (the demo's), written by the given writer and, when an approver is
     * named, approved by them at once. It trusts the text (still sanitised) and needs no request: no user, no
     * language, no validation messages.
     */
    @Transactional
    public AnswerVersion ship(Long siteId, String writer, String approver, Draft draft) {
        Answer answer = newAnswer(siteId, writer);
        AnswerVersion version = newVersion(answer, 1, draft, writer);
        if (approver != null) {
            version.state = AnswerState.PUBLISHED;
            version.approvedBy = approver;
            version.approvedAt = clock.instant();
            answer.publishedVersionId = version.id;
            answer.reviewDueAt = version.approvedAt.plus(config.reviewAfter());
        }
        return version;
    }

    private Answer newAnswer(Long siteId, String owner) {
        Answer answer = new Answer();
        answer.siteId = siteId;
        answer.owner = owner;
        answer.createdAt = clock.instant();
        answer.persist();
        return answer;
    }

    private AnswerVersion newVersion(Answer answer, int number, Draft draft, String writer) {
        AnswerVersion version = new AnswerVersion();
        version.answerId = answer.id;
        version.siteId = answer.siteId;
        version.number = number;
        version.category = AnswerCategory.valueOf(draft.category().strip().toUpperCase(Locale.ROOT));
        version.keywords.addAll(words(draft.keywords()));
        version.synonyms.addAll(words(draft.synonyms()));
        for (String language : Languages.SUPPORTED) {
            Text text = draft.texts().get(language);
            if (hasContent(text)) {
                version.texts.put(language, new AnswerText(text.question().strip(), AnswerHtml.sanitise(text.body())));
            }
        }
        version.writtenBy = writer;
        version.writtenAt = clock.instant();
        version.persist();
        return version;
    }

    private InvalidInput.Collector validate(Draft draft) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (draft == null) {
            return errors.add("body", Words.of(Messages.class, Messages::error_required));
        }
        if (draft.category() == null || draft.category().isBlank()) {
            errors.add("category", Words.of(Messages.class, Messages::error_required));
        } else if (parseCategory(draft.category()) == null) {
            errors.add("category", KnowledgeText.said(KnowledgeMessages::error_category));
        }
        Map<String, Text> texts = draft.texts() == null ? Map.of() : draft.texts();
        for (String language : texts.keySet()) {
            if (!Languages.SUPPORTED.contains(language)) {
                errors.add("texts", Words.of(Messages.class, Messages::error_language));
            }
        }
        for (String language : Languages.SUPPORTED) {
            Text given = texts.get(language);
            boolean required = Languages.TRADITIONAL.equals(language);
            if (!required && !hasContent(given)) {
                continue;
            }
            String question = given == null || given.question() == null ? "" : given.question().strip();
            String body = given == null || given.body() == null ? "" : given.body();
            if (question.isEmpty()) {
                errors.add(field("question", language), Words.of(Messages.class, Messages::error_required));
            } else if (question.codePointCount(0, question.length()) > MAX_QUESTION_LENGTH) {
                errors.add(field("question", language), Words.of(Messages.class, m -> m.error_too_long(MAX_QUESTION_LENGTH)));
            }
            if (body.length() > MAX_BODY_LENGTH) {
                errors.add(field("body", language), Words.of(Messages.class, m -> m.error_too_long(MAX_BODY_LENGTH)));
            } else if (AnswerHtml.sanitise(body).isEmpty()) {
                // Nothing left once scripts and other markup are gone: there is no answer to approve.
                errors.add(field("body", language), Words.of(Messages.class, Messages::error_required));
            }
        }
        checkWords("keywords", draft.keywords(), errors);
        checkWords("synonyms", draft.synonyms(), errors);
        return errors;
    }

    /** The name of a text's field: "question" for traditional Chinese, "question_en" for English. */
    public static String field(String name, String language) {
        return Languages.TRADITIONAL.equals(language) ? name : name + "_" + language;
    }

    private static void checkWords(String field, List<String> given, InvalidInput.Collector errors) {
        List<String> words = words(given);
        if (words.size() > MAX_WORDS) {
            errors.add(field, KnowledgeText.said(t -> t.error_too_many_words(MAX_WORDS)));
        } else if (words.stream().anyMatch(w -> w.codePointCount(0, w.length()) > MAX_WORD_LENGTH)) {
            errors.add(field, Words.of(Messages.class, m -> m.error_too_long(MAX_WORD_LENGTH)));
        }
    }

    private static boolean hasContent(Text text) {
        return text != null && ((text.question() != null && !text.question().isBlank())
                || (text.body() != null && !text.body().isBlank()));
    }

    /** Keywords as typed in one field, separated by commas (Chinese or Latin), 、 or spaces. */
    public static List<String> splitWords(String typed) {
        if (typed == null) {
            return List.of();
        }
        return words(List.of(typed.split("[,,、;;\\s]+")));
    }

    private static List<String> words(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        given.stream().filter(Objects::nonNull).map(String::strip).filter(w -> !w.isEmpty()).forEach(unique::add);
        return new ArrayList<>(unique);
    }

    static AnswerCategory parseCategory(String category) {
        return Enums.parse(AnswerCategory.class, category);
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Published answers matching what the customer asks, best first, in the given language. */
    public List<Published> search(String query, String language) {
        List<Long> ids = search.publishedVersions(query, staff.siteIds(), MAX_RESULTS);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AnswerVersion> byId = AnswerVersion.<AnswerVersion>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, Answer> answers = answers(byId.values().stream().map(v -> v.answerId).toList());
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(v -> published(v, answers.get(v.answerId), language)).toList();
    }

    /** The published version of an answer, in the given language. */
    public Published published(Long answerId, String language) {
        Answer answer = find(answerId);
        if (answer.publishedVersionId == null) {
            throw new NotFoundException();
        }
        return published(AnswerVersion.findById(answer.publishedVersionId), answer, language);
    }

    /** Every version of an answer, newest first. */
    public List<VersionView> versions(Long answerId) {
        Answer answer = find(answerId);
        return AnswerVersion.<AnswerVersion>list("answerId = ?1 order by number desc", answer.id).stream()
                .map(AnswerService::view).toList();
    }

    /** The answers of the caller's site, with what is published and what awaits approval, by category. */
    public List<BookRow> book(String language) {
        Long siteId = staff.currentSiteId();
        List<Answer> answers = Answer.list("siteId", siteId);
        List<AnswerVersion> current = AnswerVersion.list("siteId = ?1 and state in ?2", siteId,
                List.of(AnswerState.PUBLISHED, AnswerState.DRAFT));
        Map<Long, AnswerVersion> published = new LinkedHashMap<>();
        Map<Long, AnswerVersion> drafts = new LinkedHashMap<>();
        current.forEach(v -> (v.state == AnswerState.PUBLISHED ? published : drafts).put(v.answerId, v));
        Instant now = clock.instant();
        List<BookRow> rows = new ArrayList<>();
        for (Answer answer : answers) {
            AnswerVersion shown = published.containsKey(answer.id) ? published.get(answer.id) : drafts.get(answer.id);
            if (shown == null) {
                continue;
            }
            AnswerVersion draft = drafts.get(answer.id);
            rows.add(new BookRow(answer.id, shown.textIn(language).question, shown.category,
                    published.containsKey(answer.id) ? published.get(answer.id).number : null,
                    draft == null ? null : draft.number, answer.owner, answer.reviewDueAt,
                    answer.reviewDueAt != null && !answer.reviewDueAt.isAfter(now)));
        }
        rows.sort(Comparator.comparing(BookRow::category).thenComparing(BookRow::answerId));
        return rows;
    }

    /**
     * Published answers whose review date has come: all of the site's for a supervisor, the caller's own for
     * their owner (whom {@link AnswerReviewReminders} also reminds through the outbox).
     */
    public List<BookRow> dueForReview(String language) {
        return book(language).stream().filter(BookRow::reviewDue)
                .filter(row -> staff.hasRole(Roles.SUPERVISOR) || staff.username().equals(row.owner()))
                .sorted(Comparator.comparing(BookRow::reviewDueAt)).toList();
    }

    /** An answer of the caller's sites; any other id is "not found", whether or not it exists. */
    public Answer find(Long id) {
        Answer answer = id == null ? null : Answer.findById(id);
        if (answer == null) {
            throw new NotFoundException();
        }
        return answer;
    }

    /** A version of the caller's sites, or null. */
    public AnswerVersion findVersion(Long versionId) {
        return versionId == null ? null
                : AnswerVersion.findById(versionId);
    }

    /** The draft awaiting approval, if any. */
    public AnswerVersion pendingDraft(Long answerId) {
        return AnswerVersion.find("answerId = ?1 and state = ?2", answerId, AnswerState.DRAFT).firstResult();
    }

    /** The version an edit starts from: the draft awaiting approval, else the published one. */
    public AnswerVersion latest(Long answerId) {
        Answer answer = find(answerId);
        AnswerVersion draft = pendingDraft(answer.id);
        return draft != null ? draft : AnswerVersion.findById(answer.publishedVersionId);
    }

    private Answer lock(Long answerId) {
        Answer visible = find(answerId);
        // Two supervisors approving at once, or an edit during an approval: the second waits, then sees the first.
        return Answer.findById(visible.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private int latestNumber(Long answerId) {
        Integer latest = AnswerVersion.getEntityManager()
                .createQuery("select max(v.number) from AnswerVersion v where v.answerId = ?1", Integer.class)
                .setParameter(1, answerId).getSingleResult();
        return latest == null ? 0 : latest;
    }

    private static Map<Long, Answer> answers(List<Long> ids) {
        return Answer.<Answer>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    static Published published(AnswerVersion v, Answer answer, String language) {
        AnswerText text = v.textIn(language);
        return new Published(v.answerId, v.id, v.number, v.category, v.languageFor(language), text.question,
                text.bodyHtml, v.keywords, v.synonyms, v.approvedBy, v.approvedAt, answer.reviewDueAt);
    }

    static VersionView view(AnswerVersion v) {
        Map<String, TextView> texts = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            AnswerText text = v.texts.get(language);
            if (text != null) {
                texts.put(language, new TextView(text.question, text.bodyHtml));
            }
        }
        return new VersionView(v.id, v.answerId, v.number, v.state, v.category, v.keywords, v.synonyms, texts,
                v.writtenBy, v.writtenAt, v.approvedBy, v.approvedAt);
    }
}
