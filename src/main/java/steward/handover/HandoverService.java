package steward.handover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.center.Inspection;
import steward.center.InspectionService;
import steward.notify.NotificationService;
import steward.promise.SiteTimes;
import steward.resident.Site;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.StoredText;
import steward.web.Words;
import steward.web.Enums;

/**
 * The shift handover (交接班, issue 20). The outgoing staff member signs a handover generated from the records
 * ({@link HandoverSection}s: visitors still in, the mail shelf, items lent and IDs held, promises due in the next
 * shift, callbacks, call-outs, open tills) with a note; the incoming one confirms each section or writes what does
 * not match, and signs; a difference becomes an item for the supervisors. Read-only once confirmed.
 */
@ApplicationScoped
public class HandoverService {

    static final int MAX_LIST = 200;
    /** The shifts of the desk start at these local times (as the inspections' shifts: day, evening, night). */
    static final List<LocalTime> SHIFT_STARTS = List.of(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0));
    static final Duration SHIFT_LENGTH = Duration.ofHours(8);

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    InputRules rules;

    @Inject
    Instance<HandoverSection> sections;

    @Inject
    NotificationService notifications;

    @Inject
    HandoverConfig config;

    public record NewHandover(@Size(max = 2000, message = "{steward.too_long}") String note) {
    }

    /** The incoming staff member's word on one section: it matches, or what does not (and which lines are missing). */
    public record SectionCheck(
            @NotBlank(message = "{steward.required}") @Pattern(regexp = "[a-z_]{1,40}", message = "{steward.choice}") String section,
            @NotNull(message = "{steward.required}") Boolean matches,
            @Size(max = 1000, message = "{steward.too_long}") String difference,
            @Size(max = 500, message = "{steward.too_long}") List<@NotNull Long> missing) {

        /** A section that does not match says how. */
        @JsonIgnore
        @AssertTrue(message = "{steward.handover.difference}")
        public boolean isDifference() {
            return !Boolean.FALSE.equals(matches) || difference != null && !difference.isBlank();
        }
    }

    public record Confirmation(
            @NotNull(message = "{steward.required}") @Size(max = 50, message = "{steward.too_long}") List<@NotNull @Valid SectionCheck> sections) {
    }

    public record Settlement(@NotBlank(message = "{steward.required}") @Size(max = 1000, message = "{steward.too_long}") String note) {
    }

    public enum State {
        PENDING, LATE, CONFIRMED
    }

    /** A line as shown: {@code codeLabel} said in the reader's words where it is read. */
    public record LineView(Long refId, String code, Words codeLabel, String label, String detail, String owner,
            String ownerName, Integer quantity, Instant at, BigDecimal amount, String link, boolean missing) {
    }

    /** A count of a section's lines by their detail (items per shelf). */
    public record Count(String detail, int quantity) {
    }

    public record DifferenceView(Long id, String section, Words sectionTitle, String difference, Instant foundAt,
            String foundBy, Instant settledAt, String settledBy, String settleNote, Long handoverId) {

        public boolean open() {
            return settledAt == null;
        }
    }

    public record SectionView(String key, Words title, List<LineView> lines, List<Count> counts, Boolean matches,
            String difference, DifferenceView item) {
    }

    public record Detail(Long id, Inspection.Shift shift, Instant shiftStartsAt, Instant shiftEndsAt, String note,
            String outgoing, String outgoingName, Instant signedOutAt, String incoming, String incomingName,
            Instant confirmedAt, State state, List<SectionView> sections) {

        public boolean isConfirmed() {
            return state == State.CONFIRMED;
        }
    }

    public record Summary(Long id, Inspection.Shift shift, Instant shiftStartsAt, String outgoingName,
            String incomingName, Instant confirmedAt, State state, long differences) {
    }

    /** What a handover opened now would hold: the incoming shift and its generated sections (nothing stored). */
    public record Preview(Inspection.Shift shift, Instant shiftStartsAt, Instant shiftEndsAt, List<SectionView> sections) {
    }

    public Preview preview() {
        Long siteId = staff.currentSiteId();
        Instant now = clock.instant();
        Instant starts = nearestShiftStart(now, zone(siteId));
        Instant ends = starts.plus(SHIFT_LENGTH);
        List<SectionView> views = ordered().stream().map(s -> {
            List<LineView> lines = s.lines(siteId, now, starts, ends).stream()
                    .map(l -> lineView(s, HandoverLine.of(l), Map.of())).toList();
            return new SectionView(s.key(), s.title(), lines, counts(s, lines), null, null, null);
        }).toList();
        return new Preview(shiftAt(starts, zone(siteId)), starts, ends, named(views));
    }

    /** Generates and signs the handover to the shift nearest now; one per site and shift (409 for a second). */
    @Transactional
    public Handover open(NewHandover input) {
        rules.check(input);
        Long siteId = staff.currentSiteId();
        Instant now = clock.instant();
        ZoneId zone = zone(siteId);
        Instant starts = nearestShiftStart(now, zone);
        Handover existing = Handover.find("siteId = ?1 and shiftStartsAt = ?2", siteId, starts).firstResult();
        if (existing != null) {
            String outgoing = name(existing.outgoing);
            throw new Conflict(HandoverText.said(t -> t.conflict_opened(outgoing)));
        }
        Handover handover = new Handover();
        handover.siteId = siteId;
        handover.shift = shiftAt(starts, zone);
        handover.shiftStartsAt = starts;
        handover.shiftEndsAt = starts.plus(SHIFT_LENGTH);
        handover.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        handover.outgoing = staff.username();
        handover.signedOutAt = now;
        try {
            handover.persist();
            handover.flush();
        } catch (PersistenceException e) {
            // Two tablets signing the same shift at once: the unique (site, shift start) lets one through.
            throw new Conflict(HandoverText.said(t -> t.conflict_opened("")));
        }
        int position = 0;
        for (HandoverSection section : ordered()) {
            HandoverPart part = new HandoverPart();
            part.siteId = siteId;
            part.handoverId = handover.id;
            part.section = section.key();
            part.position = position++;
            part.persist();
            int line = 0;
            for (HandoverSection.Line generated : section.lines(siteId, now, starts, handover.shiftEndsAt)) {
                HandoverLine row = HandoverLine.of(generated);
                row.siteId = siteId;
                row.sectionId = part.id;
                row.position = line++;
                row.persist();
            }
        }
        return handover;
    }

    /**
     * The incoming staff member (anyone but the outgoing one) confirms every section or says what does not
     * match; each difference becomes an item for the site's supervisors, who are told once. Read-only after.
     */
    @Transactional
    public Handover confirm(Long id, Confirmation input) {
        rules.check(input);
        Handover handover = find(id, true);
        if (handover.confirmedAt != null) {
            String confirmedAt = SiteTimes.format(handover.confirmedAt, zone(handover.siteId));
            throw new Conflict(HandoverText.said(t -> t.conflict_confirmed(confirmedAt)));
        }
        if (handover.outgoing.equals(staff.username())) {
            throw new Conflict(HandoverText.said(HandoverMessages::own_handover));
        }
        Map<String, HandoverPart> parts = new LinkedHashMap<>();
        HandoverPart.<HandoverPart>list("handoverId = ?1 order by position", handover.id)
                .forEach(p -> parts.put(p.section, p));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Map<String, SectionCheck> checks = new HashMap<>();
        for (int i = 0; i < input.sections().size(); i++) {
            SectionCheck check = input.sections().get(i);
            HandoverPart part = parts.get(check.section());
            if (part == null || checks.put(check.section(), check) != null) {
                errors.add("sections[" + i + "].section", HandoverText.said(HandoverMessages::error_section));
                continue;
            }
            if (check.missing() != null && !check.missing().isEmpty()) {
                Set<Long> refs = new HashSet<>(HandoverLine.<HandoverLine>list("sectionId", part.id).stream()
                        .map(l -> l.refId).toList());
                if (!refs.containsAll(check.missing())) {
                    errors.add("sections[" + i + "].missing", HandoverText.said(HandoverMessages::error_missing));
                }
            }
        }
        if (!checks.keySet().containsAll(parts.keySet())) {
            errors.add("sections", HandoverText.said(HandoverMessages::error_all_sections));
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        handover.incoming = staff.username();
        handover.confirmedAt = now;
        for (HandoverPart part : parts.values()) {
            SectionCheck check = checks.get(part.section);
            part.matches = check.matches();
            part.difference = check.matches() ? null : check.difference().strip();
            if (check.missing() != null && !check.missing().isEmpty()) {
                HandoverLine.update("missing = true where sectionId = ?1 and refId in ?2", part.id, check.missing());
            }
            if (!check.matches()) {
                HandoverDifference item = new HandoverDifference();
                item.siteId = handover.siteId;
                item.handoverId = handover.id;
                item.sectionId = part.id;
                item.foundAt = now;
                item.foundBy = staff.username();
                item.persist();
                tellSupervisors(handover, part);
            }
        }
        notifications.clearInApp(keyPrefix(handover.id) + "late:");
        return handover;
    }

    /** A supervisor settles a difference with a note, once. */
    @Transactional
    public HandoverDifference settle(Long differenceId, Settlement input) {
        rules.check(input);
        HandoverDifference item = differenceId == null ? null
                : HandoverDifference.<HandoverDifference>find("id", differenceId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (item == null) {
            throw new NotFoundException();
        }
        if (item.settledAt != null) {
            throw new Conflict(HandoverText.said(HandoverMessages::conflict_settled));
        }
        item.settledAt = clock.instant();
        item.settledBy = staff.username();
        item.settleNote = input.note().strip();
        notifications.clearInApp(keyPrefix(item.handoverId) + "difference:" + item.sectionId + ":");
        return item;
    }

    /**
     * The keys of a handover's sections in their order. A projection, so no entity of the handover is held by the
     * request's session: a page that reads these before a step and the handover after it sees the step's result.
     */
    public List<String> sectionKeys(Long id) {
        List<String> keys = id == null ? List.of() : Panache.getEntityManager().createQuery("""
                select p.section from HandoverPart p where p.handoverId = ?1 order by p.position""", String.class)
                .setParameter(1, id).getResultList();
        if (keys.isEmpty()) {
            throw new NotFoundException();
        }
        return keys;
    }

    public Detail detail(Long id) {
        Handover handover = find(id, false);
        Map<String, HandoverSection> beans = new HashMap<>();
        ordered().forEach(s -> beans.put(s.key(), s));
        Map<Long, HandoverDifference> items = new HashMap<>();
        HandoverDifference.<HandoverDifference>list("handoverId", handover.id).forEach(d -> items.put(d.sectionId, d));
        List<HandoverPart> parts = HandoverPart.list("handoverId = ?1 order by position", handover.id);
        Map<Long, List<HandoverLine>> lines = new HashMap<>();
        if (!parts.isEmpty()) {
            HandoverLine.<HandoverLine>list("sectionId in ?1 order by sectionId, position",
                    parts.stream().map(p -> p.id).toList()).forEach(l -> lines.computeIfAbsent(l.sectionId,
                            k -> new ArrayList<>()).add(l));
        }
        Map<String, String> names = names(lines.values().stream().flatMap(List::stream).map(l -> l.owner).toList());
        List<SectionView> sections = parts.stream().map(p -> {
            HandoverSection bean = beans.get(p.section);
            List<LineView> shown = lines.getOrDefault(p.id, List.of()).stream()
                    .map(l -> lineView(bean, l, names)).toList();
            HandoverDifference item = items.get(p.id);
            Words title = title(bean, p);
            return new SectionView(p.section, title, shown, counts(bean, shown), p.matches, p.difference,
                    item == null ? null : differenceView(item, p, title));
        }).toList();
        return new Detail(handover.id, handover.shift, handover.shiftStartsAt, handover.shiftEndsAt, handover.note,
                handover.outgoing, name(handover.outgoing), handover.signedOutAt, handover.incoming,
                handover.incoming == null ? null : name(handover.incoming), handover.confirmedAt, state(handover),
                sections);
    }

    public State parseState(String state) {
        return Enums.parseOrRefuse(State.class, state, null, "state",
                InputRules.said("steward.one_of", "PENDING, LATE, CONFIRMED"));
    }

    /** The handovers of the caller's sites, newest shift first, optionally in one state. */
    public List<Summary> list(State state) {
        Instant lateFrom = clock.instant().minus(config.confirmWithin());
        String where = switch (state == null ? "" : state.name()) {
            case "PENDING" -> "confirmedAt is null and shiftStartsAt > :late ";
            case "LATE" -> "confirmedAt is null and shiftStartsAt <= :late ";
            case "CONFIRMED" -> "confirmedAt is not null ";
            default -> "";
        };
        Map<String, Object> parameters = new HashMap<>();
        if (where.contains(":late")) {
            parameters.put("late", lateFrom);
        }
        List<Handover> found = Handover.<Handover>find(where + "order by shiftStartsAt desc, id desc", parameters)
                .page(0, MAX_LIST).list();
        Map<Long, Long> differences = new HashMap<>();
        if (!found.isEmpty()) {
            HandoverDifference.<HandoverDifference>list("handoverId in ?1", found.stream().map(h -> h.id).toList())
                    .forEach(d -> differences.merge(d.handoverId, 1L, Long::sum));
        }
        Map<String, String> names = names(found.stream().flatMap(h -> java.util.stream.Stream.of(h.outgoing,
                h.incoming)).toList());
        return found.stream().map(h -> new Summary(h.id, h.shift, h.shiftStartsAt,
                names.getOrDefault(h.outgoing, h.outgoing), h.incoming == null ? null : names.getOrDefault(h.incoming,
                        h.incoming), h.confirmedAt, state(h), differences.getOrDefault(h.id, 0L))).toList();
    }

    /** The differences supervisors have not settled, oldest first. */
    public List<DifferenceView> openDifferences() {
        Map<String, HandoverSection> beans = new HashMap<>();
        ordered().forEach(s -> beans.put(s.key(), s));
        return HandoverDifference.<HandoverDifference>list("settledAt is null order by foundAt, id").stream().map(d -> {
                    HandoverPart part = HandoverPart.findById(d.sectionId);
                    HandoverSection bean = beans.get(part.section);
                    return differenceView(d, part, title(bean, part));
                }).toList();
    }

    State state(Handover handover) {
        if (handover.confirmedAt != null) {
            return State.CONFIRMED;
        }
        return handover.shiftStartsAt.plus(config.confirmWithin()).isAfter(clock.instant()) ? State.PENDING
                : State.LATE;
    }

    /** Every message about a handover has a key starting with this. */
    static String keyPrefix(Long handoverId) {
        return "handover:" + handoverId + ":";
    }

    private void tellSupervisors(Handover handover, HandoverPart part) {
        String incoming = name(handover.incoming);
        StoredText title = StoredText.of("handover:section", part.section);
        for (NotificationService.Recipient supervisor : notifications.staffWithRole(handover.siteId, Roles.SUPERVISOR)) {
            notifications.enqueue(new NotificationService.Message(handover.siteId,
                    keyPrefix(handover.id) + "difference:" + part.id + ":" + supervisor.username(), supervisor,
                    StoredText.of("handover:difference_subject", title),
                    StoredText.of("handover:difference_body", incoming, title, part.difference),
                    "/handovers/" + handover.id));
        }
    }

    /** A section stored by a bean that no longer exists reads as its key. */
    private static Words title(HandoverSection bean, HandoverPart part) {
        return bean != null ? bean.title() : Words.as(part.section);
    }

    private DifferenceView differenceView(HandoverDifference d, HandoverPart part, Words title) {
        return new DifferenceView(d.id, part.section, title, part.difference, d.foundAt, name(d.foundBy), d.settledAt,
                d.settledBy == null ? null : name(d.settledBy), d.settleNote, d.handoverId);
    }

    private LineView lineView(HandoverSection bean, HandoverLine l, Map<String, String> names) {
        Words codeLabel = l.code == null ? null : bean != null ? bean.codeLabel(l.code) : Words.as(l.code);
        return new LineView(l.refId, l.code, codeLabel, l.label, l.detail, l.owner,
                l.owner == null ? null : names.getOrDefault(l.owner, l.owner), l.quantity, l.at, l.amount, l.link,
                l.missing);
    }

    private static List<Count> counts(HandoverSection bean, List<LineView> lines) {
        if (bean == null || !bean.countedByDetail()) {
            return List.of();
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        lines.forEach(l -> counts.merge(l.detail() == null ? "" : l.detail(),
                l.quantity() == null ? 1 : l.quantity(), Integer::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** The preview shows the owners' names as the stored handover does. */
    private List<SectionView> named(List<SectionView> views) {
        Map<String, String> names = names(views.stream().flatMap(v -> v.lines().stream()).map(LineView::owner).toList());
        return views.stream().map(v -> new SectionView(v.key(), v.title(), v.lines().stream()
                .map(l -> new LineView(l.refId(), l.code(), l.codeLabel(), l.label(), l.detail(), l.owner(),
                        l.owner() == null ? null : names.getOrDefault(l.owner(), l.owner()), l.quantity(), l.at(),
                        l.amount(), l.link(), false))
                .toList(), v.counts(), null, null, null)).toList();
    }

    private List<HandoverSection> ordered() {
        return sections.stream().sorted(Comparator.comparingInt(HandoverSection::order)).toList();
    }

    private Handover find(Long id, boolean forChange) {
        var query = id == null ? null : Handover.<Handover>find("id", id);
        if (query != null && forChange) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Handover handover = query == null ? null : query.firstResult();
        if (handover == null) {
            throw new NotFoundException();
        }
        return handover;
    }

    /** The shift start nearest a moment: a handover made a little before or after the change is for that shift. */
    static Instant nearestShiftStart(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant best = null;
        for (int d = -1; d <= 1; d++) {
            for (LocalTime start : SHIFT_STARTS) {
                Instant candidate = today.plusDays(d).atTime(start).atZone(zone).toInstant();
                if (best == null || Duration.between(candidate, now).abs()
                        .compareTo(Duration.between(best, now).abs()) < 0) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    static Inspection.Shift shiftAt(Instant start, ZoneId zone) {
        return InspectionService.shiftAt(LocalTime.ofInstant(start, zone));
    }

    private static ZoneId zone(Long siteId) {
        Site site = Site.findById(siteId);
        return site != null ? site.zone() : ZoneId.of("UTC");
    }

    private static String name(String username) {
        Account account = username == null ? null : Account.findByUsername(username);
        return account != null ? account.displayName : username;
    }

    private static Map<String, String> names(List<String> usernames) {
        return Sections.names(usernames);
    }
}
