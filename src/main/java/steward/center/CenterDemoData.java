package steward.center;

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

/** The demo site's front desk, with the seed's checklist, so that 巡檢 has something to inspect. */
@ApplicationScoped
public class CenterDemoData {

    private static final Logger LOG = Logger.getLogger(CenterDemoData.class);

    @Inject
    StewardConfig config;

    /** After {@link DemoData} (which observes with the default priority) has created the demo site. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || CenterDesk.count("siteId", site.id) > 0) {
            return;
        }
        InspectionService.createDesk(site.id, "前台一");
        LOG.info("Demo desk 前台一 created with the seed's checklist");
    }
}
