package steward.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import steward.resident.Building;
import steward.resident.ConsentMethod;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.ResidentUnit;
import steward.resident.Site;
import steward.resident.SiteDefaults;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;

/**
 * The demo site 「好管家物業 示範小區」: three buildings, about 200 units and 400 residents with realistic
 * names and phone numbers, and one account per role. Created in dev and demo only, once.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String SITE_CODE = "demo";

    private static final String SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黄田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵";
    private static final String GIVEN = "志明俊傑家豪建宏承恩冠宇宗翰柏翰彥廷子涵雅婷怡君淑芬美玲佳穎詩涵欣怡心怡宜庭雅雯靜宜惠如秀英麗華文華國強建國志豪明輝嘉欣宇軒品妍詠晴思妤芷晴書豪偉倫瑞祥德明振華家瑋佩珊曉薇曉明小華大文";

    @jakarta.inject.Inject
    steward.StewardConfig config;

    @jakarta.inject.Inject
    SiteDefaults siteDefaults;

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            createOnce();
        }
    }

    @Transactional
    void createOnce() {
        if (Site.findByCode(SITE_CODE) != null) {
            return;
        }
        Site site = Site.withDefaults(config, siteDefaults);
        site.code = SITE_CODE;
        site.name = config.companyName() + " 示範小區";
        site.persist();

        Random random = new Random(2026);
        List<Unit> units = new ArrayList<>();
        for (int b = 1; b <= 3; b++) {
            Building building = new Building();
            building.siteId = site.id;
            building.name = b + "棟";
            building.persist();
            for (int entrance = 1; entrance <= 2; entrance++) {
                for (int floor = 1; floor <= 11; floor++) {
                    for (int room = 1; room <= 3; room++) {
                        Unit unit = new Unit();
                        unit.siteId = site.id;
                        unit.building = building;
                        unit.floor = floor;
                        unit.label = String.format("%d棟%d單元%d%02d", b, entrance, floor, room);
                        unit.areaM2 = BigDecimal.valueOf(60 + random.nextInt(90)).setScale(2);
                        unit.persist();
                        units.add(unit);
                    }
                }
            }
        }
        // Named residents the README and the walkthrough refer to.
        resident(site, units.get(0), "陳大文", ResidentKind.OWNER, "0912345678", random);
        resident(site, units.get(1), "王小華", ResidentKind.OWNER, "0933123456", random);
        for (Unit unit : units) {
            boolean rented = random.nextInt(5) == 0;
            resident(site, unit, randomName(random), rented ? ResidentKind.TENANT : ResidentKind.OWNER, null, random);
            resident(site, unit, randomName(random), ResidentKind.HOUSEHOLD, null, random);
        }

        String password = config.demo().password();
        account("desk", "前台 小美", password, site, Roles.DESK);
        account("service", "客服 阿哲", password, site, Roles.SERVICE);
        account("cashier", "收費 小芳", password, site, Roles.CASHIER);
        account("supervisor", "主管 林經理", password, site, Roles.SUPERVISOR);
        account("admin", "系統管理員", password, site, Roles.ADMIN);
        LOG.infof("Demo site %s created with %d units and %d residents; demo accounts desk, service, cashier, "
                + "supervisor and admin", site.name, units.size(), Resident.count());
    }

    private void resident(Site site, Unit unit, String name, ResidentKind kind, String phone, Random random) {
        Resident resident = new Resident();
        resident.siteId = site.id;
        resident.name = name;
        resident.kind = kind;
        String number = phone != null ? phone : randomMobile(random);
        Phones.normalise(number, config.phoneRegion()).ifPresent(resident.phones::add);
        LocalDate movedIn = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
        java.time.Instant consentGiven = movedIn.atStartOfDay(site.zone()).toInstant();
        if (random.nextInt(10) < 8) {
            resident.recordSmsConsent(true, consentGiven, ConsentMethod.IN_WRITING);
        }
        if (random.nextInt(10) < 5) {
            resident.email = "resident" + Math.abs(random.nextInt(1_000_000)) + "@example.com";
            resident.recordEmailConsent(true, consentGiven, ConsentMethod.IN_WRITING);
        }
        resident.preferredLanguage = random.nextInt(10) == 0 ? "zh-Hans" : "zh-Hant";
        resident.persist();
        ResidentUnit.moveIn(resident, unit, movedIn);
    }

    public static String randomName(Random random) {
        int surname = random.nextInt(SURNAMES.length());
        int given = random.nextInt(GIVEN.length() / 2) * 2;
        return SURNAMES.charAt(surname) + GIVEN.substring(given, given + 2);
    }

    public static String randomMobile(Random random) {
        return "09" + (1 + random.nextInt(8)) + String.format("%07d", random.nextInt(10_000_000));
    }

    private void account(String username, String displayName, String password, Site site, String role) {
        if (Account.findByUsername(username) != null) {
            return;
        }
        Account account = Account.local(username, displayName, password, role);
        account.siteIds.add(site.id);
        account.persist();
    }
}
