package steward.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import steward.resident.Site;
import steward.security.Account;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.Words;
import steward.web.Enums;

/**
 * The supervisor's dashboard of the caller's current site: every {@link DashboardSection} for the day and the
 * month of a date, the per-staff table (supervisors only), and the records behind any figure.
 */
@ApplicationScoped
public class DashboardService {

    /** {@code page}: the owning capability's own page of the period's records, or null. */
    public record Section(String key, String title, List<Figure> figures, String page) {
    }

    public record StaffHeading(String key, String label) {
    }

    public record StaffRow(String username, String displayName, Map<String, Long> counts) {
    }

    /** {@code staff} and {@code staffColumns} are empty for a caller who is not a supervisor. */
    public record Dashboard(LocalDate date, Long siteId, List<Section> today, List<Section> month,
            List<StaffHeading> staffColumns, List<StaffRow> staff) {
    }

    /** The records behind one figure (or one staff member's count), of one period. */
    public record Listing(String section, String figure, String title, LocalDate date, Window.Period period,
            long count, List<Item> items) {
    }

    @Inject
    Instance<DashboardSection> sections;

    @Inject
    StaffColumns staffColumns;

    @Inject
    StaffContext staff;

    @Inject
    Clock clock;

    /** The dashboard of a day, its titles and labels in {@code locale}. */
    public Dashboard dashboard(String date, Locale locale) {
        Long siteId = staff.currentSiteId();
        ZoneId zone = zone(siteId);
        LocalDate day = parseDate(date, zone);
        Window today = Window.of(Window.Period.TODAY, day, zone, clock.instant());
        Window month = Window.of(Window.Period.MONTH, day, zone, clock.instant());
        List<Section> todays = new ArrayList<>();
        List<Section> months = new ArrayList<>();
        for (DashboardSection section : ordered()) {
            // One statement per section gives both periods: the day lies within its month.
            List<List<Figure>> figures = section.figures(siteId, List.of(today, month), locale);
            String title = section.title(locale);
            todays.add(new Section(section.key(), title, figures.get(0), section.page(today).orElse(null)));
            months.add(new Section(section.key(), title, figures.get(1), section.page(month).orElse(null)));
        }
        if (!staff.hasRole(Roles.SUPERVISOR)) {
            return new Dashboard(day, siteId, todays, months, List.of(), List.of());
        }
        Map<String, Map<String, Long>> byStaff = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Records.StaffCount count : staffColumns.counts(siteId, month)) {
            byStaff.computeIfAbsent(count.username(), u -> new HashMap<>()).put(count.column(), count.count());
            names.put(count.username(), count.displayName());
        }
        List<StaffRow> rows = byStaff.entrySet().stream()
                .map(e -> new StaffRow(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new Dashboard(day, siteId, todays, months, staffColumns.all().stream()
                .map(c -> new StaffHeading(c.key(), StaffColumns.label(c, locale))).toList(), rows);
    }

    /** The list behind a figure: 404 for a section or figure the dashboard does not have. */
    public Listing listing(String sectionKey, String figureKey, String date, String period, Locale locale) {
        Long siteId = staff.currentSiteId();
        Window window = window(siteId, date, period);
        DashboardSection section = ordered().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElseThrow(NotFoundException::new);
        List<Item> items = section.items(siteId, window, figureKey, locale).orElseThrow(NotFoundException::new);
        String label = section.figureLabel(figureKey, locale).orElse(figureKey);
        return new Listing(sectionKey, figureKey, section.title(locale) + " · " + label, window.date(),
                window.period(), items.size(), items);
    }

    /** The records behind one staff member's count in a column (supervisors only, enforced by the endpoints). */
    public Listing staffListing(String columnKey, String username, String date, String period, Locale locale) {
        Long siteId = staff.currentSiteId();
        Window window = window(siteId, date, period);
        StaffColumn column = staffColumns.find(columnKey).orElseThrow(NotFoundException::new);
        List<Item> items = staffColumns.items(column, siteId, window, username);
        // A staff member of this site, or one with records here: another site's username (or nobody's) is not found,
        // and neither named nor echoed.
        Account account = Account.find("username", username).firstResult();
        if (account == null || (!account.siteIds.contains(siteId) && items.isEmpty())) {
            throw new NotFoundException();
        }
        String name = account.displayName;
        return new Listing("staff", columnKey, StaffColumns.label(column, locale) + " · " + name, window.date(),
                window.period(), items.size(), items);
    }

    private Window window(Long siteId, String date, String period) {
        ZoneId zone = zone(siteId);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate day = null;
        try {
            day = parseDate(date, zone);
        } catch (InvalidInput e) {
            errors.add("date", e.fieldWords().get("date"));
        }
        Window.Period chosen = Enums.optional(Window.Period.class, period, Window.Period.MONTH, "period",
                said(DashboardMessages::error_period), errors);
        errors.throwIfAny();
        return Window.of(chosen, day, zone, clock.instant());
    }

    /** A date typed as 2026-11-27; none means today in the site's zone. */
    private LocalDate parseDate(String date, ZoneId zone) {
        LocalDate day = TypedDates.day(date, "date");
        return day == null ? LocalDate.ofInstant(clock.instant(), zone) : day;
    }

    private List<DashboardSection> ordered() {
        return sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
    }

    private static ZoneId zone(Long siteId) {
        Site site = Site.findById(siteId);
        return site != null ? site.zone() : ZoneId.of("UTC");
    }

    /** A refusal of the dashboard, put into the reader's language where it is answered. */
    private static Words said(java.util.function.Function<DashboardMessages, String> message) {
        return Words.of(DashboardMessages.class, message);
    }
}
