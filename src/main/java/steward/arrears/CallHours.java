package steward.arrears;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours customer service calls residents about arrears (09:00–18:00, Monday to Saturday by default): a call
 * task is due by the end of them, on the day it is given when enough of the day is left, else on the next call
 * day, so that nobody is asked to call at night.
 */
record CallHours(LocalTime from, LocalTime until, Set<DayOfWeek> days) {

    /** Less than this left of a call day, and the task is due on the next one. */
    static final Duration ENOUGH = Duration.ofHours(2);

    static CallHours of(ArrearsConfig config) {
        return new CallHours(config.callHoursFrom(), config.callHoursUntil(), config.callDays());
    }

    /** The end of the call hours by which a task given at {@code given} is due. */
    Instant dueFor(Instant given, ZoneId zone) {
        ZonedDateTime local = given.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime start = local.toLocalTime().isBefore(from) ? from : local.toLocalTime();
        boolean today = days.contains(day.getDayOfWeek()) && !start.plus(ENOUGH).isAfter(until)
                && !start.isAfter(until);
        if (!today) {
            day = day.plusDays(1);
            for (int i = 0; i < 7 && !days.contains(day.getDayOfWeek()); i++) {
                day = day.plusDays(1);
            }
        }
        return day.atTime(until).atZone(zone).toInstant();
    }
}
