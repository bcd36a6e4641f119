package steward.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A site's working time as a rule over instants: the stretches of each weekday in the site's zone, and the days
 * that are not as their weekday. Pure, so that its arithmetic is tested without a database.
 *
 * @param hours per weekday, its stretches in minutes of the day [opens, closes), in order
 * @param days holidays (false) and make-up working days (true, with Monday's hours)
 */
public record Week(ZoneId zone, boolean countsWorkingTime, Map<DayOfWeek, List<Stretch>> hours,
        Map<LocalDate, Boolean> days) {

    /** How far the arithmetic looks for working time before it gives up (a calendar with none in a year). */
    static final int MAX_DAYS = 400;

    public record Stretch(int opens, int closes) {
    }

    /** The stretches of a date, after holidays and make-up days. */
    List<Stretch> of(LocalDate date) {
        Boolean special = days.get(date);
        if (special == null) {
            return hours.getOrDefault(date.getDayOfWeek(), List.of());
        }
        return special ? hours.getOrDefault(DayOfWeek.MONDAY, List.of()) : List.of();
    }

    public boolean isWorking(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        return of(local.toLocalDate()).stream().anyMatch(s -> minute >= s.opens() && minute < s.closes());
    }

    /** The first working moment at or after {@code at}; {@code at} itself when nothing works within a year. */
    public Instant workingFrom(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        for (int d = 0; d < MAX_DAYS; d++, date = date.plusDays(1)) {
            for (Stretch s : of(date)) {
                Instant opens = instant(date, s.opens());
                Instant closes = instant(date, s.closes());
                if (closes.isAfter(at)) {
                    return opens.isAfter(at) ? opens : at;
                }
            }
        }
        return at;
    }

    /**
     * {@code from} plus an amount of working time: what "within N hours" means at this site. Without working
     * time within a year, the wall clock's.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate date = from.atZone(zone).toLocalDate();
        for (int d = 0; d < MAX_DAYS; d++, date = date.plusDays(1)) {
            for (Stretch s : of(date)) {
                Instant opens = instant(date, s.opens());
                Instant closes = instant(date, s.closes());
                if (!closes.isAfter(from)) {
                    continue;
                }
                Instant start = opens.isAfter(from) ? opens : from;
                Duration available = Duration.between(start, closes);
                if (available.compareTo(left) >= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        return from.plus(amount);
    }

    private Instant instant(LocalDate date, int minute) {
        if (minute >= 24 * 60) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return date.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant();
    }
}
