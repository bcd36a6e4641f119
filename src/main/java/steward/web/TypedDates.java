package steward.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A day or a moment as a form field or a query parameter carries it: a day as {@code 2026-11-27}, a moment as a
 * {@code datetime-local} field sends it ({@code 2026-11-27T14:30}) on the site's wall clock. The one reading of
 * typed dates: spaces around are ignored, nothing typed is none (null), and anything else that is not one, or a
 * year outside {@link UserInput#EARLIEST_YEAR}–{@link UserInput#LATEST_YEAR}, is refused naming the field, in the
 * reader's words. (JSON bodies are read by Jackson with the same bounds: {@link UserInput.Json}.)
 */
public final class TypedDates {

    private TypedDates() {
    }

    /** The day typed into {@code field}, null when none; refused (thrown) when it is no day. */
    public static LocalDate day(String typed, String field) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        LocalDate day = day(typed, field, errors);
        errors.throwIfAny();
        return day;
    }

    /** The day typed into {@code field}, null when none or when it is no day (then {@code errors} names it). */
    public static LocalDate day(String typed, String field, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (withinYears(day.getYear())) {
                return day;
            }
        } catch (DateTimeException notADay) {
            // refused below
        }
        errors.add(field, Words.of(Messages.class, Messages::error_date));
        return null;
    }

    /** The moment typed into {@code field} on the wall clock of {@code zone}, null when none; refused when none. */
    public static Instant siteTime(String typed, String field, ZoneId zone) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Instant moment = siteTime(typed, field, zone, errors);
        errors.throwIfAny();
        return moment;
    }

    /** As {@link #siteTime(String, String, ZoneId)}, naming a malformed one in {@code errors} (and returning null). */
    public static Instant siteTime(String typed, String field, ZoneId zone, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            LocalDateTime moment = LocalDateTime.parse(typed.strip());
            if (withinYears(moment.getYear())) {
                return moment.atZone(zone).toInstant();
            }
        } catch (DateTimeException notAMoment) {
            // refused below
        }
        errors.add(field, Words.of(Messages.class, Messages::error_date_time));
        return null;
    }

    private static boolean withinYears(int year) {
        return year >= UserInput.EARLIEST_YEAR && year <= UserInput.LATEST_YEAR;
    }
}
