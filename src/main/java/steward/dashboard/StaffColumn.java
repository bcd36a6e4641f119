package steward.dashboard;

import java.util.function.Function;

/**
 * A column of the per-staff table (supervisors only): the rows of one condition over one table, counted by the
 * column of that table naming the staff member ({@code staffColumn}); one staff member's count links to those
 * rows. {@code order} places it in the table, lower first, whichever section contributes it; {@code label} names
 * the column in the dashboard's words.
 */
public record StaffColumn(String key, int order, Records.Source source, String condition, String staffColumn,
        Function<DashboardMessages, String> label) {
}
