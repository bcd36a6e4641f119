package steward.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * Moments in templates, as the desk reads them: in the time zone of the user's site ({@link UiContext#zone()}).
 * Services return instants; the page says how much of the moment it shows.
 */
@TemplateExtension
public class TimeExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** {@code {promise.dueAt.siteTime}}: 2026-11-27 09:05. */
    static String siteTime(Instant instant) {
        return format(instant, DATE_TIME);
    }

    /** {@code {visit.expectedAt.siteDayTime}}: 11-27 09:05, for the days around today. */
    static String siteDayTime(Instant instant) {
        return format(instant, DAY_TIME);
    }

    /** {@code {call.startedAt.siteClock}}: 09:05, for today's board. */
    static String siteClock(Instant instant) {
        return format(instant, CLOCK);
    }

    private static String format(Instant instant, DateTimeFormatter pattern) {
        if (instant == null) {
            return "";
        }
        return pattern.format(instant.atZone(Arc.container().instance(UiContext.class).get().zone()));
    }
}
