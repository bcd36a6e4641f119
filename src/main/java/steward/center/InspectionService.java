package steward.center;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.promise.PromiseSource;
import steward.promise.SiteTimes;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Photos;
import steward.web.Enums;
import steward.web.TypedDates;
import steward.web.Words;

/**
 * Desk inspections (巡檢, the seed's 一 1-5 and 二(一)): each desk's checklist, a round of it by a supervisor or by
 * the desk at the start of its shift, and a corrective promise in the ledger for every failed item.
 */
@ApplicationScoped
public class InspectionService {

    static final int MAX_LIST = 200;
    static final int HISTORY_DEFAULT_DAYS = 30;
    static final int HISTORY_MAX_DAYS = 366;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    @Inject
    CenterConfig config;

    @Inject
    PromiseService promises;

    @Inject
    EntityManager em;

    @Inject
    ShiftInspections shiftInspections;

    @Inject
    InputRules rules;

    /**
     * {@code fromSeed}: one of the seed's checks, which stays on the checklist, named by its {@code code} in the
     * reader's language; a supervisor's own item by the {@code ownLabel} they wrote ({@link #label()}).
     */
    public record ItemView(Long id, InspectionItem.Code code, @JsonIgnore String ownLabel, boolean fromSeed) {

        /** The item's name, said in the reader's language where it is read (the page, the JSON answer). */
        @JsonProperty("label")
        public Words label() {
            return CenterText.itemLabel(code, ownLabel);
        }
    }

    /** A desk, its checklist in its order, and the shifts it is staffed in. */
    public record DeskView(Long id, String name, List<ItemView> items, List<Inspection.Shift> shifts) {

        public boolean staffedIn(Inspection.Shift shift) {
            return shifts.contains(shift);
        }

        public List<Inspection.Shift> allShifts() {
            return List.of(Inspection.Shift.values());
        }
    }

    /** Where an item moves in its checklist. */
    public enum Move {
        UP, DOWN
    }

    /** A desk of the site; its name is unique there (checked by the service, which can read the others). */
    public record NewDesk(
            @Schema(example = "一樓前台")
            @NotBlank(message = "{steward.required}") @Size(max = 50, message = "{steward.too_long}") String name) {

        public NewDesk {
            name = name == null ? null : name.strip();
        }
    }

    /** An item of the supervisor's own on a desk's checklist. */
    public record NewItem(
            @Schema(example = "意見箱有表格和筆")
            @NotBlank(message = "{steward.required}") @Size(max = 200, message = "{steward.too_long}") String label) {

        public NewItem {
            label = label == null ? null : label.strip();
        }
    }

    /**
     * One item's verdict as typed: passed or not, a note (required when failed), a photo (optional). Its rules are
     * checked item by item and named as the form or the body names the item's fields ({@link FieldNames}).
     */
    public record Verdict(Long itemId, @NotNull(message = "{steward.center.verdict}") Boolean passed,
            @Size(max = 500, message = "{steward.too_long}") String note, byte[] photo)
            implements InputRules.CrossFieldRules {

        public Verdict {
            note = note == null || note.isBlank() ? null : note.strip();
        }

        /** A failed item says what needs correcting. */
        @Override
        public Map<String, String> crossFieldViolations() {
            return Boolean.FALSE.equals(passed) && note == null ? Map.of("note", "steward.center.note_for_failed")
                    : Map.of();
        }
    }

    /** How a form or a JSON body names the fields of the n-th verdict, so that an error lands next to it. */
    public enum FieldNames {
        JSON {
            @Override
            public String of(int index, Long itemId, String field) {
                return "results[" + index + "]." + field;
            }

            @Override
            String missing(Long itemId) {
                return "results";
            }
        },
        FORM {
            @Override
            public String of(int index, Long itemId, String field) {
                return field + "-" + itemId;
            }

            @Override
            String missing(Long itemId) {
                return "passed-" + itemId;
            }
        };

        public abstract String of(int index, Long itemId, String field);

        /** Where to say that an item of the checklist has no verdict. */
        abstract String missing(Long itemId);
    }

    public record NewInspection(Long deskId, String shift, String kind, List<Verdict> results) {
    }

    /** The item is named as in {@link ItemView}: by its {@code itemCode}, else its {@code itemLabel}. */
    public record ResultView(Long id, Long itemId, InspectionItem.Code itemCode, @JsonIgnore String itemLabel,
            boolean passed, String note, boolean hasPhoto, String photoUrl, Long promiseId) {

        /** The item's name, said in the reader's language where it is read (the page, the JSON answer). */
        @JsonProperty("item")
        public Words item() {
            return CenterText.itemLabel(itemCode, itemLabel);
        }
    }

    public record InspectionView(Long id, Long deskId, String desk, Inspection.Shift shift, Inspection.Kind kind,
            String inspector, Instant inspectedAt, int passed, int failed, List<ResultView> results) {
    }

    /** One past round in a desk's history: what the list shows, and its page. */
    public record HistoryRow(Long id, Long deskId, String desk, Inspection.Shift shift, Inspection.Kind kind,
            String inspector, Instant inspectedAt, int passed, int failed, String link) {
    }

    /**
     * Past rounds of the current site between two dates of its calendar (inclusive), of one desk and one shift
     * when chosen, newest first; the pass rates per desk and shift are computed from exactly these rows.
     */
    public record History(Long deskId, Inspection.Shift shift, LocalDate from, LocalDate to, List<HistoryRow> rows,
            List<CenterFigures.PassRate> rates) {
    }

    // ---------------------------------------------------------------------------------------------------- desks

    public List<DeskView> desks() {
        List<CenterDesk> desks = CenterDesk.<CenterDesk>list("siteId = ?1 order by name, id", staff.currentSiteId());
        Map<Long, List<ItemView>> items = new HashMap<>();
        if (!desks.isEmpty()) {
            InspectionItem.<InspectionItem>list("deskId in ?1 and active = true order by position, id",
                    desks.stream().map(d -> d.id).toList())
                    .forEach(i -> items.computeIfAbsent(i.deskId, k -> new ArrayList<>()).add(itemView(i)));
        }
        return desks.stream().map(d -> new DeskView(d.id, d.name, items.getOrDefault(d.id, List.of()),
                d.staffedShifts())).toList();
    }

    public DeskView desk(Long id) {
        return desks().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    /** A new desk starts with the seed's checklist. */
    @Transactional
    public CenterDesk addDesk(NewDesk input) {
        String name = rules.check(input).name();
        Long siteId = staff.currentSiteId();
        if (CenterDesk.count("siteId = ?1 and name = ?2", siteId, name) > 0) {
            throw InvalidInput.of("name", CenterText.said(CenterMessages::error_desk_exists));
        }
        return createDesk(siteId, name);
    }

    /** A desk with the seed's checklist, in the caller's transaction (also for the demo site). */
    static CenterDesk createDesk(Long siteId, String name) {
        CenterDesk desk = new CenterDesk();
        desk.siteId = siteId;
        desk.name = name;
        desk.persist();
        int position = 0;
        for (InspectionItem.Code code : InspectionItem.Code.values()) {
            InspectionItem item = new InspectionItem();
            item.siteId = siteId;
            item.deskId = desk.id;
            item.position = position++;
            item.code = code;
            item.persist();
        }
        return desk;
    }

    @Transactional
    public InspectionItem addItem(Long deskId, NewItem input) {
        CenterDesk desk = findDesk(deskId);
        String label = rules.check(input).label();
        Integer last = em.createQuery("select max(i.position) from InspectionItem i where i.deskId = ?1", Integer.class)
                .setParameter(1, desk.id).getSingleResult();
        InspectionItem item = new InspectionItem();
        item.siteId = desk.siteId;
        item.deskId = desk.id;
        item.position = last == null ? 0 : last + 1;
        item.label = label;
        item.persist();
        return item;
    }

    /** A supervisor's own item off the checklist from now on (past inspections keep it); the seed's stay (409). */
    @Transactional
    public void removeItem(Long deskId, Long itemId) {
        InspectionItem item = activeItem(findDesk(deskId), itemId);
        if (item.fromSeed()) {
            throw new Conflict(CenterText.said(t -> t.conflict_seed_item(t.item(item.code))));
        }
        item.active = false;
    }

    /** An item one place up or down the checklist (the site's order; the seed's items included). */
    @Transactional
    public void moveItem(Long deskId, Long itemId, Move move) {
        CenterDesk desk = findDesk(deskId);
        InspectionItem item = activeItem(desk, itemId);
        if (move == null) {
            throw InvalidInput.of("direction", CenterText.said(CenterMessages::error_choice));
        }
        List<InspectionItem> order = new ArrayList<>(InspectionItem.<InspectionItem>list(
                "deskId = ?1 and active = true order by position, id", desk.id));
        int at = order.indexOf(item);
        int to = move == Move.UP ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.add(to, order.remove(at));
            renumber(order);
        }
    }

    /** The checklist in the order given: every item on it, each once (else 400, nothing changes). */
    @Transactional
    public void reorder(Long deskId, List<Long> itemIds) {
        CenterDesk desk = findDesk(deskId);
        List<InspectionItem> items = InspectionItem.list("deskId = ?1 and active = true", desk.id);
        Map<Long, InspectionItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id, i));
        if (itemIds == null || itemIds.size() != items.size() || !byId.keySet().equals(new HashSet<>(itemIds))) {
            throw InvalidInput.of("itemIds", CenterText.said(CenterMessages::error_order));
        }
        renumber(itemIds.stream().map(byId::get).toList());
    }

    /** The shifts a desk is staffed in: its self-inspection is due at the start of each (at least one). */
    @Transactional
    public void staff(Long deskId, List<Inspection.Shift> shifts) {
        CenterDesk desk = findDesk(deskId);
        if (shifts == null || shifts.isEmpty() || shifts.contains(null)) {
            throw InvalidInput.of("shifts", CenterText.said(CenterMessages::error_shifts));
        }
        desk.shifts = String.join(",", java.util.Arrays.stream(Inspection.Shift.values()).filter(shifts::contains)
                .map(Enum::name).toList());
    }

    private static void renumber(List<InspectionItem> order) {
        for (int position = 0; position < order.size(); position++) {
            order.get(position).position = position;
        }
    }

    private InspectionItem activeItem(CenterDesk desk, Long itemId) {
        InspectionItem item = itemId == null ? null
                : InspectionItem.find("id = ?1 and deskId = ?2 and active = true", itemId, desk.id).firstResult();
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    // ---------------------------------------------------------------------------------------------------- rounds

    /**
     * Records a round of a desk's checklist: every active item passed or failed (a failed one with a note),
     * photos checked and re-encoded, all before anything is written. Each failed item becomes a corrective
     * promise in the ledger, due within the configured time, owned by the inspector.
     */
    @Transactional
    public Inspection record(NewInspection input, FieldNames names, Locale wording) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();
        CenterDesk desk = input.deskId() == null ? null
                : CenterDesk.find("id = ?1 and siteId = ?2", input.deskId(), siteId).firstResult();
        if (desk == null) {
            errors.add("deskId", CenterText.said(CenterMessages::error_unknown_desk));
        }
        Instant now = clock.instant();
        ZoneId zone = zone();
        Inspection.Shift shift = shift(input.shift(), LocalTime.ofInstant(now, zone), errors);
        Inspection.Kind kind = kind(input.kind(), errors);
        List<Verdict> verdicts = input.results() == null ? List.of() : input.results();
        Map<Long, InspectionItem> items = new HashMap<>();
        if (desk != null) {
            InspectionItem.<InspectionItem>list("deskId = ?1 and active = true", desk.id).forEach(i -> items.put(i.id, i));
        }
        Set<Long> seen = new HashSet<>();
        List<byte[]> photos = new ArrayList<>();
        for (int n = 0; n < verdicts.size(); n++) {
            Verdict v = verdicts.get(n) == null ? new Verdict(null, null, null, null) : verdicts.get(n);
            if (desk != null && (v.itemId() == null || !items.containsKey(v.itemId()) || !seen.add(v.itemId()))) {
                errors.add(names.of(n, v.itemId(), "itemId"), CenterText.said(CenterMessages::error_unknown_item));
            }
            try {
                rules.check(v);
            } catch (InvalidInput refused) {
                int index = n;
                refused.fieldWords().forEach((field, words) -> errors.add(names.of(index, v.itemId(), field), words));
            }
            byte[] photo = null;
            if (v.photo() != null) {
                try {
                    photo = Photos.accept(names.of(n, v.itemId(), "photo"), v.photo());
                } catch (InvalidInput refused) {
                    refused.fieldWords().forEach(errors::add);
                }
            }
            photos.add(photo);
        }
        if (desk != null) {
            items.values().stream().filter(item -> !seen.contains(item.id))
                    .forEach(item -> errors.add(names.missing(item.id), CenterText.said(CenterMessages::error_verdict)));
        }
        if (desk != null && items.isEmpty()) {
            throw new Conflict(CenterText.said(CenterMessages::conflict_empty_checklist));
        }
        errors.throwIfAny();

        Inspection inspection = new Inspection();
        inspection.siteId = siteId;
        inspection.deskId = desk.id;
        inspection.shift = shift;
        inspection.kind = kind;
        inspection.inspector = staff.username();
        inspection.inspectedAt = now;
        inspection.passed = (int) verdicts.stream().filter(v -> v.passed()).count();
        inspection.failed = verdicts.size() - inspection.passed;
        inspection.persist();
        for (int n = 0; n < verdicts.size(); n++) {
            Verdict v = verdicts.get(n);
            InspectionResult result = new InspectionResult();
            result.siteId = siteId;
            result.inspectionId = inspection.id;
            result.itemId = v.itemId();
            result.passed = v.passed();
            result.note = v.note();
            result.photo = photos.get(n);
            if (!result.passed) {
                InspectionItem failed = items.get(v.itemId());
                String item = CenterText.itemLabel(failed.code, failed.label).in(wording);
                String what = CenterText.said(t -> t.corrective_what(desk.name, item, result.note)).in(wording);
                Promise promise = promises.make(new PromiseService.Request(PromiseSource.INSPECTION, inspection.id,
                        siteId, what, null, null, desk.name, null,
                        now.plus(config.correctionWithin())), names.of(n, v.itemId(), "note"),
                        names.of(n, v.itemId(), "passed"));
                result.promiseId = promise.id;
            }
            result.persist();
        }
        if (kind == Inspection.Kind.SELF) {
            shiftInspections.done(inspection, zone);
        }
        return inspection;
    }

    /** The rounds of the caller's sites on a day of the current site's calendar, latest first. */
    public List<InspectionView> onDate(LocalDate date) {
        ZoneId zone = zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        return views(Inspection.<Inspection>find(
                "inspectedAt >= ?1 and inspectedAt < ?2 order by inspectedAt desc, id desc", from, to)
                .page(0, MAX_LIST).list());
    }

    /**
     * A desk's past inspections. Typed filters are checked (400 naming the field); a desk of another site is
     * 404. Without dates: the last 30 days; at most {@value #HISTORY_MAX_DAYS} days at once.
     */
    public History history(String desk, String shift, String from, String to) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Long siteId = staff.currentSiteId();
        ZoneId zone = zone();
        Long deskId = null;
        if (desk != null && !desk.isBlank()) {
            try {
                deskId = Long.valueOf(desk.strip());
            } catch (NumberFormatException e) {
                errors.add("desk", CenterText.said(CenterMessages::error_choice));
            }
        }
        Inspection.Shift chosenShift = Enums.optional(Inspection.Shift.class, shift, null, "shift",
                CenterText.said(CenterMessages::error_choice), errors);
        LocalDate last = historyDate(to, "to", LocalDate.ofInstant(clock.instant(), zone), errors);
        LocalDate first = historyDate(from, "from", last == null ? null : last.minusDays(HISTORY_DEFAULT_DAYS - 1),
                errors);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                errors.add("from", CenterText.said(CenterMessages::error_range_order));
            } else if (first.plusDays(HISTORY_MAX_DAYS).isBefore(last.plusDays(1))) {
                errors.add("from", CenterText.said(t -> t.error_range_length(HISTORY_MAX_DAYS)));
            }
        }
        errors.throwIfAny();
        Map<Long, String> deskNames = new HashMap<>();
        CenterDesk.<CenterDesk>list("siteId", siteId).forEach(d -> deskNames.put(d.id, d.name));
        if (deskId != null && !deskNames.containsKey(deskId)) {
            throw new NotFoundException();
        }
        StringBuilder query = new StringBuilder("siteId = :site and inspectedAt >= :from and inspectedAt < :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("site", siteId);
        parameters.put("from", first.atStartOfDay(zone).toInstant());
        parameters.put("to", last.plusDays(1).atStartOfDay(zone).toInstant());
        if (deskId != null) {
            query.append(" and deskId = :desk");
            parameters.put("desk", deskId);
        }
        if (chosenShift != null) {
            query.append(" and shift = :shift");
            parameters.put("shift", chosenShift);
        }
        List<HistoryRow> rows = Inspection.<Inspection>list(query + " order by inspectedAt desc, id desc", parameters)
                .stream().map(i -> new HistoryRow(i.id, i.deskId, deskNames.get(i.deskId), i.shift, i.kind,
                        i.inspector, i.inspectedAt, i.passed, i.failed, "/inspections/" + i.id))
                .toList();
        return new History(deskId, chosenShift, first, last, rows, passRates(rows));
    }

    /** Items passed over items checked per desk and shift, desk by desk (name), shift by shift. */
    private static List<CenterFigures.PassRate> passRates(List<HistoryRow> rows) {
        record DeskShift(Long deskId, String desk, Inspection.Shift shift) {
        }
        Map<DeskShift, List<HistoryRow>> groups = new java.util.TreeMap<>(java.util.Comparator
                .comparing(DeskShift::desk).thenComparing(DeskShift::deskId).thenComparing(DeskShift::shift));
        rows.forEach(r -> groups.computeIfAbsent(new DeskShift(r.deskId(), r.desk(), r.shift()),
                k -> new ArrayList<>()).add(r));
        return groups.entrySet().stream().map(e -> {
            long passed = e.getValue().stream().mapToLong(HistoryRow::passed).sum();
            long checked = e.getValue().stream().mapToLong(r -> r.passed() + r.failed()).sum();
            return new CenterFigures.PassRate(e.getKey().deskId(), e.getKey().desk(), e.getKey().shift(),
                    e.getValue().size(), checked, passed, CenterFigures.percent(passed, checked));
        }).toList();
    }

    private LocalDate historyDate(String typed, String field, LocalDate otherwise, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        return TypedDates.day(typed, field, errors);
    }

    public InspectionView view(Long id) {
        Inspection inspection = id == null ? null
                : Inspection.findById(id);
        if (inspection == null) {
            throw new NotFoundException();
        }
        return views(List.of(inspection)).get(0);
    }

    /** The stored photo of a result of the caller's sites. */
    public byte[] photo(Long resultId) {
        // A result without a photo selects a null: not found either (a stream's findFirst cannot hold a null).
        byte[] photo = resultId == null ? null : em.createQuery(
                "select r.photo from InspectionResult r where r.id = ?1", byte[].class)
                .setParameter(1, resultId).getResultList().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (photo == null) {
            throw new NotFoundException();
        }
        return photo;
    }

    public LocalDate parseDate(String date) {
        LocalDate day = TypedDates.day(date, "date");
        return day == null ? LocalDate.ofInstant(clock.instant(), zone()) : day;
    }

    /** The shift of a local time of day: day 07-15, evening 15-23, night 23-07. */
    public static Inspection.Shift shiftAt(LocalTime time) {
        int hour = time.getHour();
        return hour >= 7 && hour < 15 ? Inspection.Shift.DAY
                : hour >= 15 && hour < 23 ? Inspection.Shift.EVENING : Inspection.Shift.NIGHT;
    }

    public Inspection.Shift currentShift() {
        return shiftAt(LocalTime.ofInstant(clock.instant(), zone()));
    }

    /** A supervisor inspects; anyone else checks their own desk at the start of the shift. */
    public Inspection.Kind defaultKind() {
        return staff.hasRole(Roles.SUPERVISOR) ? Inspection.Kind.SUPERVISOR : Inspection.Kind.SELF;
    }

    private Inspection.Shift shift(String typed, LocalTime now, InvalidInput.Collector errors) {
        return Enums.optional(Inspection.Shift.class, typed, shiftAt(now), "shift", CenterText.said(CenterMessages::error_choice),
                errors);
    }

    private Inspection.Kind kind(String typed, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return defaultKind();
        }
        try {
            Inspection.Kind kind = Inspection.Kind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
            if (kind == Inspection.Kind.SUPERVISOR && !staff.hasRole(Roles.SUPERVISOR)) {
                errors.add("kind", CenterText.said(CenterMessages::error_kind_supervisor));
                return null;
            }
            return kind;
        } catch (IllegalArgumentException e) {
            errors.add("kind", CenterText.said(CenterMessages::error_choice));
            return null;
        }
    }

    private CenterDesk findDesk(Long deskId) {
        CenterDesk desk = deskId == null ? null
                : CenterDesk.findById(deskId);
        if (desk == null) {
            throw new NotFoundException();
        }
        return desk;
    }

    private List<InspectionView> views(List<Inspection> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        Map<Long, String> deskNames = new HashMap<>();
        CenterDesk.<CenterDesk>list("id in ?1", inspections.stream().map(i -> i.deskId).distinct().toList())
                .forEach(d -> deskNames.put(d.id, d.name));
        // The photo column is not read here: only whether there is one.
        List<Object[]> rows = em.createQuery("""
                select r.id, r.inspectionId, r.itemId, r.passed, r.note, case when r.photo is not null then true else false end, r.promiseId,
                       i.code, i.label
                from InspectionResult r, InspectionItem i
                where i.id = r.itemId and r.inspectionId in ?1 order by i.position, r.id""", Object[].class)
                .setParameter(1, inspections.stream().map(i -> i.id).toList()).getResultList();
        Map<Long, List<ResultView>> results = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            boolean hasPhoto = (Boolean) row[5];
            results.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(new ResultView(id, (Long) row[2],
                    (InspectionItem.Code) row[7], (String) row[8], (Boolean) row[3], (String) row[4], hasPhoto,
                    hasPhoto ? "/inspections/photos/" + id : null, (Long) row[6]));
        }
        return inspections.stream().map(i -> new InspectionView(i.id, i.deskId, deskNames.get(i.deskId), i.shift,
                i.kind, i.inspector, i.inspectedAt, i.passed, i.failed, results.getOrDefault(i.id, List.of())))
                .toList();
    }

    private ItemView itemView(InspectionItem item) {
        return new ItemView(item.id, item.code, item.label, item.fromSeed());
    }

    private ZoneId zone() {
        return SiteTimes.zoneOf(staff.currentSiteId());
    }
}
