package steward.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import steward.resident.Building;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;
import steward.support.TestSites;

/**
 * What the cashier's tests need besides {@link TestSites}: site A's fee sheet, a fresh unit (with one resident)
 * per test so that balances do not leak between tests, charges to pay, and a cashier of site B.
 */
@ApplicationScoped
public class CashierFixtures {

    public static final String OTHER_SITE_CASHIER = "cashier-b";
    private static final AtomicInteger UNITS = new AtomicInteger();

    public record FreshUnit(long unitId, long residentId, String label) {
    }

    @Transactional
    public void ensure() {
        Site a = Site.findByCode(TestSites.SITE_A);
        if (FeeStandard.count("siteId", a.id) == 0) {
            LocalDate from = LocalDate.of(2020, 1, 1);
            standard(a, FeeItem.MANAGEMENT_FEE, "", "60", from);
            standard(a, FeeItem.ACCESS_CARD, "", "100", from);
            standard(a, FeeItem.CARD_REPLACEMENT, "", "200", from);
            standard(a, FeeItem.CARD_DEPOSIT, "", "500", from);
            standard(a, FeeItem.PARKING_MONTHLY, "CAR", "2000", from);
            standard(a, FeeItem.PARKING_MONTHLY, "MOTORCYCLE", "300", from);
            standard(a, FeeItem.PARKING_CARD, "", "100", from);
            standard(a, FeeItem.FAX_PAGE, "", "5", from);
        }
        if (Account.findByUsername(OTHER_SITE_CASHIER) == null) {
            Account account = Account.local(OTHER_SITE_CASHIER, "測試 cashier-b", TestSites.PASSWORD, Roles.CASHIER);
            account.siteIds.add(Site.findByCode(TestSites.SITE_B).id);
            account.persist();
        }
    }

    /** A unit of site A of 30.25 m² with one resident, seen by no other test. */
    @Transactional
    public FreshUnit newUnit() {
        Site a = Site.findByCode(TestSites.SITE_A);
        Building building = Building.find("siteId = ?1 and name = ?2", a.id, "收費棟").firstResult();
        if (building == null) {
            building = new Building();
            building.siteId = a.id;
            building.name = "收費棟";
            building.persist();
        }
        int n = UNITS.incrementAndGet();
        Unit unit = new Unit();
        unit.siteId = a.id;
        unit.building = building;
        unit.label = "收費棟" + System.nanoTime() % 100_000 + "室" + n;
        unit.floor = 1;
        unit.areaM2 = new BigDecimal("30.25");
        unit.persist();
        Resident resident = new Resident();
        resident.siteId = a.id;
        resident.name = "林繳費";
        resident.kind = ResidentKind.OWNER;
        resident.persist();
        steward.resident.ResidentUnit.moveIn(resident, unit, null);
        return new FreshUnit(unit.id, resident.id, unit.label);
    }

    /** A charge on a unit's account, as the monthly job or a card would post it. */
    @Transactional
    public long charge(long unitId, FeeItem item, String amount, LocalDate dueDate) {
        Unit unit = Unit.findById(unitId);
        LedgerLine line = new LedgerLine();
        line.siteId = unit.siteId;
        line.unitId = unit.id;
        line.kind = LineKind.CHARGE;
        line.item = item;
        line.period = item == FeeItem.MANAGEMENT_FEE ? dueDate.toString().substring(0, 7) : null;
        line.amount = new BigDecimal(amount);
        line.dueDate = dueDate;
        line.businessDate = dueDate;
        line.postedAt = Instant.now();
        line.postedBy = "test";
        line.persist();
        return line.id;
    }

    private static void standard(Site site, FeeItem item, String variant, String price, LocalDate from) {
        FeeStandard standard = new FeeStandard();
        standard.siteId = site.id;
        standard.item = item;
        standard.variant = variant;
        standard.price = new BigDecimal(price).setScale(2);
        standard.effectiveFrom = from;
        standard.createdAt = Instant.now();
        standard.createdBy = "test";
        standard.persist();
    }
}
