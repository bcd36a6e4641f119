package steward.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.Words;
import steward.web.Messages;
import steward.web.Enums;
import steward.resident.SiteRows;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inquiry log: every question asked at the desk or on the phone, answered with a version of the book,
 * without it, or not yet (a callback promise). And the consistency report that shows supervisors whether the
 * book is what staff answer with.
 */
@ApplicationScoped
public class InquiryService {

    public static final int MAX_QUESTION_LENGTH = PromiseService.MAX_WHAT_LENGTH;
    public static final int MAX_NAME_LENGTH = 100;
    static final int LOG_SIZE = 50;
    /** The period the consistency report covers, up to now. */
    static final Duration REPORT_PERIOD = Duration.ofDays(30);
    /** The callback time the desk proposes: soon enough to keep, late enough to find out. */
    static final Duration DEFAULT_CALLBACK = Duration.ofHours(2);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    StewardConfig config;

    @Inject
    AnswerService answers;

    @Inject
    PromiseService promises;

    /**
     * What the staff member records. The customer is a resident (and unit), or a caller by name and phone, or
     * nobody in particular. With answerVersionId the customer was answered from the book; with
     * callbackDueAt they are to be called back by then; with neither, they were answered without the book.
     */
    public record NewInquiry(
            @Schema(required = true, implementation = InquiryChannel.class) String channel,
            @Schema(required = true) String question,
            Long answerVersionId,
            Long residentId,
            Long unitId,
            String callerName,
            String callerPhone,
            Instant callbackDueAt) {
    }

    /**
     * An inquiry as the log shows it: who asked, how, what, and how it was answered; the answer's question in the
     * language asked for.
     */
    public record LogRow(Long id, Instant recordedAt, InquiryChannel channel, String question,
            InquiryOutcome outcome, Long residentId, String residentName, Long unitId, String unitLabel,
            String callerName, String callerPhoneMasked, Long answerId, Long answerVersionId,
            Integer answerVersionNumber, String answerQuestion, Long promiseId, Instant callbackDueAt,
            String recordedBy, String recordedByName, Long draftAnswerId) {
    }

    public record StaffUse(String username, String name, long uses) {
    }

    public record AnswerUse(Long answerId, String question, long uses, List<StaffUse> byStaff) {
    }

    /** The consistency report of a site over {@link #REPORT_PERIOD}. */
    public record Report(Instant since, long inquiries, long answered, long answeredWithoutBook, long callbacks,
            List<AnswerUse> answers, List<LogRow> withoutBook, List<LogRow> unanswered) {

        /** The report's two follow-up tables, in the order the page shows them. */
        public List<FollowUps> followUps() {
            return List.of(new FollowUps("report-without-book", true, withoutBook),
                    new FollowUps("report-unanswered", false, unanswered));
        }
    }

    /** Inquiries that still want work: answered without the book (an answer to write) or awaiting a callback. */
    public record FollowUps(String tableClass, boolean answeredWithoutBook, List<LogRow> rows) {
    }

    /** Records an inquiry, and the callback promise when the customer is to be called back. */
    @Transactional
    public LogRow record(NewInquiry input, boolean callback, String language) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();

        InquiryChannel channel = parseChannel(input.channel());
        if (channel == null) {
            errors.add("channel", input.channel() == null || input.channel().isBlank() ? Words.of(Messages.class, Messages::error_required)
                    : KnowledgeText.said(KnowledgeMessages::error_channel));
        }
        String question = input.question() == null ? "" : input.question().strip();
        if (question.isEmpty()) {
            errors.add("question", Words.of(Messages.class, Messages::error_required));
        } else if (question.length() > MAX_QUESTION_LENGTH) {
            errors.add("question", Words.of(Messages.class, m -> m.error_too_long(MAX_QUESTION_LENGTH)));
        }
        AnswerVersion version = null;
        if (input.answerVersionId() != null) {
            version = answers.findVersion(input.answerVersionId());
            if (version == null || !version.siteId.equals(siteId) || !version.state.wasApproved()) {
                errors.add("answerVersionId", KnowledgeText.said(KnowledgeMessages::error_unknown_answer));
            }
        }
        if (input.answerVersionId() != null && callback) {
            errors.add("callbackDueAt", KnowledgeText.said(KnowledgeMessages::error_answered_and_callback));
        }
        Resident resident = SiteRows.named(Resident.class, input.residentId(), siteId, "residentId",
                KnowledgeText.said(KnowledgeMessages::error_unknown_resident), errors);
        Unit unit = SiteRows.named(Unit.class, input.unitId(), siteId, "unitId", Words.of(Messages.class, Messages::error_unknown_unit), errors);
        if (input.unitId() == null && resident != null && resident.units.size() == 1) {
            unit = resident.units.iterator().next();
        }
        String callerName = blankToNull(input.callerName());
        if (callerName != null && callerName.codePointCount(0, callerName.length()) > MAX_NAME_LENGTH) {
            errors.add("callerName", Words.of(Messages.class, m -> m.error_too_long(MAX_NAME_LENGTH)));
        }
        String callerPhone = null;
        if (blankToNull(input.callerPhone()) != null) {
            Optional<String> e164 = Phones.normalise(input.callerPhone(), Site.phoneRegionOf(staff.currentSiteId()));
            if (e164.isEmpty()) {
                errors.add("callerPhone", Words.of(Messages.class, Messages::error_phone));
            } else {
                callerPhone = e164.get();
            }
        }
        PromiseService.Request promise = null;
        if (callback) {
            if (resident == null && callerPhone == null && !errors.has("callerPhone")) {
                errors.add("callerPhone", KnowledgeText.said(KnowledgeMessages::error_callback_needs_phone));
            }
            promise = new PromiseService.Request(PromiseSource.INQUIRY, null, siteId, question,
                    resident == null ? null : resident.id, unit == null ? null : unit.id, callerName, callerPhone,
                    input.callbackDueAt());
            promises.validate(promise, "question", "callbackDueAt", errors);
        }
        errors.throwIfAny();

        Inquiry inquiry = new Inquiry();
        inquiry.siteId = siteId;
        inquiry.channel = channel;
        inquiry.question = question;
        inquiry.outcome = version != null ? InquiryOutcome.ANSWERED
                : callback ? InquiryOutcome.CALLBACK : InquiryOutcome.ANSWERED_WITHOUT_BOOK;
        inquiry.answerId = version == null ? null : version.answerId;
        inquiry.answerVersionId = version == null ? null : version.id;
        inquiry.residentId = resident == null ? null : resident.id;
        inquiry.unitId = unit == null ? null : unit.id;
        inquiry.callerName = callerName;
        inquiry.callerPhone = callerPhone;
        inquiry.recordedBy = staff.username();
        inquiry.recordedAt = clock.instant();
        inquiry.persist();
        if (promise != null) {
            promises.make(new PromiseService.Request(promise.source(), inquiry.id, promise.siteId(), promise.what(),
                    promise.residentId(), promise.unitId(), promise.customerName(), promise.customerPhone(),
                    promise.dueAt()), "question", "callbackDueAt");
        }
        return rows(List.of(inquiry), language).get(0);
    }

    /** The latest inquiries of the caller's current site, newest first. */
    public List<LogRow> log(String language) {
        List<Inquiry> latest = Inquiry.find("siteId = ?1 order by recordedAt desc, id desc", staff.currentSiteId())
                .page(0, LOG_SIZE).list();
        return rows(latest, language);
    }

    /** One inquiry of the caller's sites, as the log shows it. */
    public LogRow row(Long id, String language) {
        Inquiry inquiry = find(id);
        if (inquiry == null) {
            throw new NotFoundException();
        }
        return rows(List.of(inquiry), language).get(0);
    }

    /** One inquiry of the caller's sites, or null. */
    public Inquiry find(Long id) {
        return id == null ? null : Inquiry.findById(id);
    }

    /**
     * Per answer, how often staff used it and who; the inquiries answered without the book; the questions the
     * book could not answer, and whether a supervisor has drafted an answer from them.
     */
    public Report report(String language) {
        Long siteId = staff.currentSiteId();
        Instant since = clock.instant().minus(REPORT_PERIOD);
        List<Inquiry> inquiries = Inquiry.list("siteId = ?1 and recordedAt >= ?2 order by recordedAt desc, id desc",
                siteId, since);
        List<LogRow> rows = rows(inquiries, language);
        Map<InquiryOutcome, Long> counts = inquiries.stream()
                .collect(Collectors.groupingBy(i -> i.outcome, Collectors.counting()));

        Map<Long, Map<String, Long>> uses = new LinkedHashMap<>();
        for (Inquiry inquiry : inquiries) {
            if (inquiry.answerId != null) {
                uses.computeIfAbsent(inquiry.answerId, id -> new HashMap<>()).merge(inquiry.recordedBy, 1L, Long::sum);
            }
        }
        Map<String, String> names = staffNames(inquiries.stream().map(i -> i.recordedBy).toList());
        List<AnswerUse> answerUses = new ArrayList<>();
        for (AnswerService.BookRow row : answers.book(language)) {
            if (row.publishedNumber() == null && !uses.containsKey(row.answerId())) {
                continue;
            }
            Map<String, Long> byStaff = uses.getOrDefault(row.answerId(), Map.of());
            List<StaffUse> staffUses = byStaff.entrySet().stream()
                    .map(e -> new StaffUse(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingLong(StaffUse::uses).reversed().thenComparing(StaffUse::username))
                    .toList();
            long total = staffUses.stream().mapToLong(StaffUse::uses).sum();
            answerUses.add(new AnswerUse(row.answerId(), row.question(), total, staffUses));
        }
        answerUses.sort(Comparator.comparingLong(AnswerUse::uses).reversed().thenComparing(AnswerUse::answerId));

        return new Report(since, inquiries.size(),
                counts.getOrDefault(InquiryOutcome.ANSWERED, 0L),
                counts.getOrDefault(InquiryOutcome.ANSWERED_WITHOUT_BOOK, 0L),
                counts.getOrDefault(InquiryOutcome.CALLBACK, 0L), answerUses,
                rows.stream().filter(r -> r.outcome() == InquiryOutcome.ANSWERED_WITHOUT_BOOK).toList(),
                rows.stream().filter(r -> r.outcome() == InquiryOutcome.CALLBACK).toList());
    }

    /** The callback time the form proposes, in the site's time, as a datetime-local input wants it. */
    public String proposedCallback() {
        Instant due = clock.instant().plus(DEFAULT_CALLBACK).truncatedTo(ChronoUnit.MINUTES);
        return LOCAL_INPUT.format(due.atZone(siteZone()));
    }

    /** A datetime-local value in the site's time; null when blank. */
    public Instant parseLocal(String field, String value) {
        return TypedDates.siteTime(value, field, siteZone());
    }

    private ZoneId siteZone() {
        Site site = Site.findById(staff.currentSiteId());
        return site != null ? site.zone() : ZoneId.of(config.defaultTimeZone());
    }

    /** Log rows with the names behind the ids, in a handful of queries whatever the number of rows. */
    private List<LogRow> rows(List<Inquiry> inquiries, String language) {
        if (inquiries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = inquiries.stream().map(i -> i.id).toList();
        Map<Long, Resident> residents = byId(Resident.<Resident>list("id in ?1", ids(inquiries, i -> i.residentId)),
                r -> r.id);
        Map<Long, Unit> units = byId(Unit.<Unit>list("id in ?1", ids(inquiries, i -> i.unitId)), u -> u.id);
        Map<Long, AnswerVersion> versions = byId(
                AnswerVersion.<AnswerVersion>list("id in ?1", ids(inquiries, i -> i.answerVersionId)), v -> v.id);
        Map<Long, Promise> promisesByInquiry = byId(
                Promise.<Promise>list("sourceKind = ?1 and sourceId in ?2", PromiseSource.INQUIRY, ids), p -> p.sourceId);
        Map<String, String> names = staffNames(inquiries.stream().map(i -> i.recordedBy).toList());
        List<LogRow> rows = new ArrayList<>();
        for (Inquiry i : inquiries) {
            Resident resident = residents.get(i.residentId);
            Unit unit = units.get(i.unitId);
            AnswerVersion version = versions.get(i.answerVersionId);
            Promise promise = promisesByInquiry.get(i.id);
            rows.add(new LogRow(i.id, i.recordedAt, i.channel, i.question,
                    i.outcome, i.residentId, resident == null ? null : resident.name, i.unitId,
                    unit == null ? null : unit.label, i.callerName,
                    i.callerPhone == null ? null : Phones.mask(i.callerPhone), i.answerId, i.answerVersionId,
                    version == null ? null : version.number,
                    version == null ? null : version.textIn(language).question, promise == null ? null : promise.id,
                    promise == null ? null : promise.dueAt, i.recordedBy,
                    names.getOrDefault(i.recordedBy, i.recordedBy), i.draftAnswerId));
        }
        return rows;
    }

    private static List<Long> ids(List<Inquiry> inquiries, Function<Inquiry, Long> id) {
        List<Long> ids = inquiries.stream().map(id).filter(Objects::nonNull).distinct().toList();
        // "in ()" is not valid SQL; an id no row has keeps the query valid and empty.
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static <T> Map<Long, T> byId(List<T> loaded, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        loaded.forEach(e -> map.put(id.apply(e), e));
        return map;
    }

    /** Display names of staff accounts by username. */
    static Map<String, String> staffNames(List<String> usernames) {
        List<String> distinct = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return Account.<Account>list("username in ?1", distinct).stream()
                .collect(Collectors.toMap(a -> a.username, a -> a.displayName, (a, b) -> a));
    }

    static InquiryChannel parseChannel(String channel) {
        return Enums.parse(InquiryChannel.class, channel);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
