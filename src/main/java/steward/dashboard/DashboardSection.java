package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of the supervisor's dashboard, contributed by the capability that owns the records (a CDI bean per
 * section, found by {@link DashboardService}): its figures for one site and several periods, and for each
 * figure the records it counts. The dashboard links every figure to that list, so a figure always equals its
 * list's length.
 */
public interface DashboardSection {

    /** A stable key, used in links and the JSON: {@code visitors}, {@code calls}... */
    String key();

    /** Position on the dashboard, lower first. */
    int order();

    String title(Locale locale);

    /** The figures of each window, in the order of {@code windows} (the dashboard asks for the day and its month at once). */
    List<List<Figure>> figures(Long siteId, List<Window> windows, Locale locale);

    /** A figure's label; empty when the section has no such figure. */
    Optional<String> figureLabel(String figureKey, Locale locale);

    /** The records behind one figure; empty when the section has no such figure. */
    Optional<List<Item>> items(Long siteId, Window window, String figureKey, Locale locale);

    /** The owning capability's own page of the period's records, where it has one beyond the lists. */
    default Optional<String> page(Window window) {
        return Optional.empty();
    }

    /** The columns the capability adds to the per-staff table (supervisors only), over its own tables. */
    default List<StaffColumn> staffColumns() {
        return List.of();
    }
}
