package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column of the per-staff table (supervisors only): a count per staff member for one site and period, and
 * the records behind one staff member's count. A CDI bean per column, like {@link DashboardSection}.
 */
public interface StaffColumn {

    String key();

    int order();

    String label(Locale locale);

    /** Count per username; staff with nothing to count are absent. */
    Map<String, Long> counts(Long siteId, Window window);

    List<Item> items(Long siteId, Window window, String username, Locale locale);
}
