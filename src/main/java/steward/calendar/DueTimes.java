package steward.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import steward.resident.Site;
import steward.security.StaffContext;

/**
 * The quick picks beside a promise's due time on the forms ({@code tags/dueTimes.html}): "within 1, 2, 4, 8
 * hours" from now, counted in the site's working time, as the datetime-local value the field takes.
 */
@Named("dueTimes")
@RequestScoped
public class DueTimes {

    static final List<Integer> HOURS = List.of(1, 2, 4, 8);
    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    StaffContext staff;

    @Inject
    WorkingCalendar calendars;

    @Inject
    java.time.Clock clock;

    /**
     * {@code value}: what the field is set to; {@code shown}: the same as the desk reads it; {@code moved}: working
     * time put it later than the wall clock.
     */
    public record Pick(int hours, String value, String shown, boolean moved) {
    }

    public List<Pick> picks() {
        Long siteId = staff.currentSiteId();
        Site site = Site.findById(siteId);
        ZoneId zone = site != null ? site.zone() : ZoneId.of("UTC");
        Instant now = clock.instant();
        return HOURS.stream().map(h -> {
            Instant due = calendars.within(siteId, now, Duration.ofHours(h));
            // Rounded up to the minute, as the field shows minutes only.
            Instant shown = due.truncatedTo(ChronoUnit.MINUTES).equals(due) ? due
                    : due.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
            LocalDateTime local = LocalDateTime.ofInstant(shown, zone);
            return new Pick(h, local.toString(), SHOWN.format(local), !due.equals(now.plus(Duration.ofHours(h))));
        }).toList();
    }
}
