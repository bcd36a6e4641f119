package steward.promise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.arc.Arc;
import steward.resident.Site;
import steward.web.UiContext;

/**
 * Times as the site's staff read and type them: in the site's time zone, to the minute. Promises, complaints
 * and messages are stored as instants ({@code timestamptz}).
 */
public final class SiteTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SiteTimes() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    /** A timestamptz as a native query returns it (an Instant, an OffsetDateTime or a Timestamp), or null. */
    public static Instant instantOf(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    public static ZoneId zoneOf(Long siteId) {
        Site site = siteId == null ? null : Site.findById(siteId);
        return site != null ? site.zone() : ZoneId.of("UTC");
    }

    /** The zone of the request's site, for pages. */
    public static ZoneId requestZone() {
        Site site = Arc.container().instance(UiContext.class).get().site();
        return site != null ? site.zone() : ZoneId.of("UTC");
    }
}
