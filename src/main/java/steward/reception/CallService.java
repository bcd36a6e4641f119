package steward.reception;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.promise.PromiseState;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.SearchTerms;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Calls answered at the desk (the seed's 二(二) and 三(二)1): started at the tap "call answered", matched to a
 * resident by the caller's number, counted against the three-ring standard, and recorded when they end. A
 * promised callback is a promise in the ledger, made in the same transaction as the call.
 */
@ApplicationScoped
public class CallService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_NOTES_LENGTH = 2000;
    static final int MAX_RINGS = 30;
    /** A call logged afterwards through the API may have started at most this long ago. */
    static final Duration MAX_BACKDATING = Duration.ofHours(24);

    private static final String MATCH_BY_PHONE = """
            select r.id, r.name, u.id, u.label from resident r
              left join lateral (select u.id, u.label from resident_unit ru join unit u on u.id = ru.unit_id
                                  where ru.resident_id = r.id and ru.moved_out is null order by u.label limit 1) u on true
             where r.site_id = ?1 and r.search_terms @> cast(?2 as text[]) and ?3 = any(r.phones)
             order by r.moved_out nulls first, r.id
             limit 1
            """;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    StewardConfig config;

    @Inject
    PromiseService promises;

    /** What is recorded about a call. {@code callbackWhat} and {@code callbackDueAt} go with CALLBACK_PROMISED. */
    public record Details(String callerName, String callerPhone, Integer ringsBeforeAnswer, String category,
            String notes, String outcome, String callbackWhat, Instant callbackDueAt) {
    }

    /** A call logged in one go through the API; it started at {@code startedAt} (default: now). */
    public record NewCall(
            String callerName,
            String callerPhone,
            @Schema(required = true) Integer ringsBeforeAnswer,
            @Schema(required = true, implementation = CallCategory.class) String category,
            String notes,
            @Schema(required = true, implementation = CallOutcome.class) String outcome,
            String callbackWhat,
            Instant callbackDueAt,
            Instant startedAt) {

        Details details() {
            return new Details(callerName, callerPhone, ringsBeforeAnswer, category, notes, outcome, callbackWhat,
                    callbackDueAt);
        }
    }

    /** The resident a number belongs to, with the unit the desk names. */
    public record Match(Long residentId, String residentName, Long unitId, String unitLabel) {
    }

    /**
     * The day's incoming calls answered, against the three-ring standard (no share on a day without calls), how
     * many of them the phone system measured and how many the desk reported, and the calls missed.
     */
    public record Summary(long total, long withinStandard, Long percentWithinStandard, long measured,
            long selfReported, long missed) {
    }

    /**
     * A call as the desk and the API see it. {@code callId} is the phone system's id (null when typed at the
     * desk); {@code measured} says whether the ring time came from the phone system ({@code ringSeconds}) or from
     * the desk ({@code ringsBeforeAnswer}); {@code answeredWithinStandard} is null while a call rings, or is
     * answered before its ring was reported. A missed call carries its callback promise.
     */
    public record View(Long id, String callId, PhoneCall.Direction direction, PhoneCall.State state,
            Instant startedAt, Instant answeredAt, Instant endedAt, String callerName, String callerPhoneMasked,
            Long residentId, String residentName, Long unitId, String unitLabel, Integer ringsBeforeAnswer,
            Integer ringSeconds, boolean measured, Boolean answeredWithinStandard, String answeredBy,
            CallCategory category, String notes, CallOutcome outcome, Long callbackPromiseId, String callbackWhat,
            Instant callbackDueAt, PromiseState callbackState) {

        public boolean inProgress() {
            return state == PhoneCall.State.ANSWERED && endedAt == null;
        }

        public boolean missed() {
            return state == PhoneCall.State.MISSED;
        }

        /** A missed call still waiting for its callback. */
        public boolean awaitingCallback() {
            return missed() && callbackState == PromiseState.OPEN;
        }
    }

    /** The company the desk answers the phone as (the greeting names it): the tablet's site's. */
    public String companyName() {
        Site site = Site.findById(staff.currentSiteId());
        return site != null ? site.companyName : config.companyName();
    }

    /** One tap: the call is answered now, after one ring unless the desk says otherwise. */
    @Transactional
    public PhoneCall answer() {
        PhoneCall call = new PhoneCall();
        call.siteId = staff.currentSiteId();
        call.startedAt = clock.instant();
        call.answeredBy = staff.username();
        call.persist();
        return call;
    }

    /** Records a call answered earlier with {@link #answer()}; errors already found by the caller come along. */
    @Transactional
    public View finish(Long id, Details details, InvalidInput.Collector errors) {
        PhoneCall call = find(id);
        if (!call.inProgress()) {
            throw new Conflict(ReceptionText.said(ReceptionMessages::conflict_call_finished));
        }
        fill(call, details, errors);
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(ReceptionText.said(ReceptionMessages::conflict_call_finished));
        }
        return views(List.of(call)).get(0);
    }

    /** Logs a whole call at once (the JSON API). */
    @Transactional
    public View record(NewCall input) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Instant now = clock.instant();
        Instant startedAt = input.startedAt() == null ? now : input.startedAt();
        if (startedAt.isAfter(now) || startedAt.isBefore(now.minus(MAX_BACKDATING))) {
            errors.add("startedAt", ReceptionText.said(ReceptionMessages::error_started_at));
        }
        PhoneCall call = new PhoneCall();
        call.siteId = staff.currentSiteId();
        call.startedAt = startedAt;
        call.answeredBy = staff.username();
        fill(call, input.details(), errors);
        return views(List.of(call)).get(0);
    }

    /** Validates everything first, then writes the call and, for a promised callback, the promise. */
    private void fill(PhoneCall call, Details input, InvalidInput.Collector errors) {
        String name = strip(input.callerName());
        if (name != null && ReceptionText.length(name) > MAX_NAME_LENGTH) {
            errors.add("callerName", Words.of(Messages.class, m -> m.error_too_long(MAX_NAME_LENGTH)));
        }
        String phone = null;
        if (strip(input.callerPhone()) != null) {
            phone = Phones.normalise(input.callerPhone(), Site.phoneRegionOf(staff.currentSiteId())).orElse(null);
            if (phone == null) {
                errors.add("callerPhone", Words.of(Messages.class, Messages::error_phone));
            }
        } else if (call.pbxCallId != null) {
            phone = call.callerPhone; // as the phone system gave it
        }
        // A call from the phone system keeps the ring time it measured; the desk says the rings of the others.
        boolean fromPhoneSystem = call.pbxCallId != null;
        Integer rings = fromPhoneSystem ? call.ringsBeforeAnswer : input.ringsBeforeAnswer();
        if (!fromPhoneSystem && rings == null) {
            errors.add("ringsBeforeAnswer", Words.of(Messages.class, Messages::error_required));
        } else if (!fromPhoneSystem && (rings < 1 || rings > MAX_RINGS)) {
            errors.add("ringsBeforeAnswer", ReceptionText.said(t -> t.error_rings(MAX_RINGS)));
        }
        CallCategory category = Enums.parse(CallCategory.class, input.category());
        if (category == null) {
            errors.add("category", ReceptionText.said(ReceptionMessages::error_category));
        }
        String notes = strip(input.notes());
        if (notes != null && ReceptionText.length(notes) > MAX_NOTES_LENGTH) {
            errors.add("notes", Words.of(Messages.class, m -> m.error_too_long(MAX_NOTES_LENGTH)));
        }
        CallOutcome outcome = Enums.parse(CallOutcome.class, input.outcome());
        if (outcome == null) {
            errors.add("outcome", ReceptionText.said(ReceptionMessages::error_call_outcome));
        }
        Optional<Match> match = phone == null ? Optional.empty() : matchAt(phone, call.siteId);
        PromiseService.Request callback = null;
        if (outcome == CallOutcome.CALLBACK_PROMISED) {
            callback = new PromiseService.Request(PromiseSource.CALL, null, call.siteId, input.callbackWhat(),
                    match.map(Match::residentId).orElse(null), match.map(Match::unitId).orElse(null), name, phone,
                    input.callbackDueAt());
            promises.validate(callback, "callbackWhat", "callbackDueAt", errors);
        }
        errors.throwIfAny();

        call.callerName = name;
        call.callerPhone = phone;
        call.residentId = match.map(Match::residentId).orElse(null);
        call.unitId = match.map(Match::unitId).orElse(null);
        call.ringsBeforeAnswer = rings;
        call.category = category;
        call.notes = notes;
        call.outcome = outcome;
        call.endedAt = clock.instant();
        if (call.endedAt.isBefore(call.startedAt)) {
            call.endedAt = call.startedAt;
        }
        call.persist();
        if (callback != null) {
            promises.make(new PromiseService.Request(PromiseSource.CALL, call.id, callback.siteId(), callback.what(),
                    callback.residentId(), callback.unitId(), callback.customerName(), callback.customerPhone(),
                    callback.dueAt()), "callbackWhat", "callbackDueAt");
        }
    }

    /** The resident of the tablet's site whose phones include the number as typed (spaces, dashes, +886...). */
    public Optional<Match> match(String rawPhone) {
        return Phones.normalise(rawPhone, Site.phoneRegionOf(staff.currentSiteId())).flatMap(e164 -> matchAt(e164, staff.currentSiteId()));
    }

    /** The resident of a site whose phones include the number (E.164). */
    public Optional<Match> matchAt(String e164, Long siteId) {
        // The GIN-indexed search terms find the candidates; the phones array makes the match exact.
        String terms = "{" + String.join(",", SearchTerms.forPhone(e164)) + "}";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(MATCH_BY_PHONE)
                .setParameter(1, siteId).setParameter(2, terms).setParameter(3, e164).getResultList();
        return rows.stream().findFirst().map(row -> new Match(((Number) row[0]).longValue(), (String) row[1],
                row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3]));
    }

    public View view(Long id) {
        return views(List.of(find(id))).get(0);
    }

    /** The calls started on a day (in the site's time zone) at the tablet's site, latest first. */
    public List<View> day(LocalDate date) {
        return views(callsOf(date));
    }

    /** A day's calls at the tablet's site with their summary, read once: the desk board shows both. */
    public record Day(List<View> calls, Summary summary) {
    }

    public Day dayWithSummary(LocalDate date) {
        List<PhoneCall> calls = callsOf(date);
        return new Day(views(calls), summarise(calls));
    }

    public Summary summary(LocalDate date) {
        return summarise(callsOf(date));
    }

    private static Summary summarise(List<PhoneCall> calls) {
        List<PhoneCall> incoming = calls.stream().filter(c -> c.direction == PhoneCall.Direction.IN).toList();
        List<PhoneCall> answered = incoming.stream().filter(c -> c.state == PhoneCall.State.ANSWERED).toList();
        long within = answered.stream().filter(c -> Boolean.TRUE.equals(c.answeredWithinStandard())).count();
        long measured = answered.stream().filter(PhoneCall::isMeasured).count();
        long missed = incoming.stream().filter(c -> c.state == PhoneCall.State.MISSED).count();
        Long percent = answered.isEmpty() ? null : Math.round(100.0 * within / answered.size());
        return new Summary(answered.size(), within, percent, measured, answered.size() - measured, missed);
    }

    /**
     * What the desk board shows of the phone system now: the incoming calls ringing at the tablet's site (for
     * at most {@code within}; a hang-up the phone system never sent must not ring forever), latest first.
     */
    public List<View> ringing(java.time.Duration within) {
        return views(PhoneCall.list("siteId = ?1 and state = ?2 and direction = ?3 and startedAt >= ?4 "
                + "order by startedAt desc, id desc", staff.currentSiteId(), PhoneCall.State.RINGING,
                PhoneCall.Direction.IN, clock.instant().minus(within)));
    }

    /**
     * The call the phone system says was just answered at this desk and the desk has not recorded yet: answered
     * by the signed-in staff member, or by an extension the phone system could not name, within {@code within}.
     */
    public Optional<View> answeredHere(java.time.Duration within) {
        return PhoneCall.<PhoneCall>find("siteId = ?1 and pbxCallId is not null and state = ?2 and endedAt is null "
                + "and answeredAt >= ?3 and (answeredBy = ?4 or answeredBy is null) and direction = ?5 "
                + "order by answeredAt desc, id desc", staff.currentSiteId(), PhoneCall.State.ANSWERED,
                clock.instant().minus(within), staff.username(), PhoneCall.Direction.IN).firstResultOptional()
                .map(c -> views(List.of(c)).get(0));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private List<PhoneCall> callsOf(LocalDate date) {
        ZoneId zone = zone();
        return PhoneCall.list("siteId = ?1 and startedAt >= ?2 and startedAt < ?3 order by startedAt desc, id desc",
                staff.currentSiteId(), date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The missed calls of the last week at the tablet's site whose callback is still to be made, latest first. */
    public List<View> awaitingCallback() {
        return views(PhoneCall.list("siteId = ?1 and state = ?2 and direction = ?3 and startedAt >= ?4 "
                + "order by startedAt desc, id desc", staff.currentSiteId(), PhoneCall.State.MISSED,
                PhoneCall.Direction.IN, clock.instant().minus(java.time.Duration.ofDays(7)))).stream()
                .filter(View::awaitingCallback).toList();
    }

    /** The desk called back a missed call: its callback promise is kept (409 when there is none open). */
    @Transactional
    public void calledBack(Long id) {
        PhoneCall call = find(id);
        Promise open = Promise.<Promise>find("sourceKind = ?1 and sourceId = ?2 and state = ?3",
                PromiseSource.CALL, call.id, PromiseState.OPEN).firstResult();
        if (open == null) {
            throw new Conflict(ReceptionText.said(ReceptionMessages::conflict_call_finished));
        }
        promises.kept(open.id);
    }

    /** A call of the caller's sites; any other id is "not found". */
    PhoneCall find(Long id) {
        PhoneCall call = id == null ? null
                : PhoneCall.findById(id);
        if (call == null) {
            throw new NotFoundException();
        }
        return call;
    }

    private List<View> views(List<PhoneCall> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        List<Long> ids = calls.stream().map(c -> c.id).toList();
        Map<Long, String> residentNames = new HashMap<>();
        List<Long> residentIds = calls.stream().map(c -> c.residentId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> residentNames.put(r.id, r.name));
        }
        Map<Long, String> unitLabels = new HashMap<>();
        List<Long> unitIds = calls.stream().map(c -> c.unitId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!unitIds.isEmpty()) {
            Unit.<Unit>list("id in ?1", unitIds).forEach(u -> unitLabels.put(u.id, u.label));
        }
        Map<Long, Promise> callbacks = new HashMap<>();
        Promise.<Promise>list("sourceKind = ?1 and sourceId in ?2 order by createdAt desc, id desc", PromiseSource.CALL,
                ids).forEach(p -> callbacks.putIfAbsent(p.sourceId, p));
        return calls.stream().map(c -> {
            Promise callback = callbacks.get(c.id);
            return new View(c.id, c.pbxCallId, c.direction, c.state, c.startedAt, c.answeredAt, c.endedAt,
                    c.callerName, c.callerPhone == null ? null : Phones.mask(c.callerPhone), c.residentId,
                    residentNames.get(c.residentId), c.unitId, unitLabels.get(c.unitId), c.ringsBeforeAnswer,
                    c.ringSeconds, c.isMeasured(), c.answeredWithinStandard(), c.answeredBy, c.category, c.notes,
                    c.outcome, callback == null ? null : callback.id, callback == null ? null : callback.what,
                    callback == null ? null : callback.dueAt, callback == null ? null : callback.state);
        }).toList();
    }

    ZoneId zone() {
        Site site = Site.findById(staff.currentSiteId());
        return site != null ? site.zone() : ZoneId.of(config.defaultTimeZone());
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
