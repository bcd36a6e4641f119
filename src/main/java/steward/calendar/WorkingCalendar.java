package steward.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import steward.resident.Site;

/**
 * The working time of a site, for the capabilities that need it (promises, their alerts, due-time suggestions).
 * A site without a calendar works around the clock: every answer here is then the wall clock's.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** The site's calendar as it applies around a moment (its days from the day before to a year and more after). */
    public Optional<Week> of(Long siteId, Instant around) {
        SiteCalendar calendar = siteId == null ? null : SiteCalendar.findById(siteId);
        Site site = siteId == null ? null : Site.findById(siteId);
        if (calendar == null || site == null) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<Week.Stretch>> hours = new EnumMap<>(DayOfWeek.class);
        for (WorkingHours h : WorkingHours.<WorkingHours>list("siteId = ?1 order by weekday, opensMinute", siteId)) {
            hours.computeIfAbsent(DayOfWeek.of(h.weekday), d -> new ArrayList<>())
                    .add(new Week.Stretch(h.opensMinute, h.closesMinute));
        }
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.ofInstant(around, site.zone()).minusDays(1);
        Map<LocalDate, Boolean> days = new HashMap<>();
        CalendarDay.<CalendarDay>list("siteId = ?1 and day >= ?2 and day <= ?3", siteId, first,
                first.plusDays(Week.MAX_DAYS + 1)).forEach(d -> days.put(d.day, d.working));
        return Optional.of(new Week(site.zone(), calendar.countsWorkingTime, hours, days));
    }

    /** Whether the site is at work at a moment; always, without a calendar. */
    public boolean isWorking(Long siteId, Instant at) {
        return of(siteId, at).map(w -> w.isWorking(at)).orElse(true);
    }

    /** The first working moment at or after {@code at}. */
    public Instant workingFrom(Long siteId, Instant at) {
        return of(siteId, at).map(w -> w.workingFrom(at)).orElse(at);
    }

    /** What "within this long" means at the site from a moment: working time where it keeps a calendar. */
    public Instant within(Long siteId, Instant from, Duration amount) {
        return of(siteId, from).map(w -> w.plusWorkingTime(from, amount)).orElse(from.plus(amount));
    }

    /**
     * Until when a promise due at {@code dueAt} counts as kept on time: the first working minute at or after it
     * where the site counts working time; null (the due time itself) elsewhere.
     */
    public Instant onTimeBy(Long siteId, Instant dueAt) {
        return of(siteId, dueAt).filter(Week::countsWorkingTime).map(w -> w.workingFrom(dueAt)).orElse(null);
    }
}
