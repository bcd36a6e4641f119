package steward.center;

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
 * The demo site's front desk, with the seed's checklist, so that 巡檢 has something to inspect; and an on-call
 * roster from today on, so that the desk board opens on who is on call rather than on an alarm that nobody is.
 */
@ApplicationScoped
public class CenterDemoData {

    private static final Logger LOG = Logger.getLogger(CenterDemoData.class);

    @Inject
    StewardConfig config;

    @Inject
    java.time.Clock clock;

    /** After {@link DemoData} (which observes with the default priority) has created the demo site. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (config.demo().enabled()) {
            prepare();
        }
    }

    /** How far ahead each start of the demo keeps the roster filled. */
    static final int ROSTER_DAYS = 60;

    @Transactional
    void prepare() {
        createDeskOnce();
        rosterAhead();
    }

    void createDeskOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || CenterDesk.count("siteId", site.id) > 0) {
            return;
        }
        InspectionService.createDesk(site.id, "前台一");
        LOG.info("Demo desk 前台一 created with the seed's checklist");
    }

    /**
     * Day shifts (08:00-20:00) with customer service first and the supervisor as backup, nights the other way
     * round, from today until {@link #ROSTER_DAYS} days ahead in the site's zone: only the days not yet rostered,
     * so a roster the supervisor changed is kept.
     */
    void rosterAhead() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null) {
            return;
        }
        java.time.ZoneId zone = site.zone();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
        Instant rosteredUntil = OnCallShift.<OnCallShift>find("siteId = ?1 order by endsAt desc", site.id)
                .firstResultOptional().map(s -> s.endsAt).orElse(Instant.MIN);
        for (int d = 0; d < ROSTER_DAYS; d++) {
            java.time.LocalDate day = today.plusDays(d);
            Instant morning = day.atTime(8, 0).atZone(zone).toInstant();
            Instant evening = day.atTime(20, 0).atZone(zone).toInstant();
            Instant nextMorning = day.plusDays(1).atTime(8, 0).atZone(zone).toInstant();
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            if (!rosteredUntil.isBefore(nextMorning)) {
                continue;
            }
            if (d == 0) {
                shift(site, "supervisor", OnCallShift.Role.PRIMARY, dayStart, morning);
                shift(site, "service", OnCallShift.Role.BACKUP, dayStart, morning);
            }
            shift(site, "service", OnCallShift.Role.PRIMARY, morning, evening);
            shift(site, "supervisor", OnCallShift.Role.BACKUP, morning, evening);
            shift(site, "supervisor", OnCallShift.Role.PRIMARY, evening, nextMorning);
            shift(site, "service", OnCallShift.Role.BACKUP, evening, nextMorning);
        }
    }

    private static void shift(Site site, String username, OnCallShift.Role role, Instant from, Instant until) {
        OnCallShift shift = new OnCallShift();
        shift.siteId = site.id;
        shift.username = username;
        shift.role = role;
        shift.phone = "supervisor".equals(username) ? "+886912000001" : "+886912000002";
        shift.startsAt = from;
        shift.endsAt = until;
        shift.persist();
    }
}
