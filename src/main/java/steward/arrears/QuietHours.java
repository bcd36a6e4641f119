package steward.arrears;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The hours of a site's night when nothing is sent to residents (21:00–08:00 by default). */
public record QuietHours(LocalTime from, LocalTime until) {

    public boolean contains(Instant instant, ZoneId zone) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        if (from.isAfter(until)) {
            return !time.isBefore(from) || time.isBefore(until);
        }
        return !time.isBefore(from) && time.isBefore(until);
    }

    /** The instant itself outside quiet hours, else the end of the quiet hours it falls in. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        if (!contains(instant, zone)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
