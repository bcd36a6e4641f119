package steward.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The stretch of time a figure counts: the day of the given date, or its month, in the site's time zone.
 * {@code now} decides what is overdue (a promise past due and still open).
 */
public record Window(Period period, LocalDate date, Instant from, Instant to, Instant now) {

    public enum Period {
        TODAY, MONTH;

        /** The query parameter's spelling: {@code today} or {@code month}. */
        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The first day of the period in the site's calendar. */
    public LocalDate firstDay() {
        return period == Period.TODAY ? date : date.withDayOfMonth(1);
    }

    /** The last day of the period in the site's calendar. */
    public LocalDate lastDay() {
        return period == Period.TODAY ? date : date.withDayOfMonth(date.lengthOfMonth());
    }

    public static Window of(Period period, LocalDate date, ZoneId zone, Instant now) {
        LocalDate first = period == Period.TODAY ? date : date.withDayOfMonth(1);
        LocalDate end = period == Period.TODAY ? date.plusDays(1) : first.plusMonths(1);
        return new Window(period, date, first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(),
                now);
    }
}
