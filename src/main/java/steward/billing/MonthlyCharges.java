package steward.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import steward.resident.Site;

/**
 * The monthly charges of every unit: the management fee (area × the price per m² in effect on the first of
 * the month) and monthly parking for each active parking card's space. The month is the site's own (its time
 * zone). One set-based statement per site and item; the unique (unit, charge key) with ON CONFLICT DO NOTHING
 * makes it one charge per unit, item and month, however often it runs and on however many replicas.
 */
@ApplicationScoped
public class MonthlyCharges {

    private static final Logger LOG = Logger.getLogger(MonthlyCharges.class);

    private static final String MANAGEMENT_FEE = """
            insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                     fee_standard_id, business_date, posted_at, posted_by)
            select u.site_id, u.id, 'CHARGE', 'MANAGEMENT_FEE', ?2, round(u.area_m2 * f.price, ?3), ?4,
                   'MANAGEMENT_FEE:' || ?2, f.id, ?5, ?6, ?7
              from unit u
              join fee_standard f on f.site_id = u.site_id and f.item = 'MANAGEMENT_FEE' and f.variant = ''
                                 and f.effective_from <= ?8 and (f.effective_to is null or f.effective_to >= ?8)
             where u.site_id = ?1 and u.closed_at is null and round(u.area_m2 * f.price, ?3) > 0
            on conflict (unit_id, charge_key) do nothing
            """;

    private static final String PARKING = """
            insert into ledger_line (site_id, unit_id, kind, item, period, amount, due_date, charge_key,
                                     fee_standard_id, card_id, note, business_date, posted_at, posted_by)
            select c.site_id, c.unit_id, 'CHARGE', 'PARKING_MONTHLY', ?2, round(f.price, ?3), ?4,
                   'PARKING_MONTHLY:' || ?2 || ':' || c.parking_space, f.id, c.id, c.parking_space, ?5, ?6, ?7
              from card c
              join fee_standard f on f.site_id = c.site_id and f.item = 'PARKING_MONTHLY' and f.variant = c.space_type
                                 and f.effective_from <= ?8 and (f.effective_to is null or f.effective_to >= ?8)
             where c.site_id = ?1 and c.kind = 'PARKING' and c.status = 'ACTIVE' and f.price > 0
            on conflict (unit_id, charge_key) do nothing
            """;

    @Inject
    Clock clock;

    /** Charges the current month of every open site (in each site's time zone); returns the charges made. */
    public int chargeCurrentMonth() {
        List<Long> siteIds = QuarkusTransaction.requiringNew()
                .call(() -> Site.<Site>list("closedAt is null").stream().map(s -> s.id).toList());
        int made = 0;
        for (Long siteId : siteIds) {
            made += chargeCurrentMonth(siteId);
        }
        return made;
    }

    @Transactional
    int chargeCurrentMonth(Long siteId) {
        Site site = Site.findById(siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        YearMonth month = YearMonth.from(today);
        int made = 0;
        for (String statement : List.of(MANAGEMENT_FEE, PARKING)) {
            made += Panache.getEntityManager().createNativeQuery(statement)
                    .setParameter(1, site.id).setParameter(2, month.toString())
                    .setParameter(3, Money.minorDigits(site.currency)).setParameter(4, month.atEndOfMonth())
                    .setParameter(5, today).setParameter(6, now).setParameter(7, Desk.SYSTEM)
                    .setParameter(8, month.atDay(1)).executeUpdate();
        }
        if (made > 0) {
            LOG.infof("Charged %d monthly fees for %s in site %s", made, month, site.code);
        }
        return made;
    }
}
