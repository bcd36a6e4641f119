package steward.support;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import steward.resident.Building;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;

/**
 * Two sites for tests: site A ("test-a", where every role has an account) and site B ("test-b", with its own
 * desk and supervisor accounts), so that scoping can be tested. Created once per test run through the real entities.
 */
@ApplicationScoped
public class TestSites {

    public static final String PASSWORD = "pw-test-2026";
    public static final String SITE_A = "test-a";
    public static final String SITE_B = "test-b";
    public static final String OTHER_SITE_DESK = "desk-b";
    public static final String OTHER_SITE_SUPERVISOR = "supervisor-b";

    @jakarta.inject.Inject
    steward.StewardConfig config;

    @jakarta.inject.Inject
    steward.resident.SiteDefaults siteDefaults;

    @Transactional
    public void ensure() {
        if (Site.findByCode(SITE_A) != null) {
            return;
        }
        Site a = site(SITE_A, "測試小區 A");
        Unit a502 = unit(a, "5棟", "5棟2單元502", 5);
        Unit a301 = unit(a, "5棟", "5棟2單元301", 3);
        Unit b1203 = unit(a, "B座", "B座12樓3室", 12);
        resident(a, "陳大文", ResidentKind.OWNER, List.of("0912 345 678"), a502);
        resident(a, "王小華", ResidentKind.TENANT, List.of("0933-123-456", "+886 922 000 111"), a301);
        resident(a, "王大明", ResidentKind.OWNER, List.of("0955111222"), b1203);
        resident(a, "李美玲", ResidentKind.HOUSEHOLD, List.of(), a502);

        Site b = site(SITE_B, "測試小區 B");
        Unit b101 = unit(b, "1棟", "1棟1單元101", 1);
        resident(b, "王五", ResidentKind.OWNER, List.of("0966777888"), b101);

        for (String role : Roles.ALL) {
            account(role, role, a);
        }
        account(OTHER_SITE_DESK, Roles.DESK, b);
        account(OTHER_SITE_SUPERVISOR, Roles.SUPERVISOR, b);
    }

    /** An account of its own on site A, for a test whose figures no other test's records may touch. */
    @Transactional
    public String freshAccount(String role) {
        String username = role + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        account(username, role, Site.findByCode(SITE_A));
        return username;
    }

    /** An account of its own on any site (one a test set up, say), with one role. */
    @Transactional
    public String freshAccountOn(long siteId, String role) {
        String username = role + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.local(username, "測試 " + username, PASSWORD, role);
        account.siteIds.add(siteId);
        account.persist();
        return username;
    }

    /** A site of its own with a unit, a resident of it and an account per role ({@code <prefix>-<role>}). */
    public record FreshSite(Long siteId, String code, String prefix, Long unitId, Long residentId) {
        public String account(String role) {
            return prefix + "-" + role;
        }
    }

    /** A site no other test touches, for a test whose rules or figures are per site (its calendar, its handovers). */
    @Transactional
    public FreshSite freshSite(String prefix) {
        String unique = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Site site = site(unique, "測試小區 " + unique);
        Unit unit = unit(site, "1棟", "1棟1單元101", 1);
        resident(site, "林小明", ResidentKind.OWNER, List.of("0911 222 333"), unit);
        Resident resident = Resident.find("siteId = ?1 and name = ?2", site.id, "林小明").firstResult();
        for (String role : Roles.ALL) {
            account(unique + "-" + role, role, site);
        }
        return new FreshSite(site.id, site.code, unique, unit.id, resident.id);
    }

    private Site site(String code, String name) {
        Site site = Site.withDefaults(config, siteDefaults);
        site.code = code;
        site.name = name;
        site.timeZone = "Asia/Taipei";
        site.currency = "TWD";
        site.companyName = "好管家物業";
        site.persist();
        return site;
    }

    private static Unit unit(Site site, String buildingName, String label, int floor) {
        Building building = Building.find("siteId = ?1 and name = ?2", site.id, buildingName).firstResult();
        if (building == null) {
            building = new Building();
            building.siteId = site.id;
            building.name = buildingName;
            building.persist();
        }
        Unit unit = new Unit();
        unit.siteId = site.id;
        unit.building = building;
        unit.label = label;
        unit.floor = floor;
        unit.areaM2 = new BigDecimal("88.50");
        unit.persist();
        return unit;
    }

    private static void resident(Site site, String name, ResidentKind kind, List<String> phones, Unit unit) {
        Resident resident = new Resident();
        resident.siteId = site.id;
        resident.name = name;
        resident.kind = kind;
        phones.forEach(p -> resident.phones.add(Phones.normalise(p, "TW").orElseThrow()));
        resident.persist();
        steward.resident.ResidentUnit.moveIn(resident, unit, null);
    }

    private static void account(String username, String role, Site site) {
        Account account = Account.local(username, "測試 " + username, PASSWORD, role);
        account.siteIds.add(site.id);
        account.persist();
    }
}
