package steward.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.StewardConfig;
import steward.demo.DemoData;
import steward.resident.Site;

/** The demo site's fee sheet (dev and demo only), set once after the demo site exists. */
@ApplicationScoped
public class BillingDemoData {

    @Inject
    StewardConfig config;

    @Inject
    Clock clock;

    /** After {@link DemoData} (default priority 2500), which creates the site. */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        Site site = Site.findByCode(DemoData.SITE_CODE);
        if (site == null || FeeStandard.count("siteId", site.id) > 0) {
            return;
        }
        LocalDate from = LocalDate.of(2025, 1, 1);
        standard(site, FeeItem.MANAGEMENT_FEE, "", "60", from);
        standard(site, FeeItem.ACCESS_CARD, "", "100", from);
        standard(site, FeeItem.CARD_REPLACEMENT, "", "200", from);
        standard(site, FeeItem.CARD_DEPOSIT, "", "500", from);
        standard(site, FeeItem.PARKING_MONTHLY, SpaceType.CAR.name(), "2000", from);
        standard(site, FeeItem.PARKING_MONTHLY, SpaceType.MOTORCYCLE.name(), "300", from);
        standard(site, FeeItem.PARKING_CARD, "", "100", from);
        standard(site, FeeItem.FAX_PAGE, "", "5", from);
    }

    private void standard(Site site, FeeItem item, String variant, String price, LocalDate from) {
        FeeStandard standard = new FeeStandard();
        standard.siteId = site.id;
        standard.item = item;
        standard.variant = variant;
        standard.price = new BigDecimal(price).setScale(2);
        standard.effectiveFrom = from;
        standard.createdAt = clock.instant();
        standard.createdBy = Desk.SYSTEM;
        standard.persist();
    }
}
