package steward.reception;

import static steward.reception.ReceptionText.said;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import steward.StewardConfig;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;
import steward.web.Enums;
import steward.resident.SiteRows;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Visitors at the desk (the seed's 二(三)–(五)): registered before the host is contacted, moved on by the host's
 * answer, seen off; and the day's board (visitor records are deleted by steward.privacy's retention rule).
 */
@ApplicationScoped
public class VisitService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_PURPOSE_LENGTH = 500;
    static final int MAX_PARTY_SIZE = 50;
    static final int MAX_PLATE_LENGTH = 15;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    StewardConfig config;

    /**
     * A visitor to register. {@code arranged}: whether they say the visit was arranged with the host (the seed's
     * 「是否已與*先生/(女士)聯繫好」; null when not asked). {@code expectedAt}: an arranged visit registered before
     * the visitor comes, expected then.
     */
    public record NewVisit(
            @Schema(required = true) String visitorName,
            String visitorPhone,
            Integer partySize,
            String purpose,
            @Schema(description = "The host resident; required unless unitId is given") Long hostResidentId,
            Long unitId,
            String plateNumber,
            Boolean arranged,
            Instant expectedAt) {
    }

    /** An arranged visit may be registered at most this far ahead. */
    static final java.time.Duration EXPECTED_WITHIN = java.time.Duration.ofDays(31);

    /**
     * What the desk says at a step, and how (the seed's manner: stand, smile, gesture), said in the reader's language
     * where it is shown; no hint for a step that needs none.
     */
    public record Phrase(Words text, Words hint) {
    }

    /**
     * A visit as the desk sees it: the visitor's phone masked, the host and unit by name; {@code phrase}, the phrase
     * of the step it is at, and {@code direction}, the phrase to say with a gesture once the host has confirmed (null
     * before), said where the visit is shown.
     */
    public record View(Long id, VisitStatus status, String visitorName, String visitorPhoneMasked, int partySize,
            String purpose, Long hostResidentId, String hostName, Long unitId, String unitLabel, String plateNumber,
            VisitStatus hostResponse, boolean teaServed, Instant registeredAt, Instant respondedAt, Instant leftAt,
            boolean flagged, Words direction, Phrase phrase, Boolean arranged, Instant expectedAt,
            Instant arrivedAt) {

        /** An expected visitor has come: one tap. */
        public boolean canArrive() {
            return status == VisitStatus.EXPECTED;
        }

        public boolean canRespond() {
            return status == VisitStatus.REGISTERED;
        }

        public boolean canConfirm() {
            return status.canMoveTo(VisitStatus.CONFIRMED);
        }

        public boolean canCheckOut() {
            return status.canMoveTo(VisitStatus.LEFT);
        }

        public boolean canServeTea() {
            return status == VisitStatus.ASKED_TO_WAIT && !teaServed;
        }
    }

    /**
     * Today's visits of the tablet's site in the board's columns, open visits of earlier days, and the arranged
     * visitors expected today (or earlier, not come yet).
     */
    public record Board(List<View> expected, List<View> registered, List<View> waiting, List<View> admitted,
            List<View> left) {
    }

    @Transactional
    public View register(NewVisit input, InvalidInput.Collector errors) {
        Long siteId = staff.currentSiteId();

        String name = strip(input.visitorName());
        if (name == null) {
            errors.add("visitorName", Words.of(Messages.class, Messages::error_required));
        } else if (ReceptionText.length(name) > MAX_NAME_LENGTH) {
            errors.add("visitorName", Words.of(Messages.class, m -> m.error_too_long(MAX_NAME_LENGTH)));
        }
        String phone = null;
        if (strip(input.visitorPhone()) != null) {
            phone = Phones.normalise(input.visitorPhone(), Site.phoneRegionOf(staff.currentSiteId())).orElse(null);
            if (phone == null) {
                errors.add("visitorPhone", Words.of(Messages.class, Messages::error_phone));
            }
        }
        int partySize = input.partySize() == null ? 1 : input.partySize();
        if (partySize < 1 || partySize > MAX_PARTY_SIZE) {
            errors.add("partySize", said(t -> t.error_party_size(MAX_PARTY_SIZE)));
        }
        String purpose = strip(input.purpose());
        if (purpose != null && ReceptionText.length(purpose) > MAX_PURPOSE_LENGTH) {
            errors.add("purpose", Words.of(Messages.class, m -> m.error_too_long(MAX_PURPOSE_LENGTH)));
        }
        String plate = plate(input.plateNumber());
        if (input.plateNumber() != null && !input.plateNumber().isBlank() && plate == null) {
            errors.add("plateNumber", said(ReceptionMessages::error_plate));
        }
        Resident host = SiteRows.named(Resident.class, input.hostResidentId(), siteId, "hostResidentId",
                said(ReceptionMessages::error_unknown_resident), errors);
        Unit unit = SiteRows.named(Unit.class, input.unitId(), siteId, "unitId",
                Words.of(Messages.class, Messages::error_unknown_unit), errors);
        if (input.hostResidentId() == null && input.unitId() == null) {
            errors.add("hostResidentId", said(ReceptionMessages::error_host_required));
        }
        Instant now = clock.instant();
        Instant expectedAt = input.expectedAt();
        if (expectedAt != null && Boolean.FALSE.equals(input.arranged())) {
            errors.add("expectedAt", said(ReceptionMessages::error_expected_not_arranged));
        } else if (expectedAt != null && (expectedAt.isBefore(now.minus(java.time.Duration.ofHours(1)))
                || expectedAt.isAfter(now.plus(EXPECTED_WITHIN)))) {
            errors.add("expectedAt", said(t -> t.error_expected_at(EXPECTED_WITHIN.toDays())));
        }
        errors.throwIfAny();

        Visit visit = new Visit();
        visit.siteId = siteId;
        visit.visitorName = name;
        visit.visitorPhone = phone;
        visit.partySize = partySize;
        visit.purpose = purpose;
        visit.hostResidentId = host == null ? null : host.id;
        // The direction phrase names the unit: a resident host's own unit when none was chosen.
        visit.unitId = unit != null ? unit.id : host.units.stream().findFirst().map(u -> u.id).orElse(null);
        visit.plateNumber = plate;
        visit.arranged = expectedAt != null ? Boolean.TRUE : input.arranged();
        visit.expectedAt = expectedAt;
        visit.status = expectedAt != null ? VisitStatus.EXPECTED : VisitStatus.REGISTERED;
        visit.registeredAt = now;
        visit.registeredBy = staff.username();
        visit.persist();
        return views(List.of(visit)).get(0);
    }

    /** The expected visitor has come: registered now, and the host is to be told (one tap). */
    @Transactional
    public View arrive(Long id) {
        Visit visit = find(id);
        move(visit, VisitStatus.REGISTERED);
        visit.arrivedAt = clock.instant();
        return saved(visit);
    }

    /** The expected visitor did not come. */
    @Transactional
    public View cancel(Long id) {
        Visit visit = find(id);
        if (visit.status != VisitStatus.EXPECTED) {
            throw movedOn(visit);
        }
        visit.status = VisitStatus.CANCELLED;
        return saved(visit);
    }

    /** The host's answer: {@code CONFIRMED}, {@code ASKED_TO_WAIT}, {@code ABSENT} or {@code DECLINED}. */
    @Transactional
    public View respond(Long id, String outcome) {
        VisitStatus next = parseResponse(outcome);
        if (next == null) {
            throw InvalidInput.of("outcome", said(ReceptionMessages::error_outcome));
        }
        Visit visit = find(id);
        move(visit, next);
        visit.hostResponse = next;
        visit.respondedAt = clock.instant();
        return saved(visit);
    }

    /** The farewell: 「請慢走」. */
    @Transactional
    public View checkOut(Long id) {
        Visit visit = find(id);
        move(visit, VisitStatus.LEFT);
        visit.leftAt = clock.instant();
        return saved(visit);
    }

    /** A visitor waiting in the lobby has been served tea (the seed's 二(四)4). */
    @Transactional
    public View serveTea(Long id) {
        Visit visit = find(id);
        if (visit.status != VisitStatus.ASKED_TO_WAIT) {
            throw movedOn(visit);
        }
        visit.teaServed = true;
        return saved(visit);
    }

    public View view(Long id) {
        return views(List.of(find(id))).get(0);
    }

    /** The visits registered on a day (in the site's time zone) of the tablet's site, optionally of one status. */
    public List<View> day(LocalDate date, VisitStatus status) {
        ZoneId zone = zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Visit> visits = status == null
                ? Visit.list("siteId = ?1 and registeredAt >= ?2 and registeredAt < ?3 order by registeredAt, id",
                        staff.currentSiteId(), from, to)
                : Visit.list("siteId = ?1 and registeredAt >= ?2 and registeredAt < ?3 and status = ?4 "
                        + "order by registeredAt, id", staff.currentSiteId(), from, to, status);
        return views(visits);
    }

    /**
     * Today's visits, plus visits of earlier days still open (they are flagged for the evening shift), and the
     * arranged visitors expected by the end of today who have not come.
     */
    public Board board() {
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<Visit> visits = Visit.list("siteId = :site and (coalesce(arrivedAt, registeredAt) >= :today "
                + "and status not in (:notHere) or status in (:inside) or status = :expected and expectedAt < :end) "
                + "order by coalesce(expectedAt, registeredAt), id", io.quarkus.panache.common.Parameters
                        .with("site", staff.currentSiteId()).and("today", startOfToday)
                        .and("notHere", List.of(VisitStatus.EXPECTED, VisitStatus.CANCELLED))
                        .and("inside", List.of(VisitStatus.REGISTERED, VisitStatus.CONFIRMED,
                                VisitStatus.ASKED_TO_WAIT, VisitStatus.ABSENT, VisitStatus.DECLINED))
                        .and("expected", VisitStatus.EXPECTED).and("end", endOfToday));
        List<View> expected = new ArrayList<>();
        List<View> registered = new ArrayList<>();
        List<View> waiting = new ArrayList<>();
        List<View> admitted = new ArrayList<>();
        List<View> left = new ArrayList<>();
        for (View view : views(visits)) {
            switch (view.status()) {
                case EXPECTED -> expected.add(view);
                case ASKED_TO_WAIT -> waiting.add(view);
                case CONFIRMED -> admitted.add(view);
                case LEFT -> left.add(0, view);
                default -> registered.add(view);
            }
        }
        return new Board(expected, registered, waiting, admitted, left);
    }

    /** The name the visitor gave last time they came with this phone, so the desk need not ask again. */
    public Optional<String> knownVisitorName(String rawPhone) {
        Optional<String> phone = Phones.normalise(rawPhone, Site.phoneRegionOf(staff.currentSiteId()));
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        return Visit.<Visit>find("siteId = ?1 and visitorPhone = ?2 order by registeredAt desc", staff.currentSiteId(),
                phone.get()).firstResultOptional().map(v -> v.visitorName);
    }

    /** A visit of the caller's sites; any other id is "not found", whether or not it exists. */
    Visit find(Long id) {
        Visit visit = id == null ? null : Visit.findById(id);
        if (visit == null) {
            throw new NotFoundException();
        }
        return visit;
    }

    private void move(Visit visit, VisitStatus next) {
        if (!visit.status.canMoveTo(next)) {
            throw movedOn(visit);
        }
        visit.status = next;
    }

    /** Writes now, so that a change another tablet made first is found here (the version check) as a 409. */
    private View saved(Visit visit) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(said(ReceptionMessages::conflict_changed));
        }
        return views(List.of(visit)).get(0);
    }

    private List<View> views(List<Visit> visits) {
        if (visits.isEmpty()) {
            return List.of();
        }
        List<Long> residentIds = visits.stream().map(v -> v.hostResidentId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        List<Long> unitIds = visits.stream().map(v -> v.unitId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> residentNames = new HashMap<>();
        if (!residentIds.isEmpty()) {
            Resident.<Resident>list("id in ?1", residentIds).forEach(r -> residentNames.put(r.id, r.name));
        }
        Map<Long, String> unitLabels = new HashMap<>();
        if (!unitIds.isEmpty()) {
            Unit.<Unit>list("id in ?1", unitIds).forEach(u -> unitLabels.put(u.id, u.label));
        }
        ZoneId zone = zone();
        Instant now = clock.instant();
        Site site = Site.findById(staff.currentSiteId());
        // From the site's day end on, the day's open visits are flagged for the evening shift.
        java.time.LocalTime dayEndsAt = site != null ? site.settings.deskDayEndsAt : java.time.LocalTime.MAX;
        return visits.stream().map(v -> {
            String hostName = residentNames.get(v.hostResidentId);
            String unitLabel = unitLabels.get(v.unitId);
            Instant came = v.arrivedAt != null ? v.arrivedAt : v.registeredAt;
            boolean flagged = v.status.isOpen() && !now.isBefore(LocalDate.ofInstant(came, zone)
                    .atTime(dayEndsAt).atZone(zone).toInstant());
            return new View(v.id, v.status, v.visitorName, v.visitorPhone == null ? null : Phones.mask(v.visitorPhone),
                    v.partySize, v.purpose, v.hostResidentId, hostName, v.unitId, unitLabel, v.plateNumber,
                    v.hostResponse, v.teaServed, v.registeredAt, v.respondedAt, v.leftAt, flagged,
                    v.status == VisitStatus.CONFIRMED && unitLabel != null
                            ? said(t -> t.phrase_direction(unitLabel)) : null,
                    phrase(v.status, hostName, unitLabel), v.arranged, v.expectedAt, v.arrivedAt);
        }).toList();
    }

    /** The phrase of a visit's step: the host named by title and surname, else by the unit. */
    private static Phrase phrase(VisitStatus status, String hostName, String unitLabel) {
        Function<ReceptionMessages, String> host = t -> hostName != null ? t.host_title(ReceptionText.surname(hostName))
                : t.host_of_unit(unitLabel == null ? "" : unitLabel);
        return switch (status) {
            case EXPECTED -> new Phrase(said(t -> t.phrase_expected(host.apply(t))),
                    said(ReceptionMessages::phrase_expected_hint));
            case CANCELLED -> new Phrase(said(t -> t.status(status)), null);
            case REGISTERED -> new Phrase(said(ReceptionMessages::phrase_contacting),
                    said(t -> t.phrase_contacting_hint(host.apply(t))));
            case CONFIRMED -> new Phrase(said(t -> t.phrase_direction(unitLabel == null ? host.apply(t) : unitLabel)),
                    said(ReceptionMessages::phrase_direction_hint));
            case ASKED_TO_WAIT -> new Phrase(said(t -> t.phrase_asked_to_wait(host.apply(t))),
                    said(ReceptionMessages::phrase_asked_to_wait_hint));
            case ABSENT -> new Phrase(said(t -> t.phrase_absent(host.apply(t))), said(ReceptionMessages::phrase_absent_hint));
            case DECLINED -> new Phrase(said(t -> t.phrase_declined(host.apply(t))),
                    said(ReceptionMessages::phrase_declined_hint));
            case LEFT -> new Phrase(said(ReceptionMessages::phrase_farewell), said(ReceptionMessages::phrase_farewell_hint));
        };
    }

    /** The status named by a filter, or null when there is none; unknown names are refused. */
    VisitStatus parseStatus(String status) {
        return Enums.parseOrRefuse(VisitStatus.class, status, null, "status",
                said(ReceptionMessages::error_status));
    }

    private static VisitStatus parseResponse(String outcome) {
        VisitStatus status = Enums.parse(VisitStatus.class, outcome);
        return VisitStatus.HOST_RESPONSES.contains(status) ? status : null;
    }

    /** Plates as painted, upper case without spaces (ABC-1234, 京A12345); null when not a plate. */
    private static String plate(String raw) {
        String plate = strip(raw);
        if (plate == null) {
            return null;
        }
        plate = plate.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        boolean valid = ReceptionText.length(plate) <= MAX_PLATE_LENGTH
                && plate.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '·');
        return valid ? plate : null;
    }

    private ZoneId zone() {
        Site site = Site.findById(staff.currentSiteId());
        return site != null ? site.zone() : ZoneId.of(config.defaultTimeZone());
    }

    /** A visit that has moved on refuses the step, naming where it stands. */
    private static Conflict movedOn(Visit visit) {
        VisitStatus status = visit.status;
        return new Conflict(said(t -> t.conflict_visit(t.status(status))));
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
