package steward.calendar;

import java.time.Instant;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import steward.StewardConfig;
import steward.demo.DemoData;
import steward.resident.Site;

/**
 * The demo site's working hours, so that the due-time quick picks and the alerts outside working hours can be
 * tried: weekdays 08:30–12:00 and 13:00–17:30, Saturdays 09:00–12:00, working time counted in the figures.
 */
@ApplicationScoped
public class CalendarDemoData {

    private static final Logger LOG = Logger.getLogger(CalendarDemoData.class);

    @Inject
    StewardConfig config;

    /** After {@link DemoData} (which observes with the default priority) has created the demo site. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 710) StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || SiteCalendar.findById(site.id) != null) {
            return;
        }
        SiteCalendar calendar = new SiteCalendar();
        calendar.siteId = site.id;
        calendar.countsWorkingTime = true;
        calendar.updatedAt = Instant.now();
        calendar.updatedBy = "demo";
        calendar.persist();
        for (short day = 1; day <= 6; day++) {
            hours(site.id, day, day == 6 ? 9 * 60 : 8 * 60 + 30, 12 * 60);
            if (day <= 5) {
                hours(site.id, day, 13 * 60, 17 * 60 + 30);
            }
        }
        LOG.info("Demo working hours set: weekdays 08:30-12:00 and 13:00-17:30, Saturdays 09:00-12:00");
    }

    private static void hours(Long siteId, short weekday, int opens, int closes) {
        WorkingHours hours = new WorkingHours();
        hours.siteId = siteId;
        hours.weekday = weekday;
        hours.opensMinute = (short) opens;
        hours.closesMinute = (short) closes;
        hours.persist();
    }
}
