package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

/** A per-staff column counting the rows of one condition over one table, by the column naming the staff member. */
abstract class SqlStaffColumn implements StaffColumn {

    @Inject
    Records records;

    abstract Records.Source source();

    abstract String condition();

    /** The column of {@code source()} holding the username. */
    abstract String staffColumn();

    @Override
    public Map<String, Long> counts(Long siteId, Window window) {
        return records.perStaff(source(), condition(), staffColumn(), siteId, window);
    }

    @Override
    public List<Item> items(Long siteId, Window window, String username, Locale locale) {
        return records.items(source(), condition(), siteId, window, staffColumn(), username);
    }
}
