package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of the supervisor's dashboard, contributed by the capability that owns the records (a CDI bean per
 * section, found by {@link DashboardService}): its figures for one site and period, and for each figure the
 * records it counts. The dashboard links every figure to that list, so a figure always equals its list's length.
 */
public interface DashboardSection {

    /** A stable key, used in links and the JSON: {@code visitors}, {@code calls}... */
    String key();

    /** Position on the dashboard, lower first. */
    int order();

    String title(Locale locale);

    List<Figure> figures(Long siteId, Window window, Locale locale);

    /** The records behind one figure; empty when the section has no such figure. */
    Optional<List<Item>> items(Long siteId, Window window, String figureKey, Locale locale);
}
