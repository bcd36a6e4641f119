package steward.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.billing.FeeItem;
import steward.billing.FeeStandard;
import steward.billing.LedgerLine;
import steward.billing.LineKind;
import steward.imports.ImportWorkers;
import steward.notify.Notification;
import steward.resident.Building;
import steward.resident.Phones;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.resident.Unit;
import steward.security.Account;
import steward.security.Roles;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * A site of its own for the browser sweep, so that what its pages show comes from the sweep alone: one account per
 * role, a building of units with residents, the fee sheet, and through the application's own API a record of each
 * kind that a page opens by id (a visit, a parcel handed over, a complaint with a promise, an answer, a collection
 * case, a receipt and its print, a desk inspection, the on-call roster...). {@link #paths()} gives the concrete
 * pages, by route, that the sweep visits.
 */
@ApplicationScoped
public class SweepSite {

    static final String CODE = "sweep";
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** A 1×1 white PNG, the smallest signature a receiver can draw. */
    private static final String SIGNATURE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";

    @Inject
    TestClock clock;

    @Inject
    steward.StewardConfig config;

    @Inject
    steward.resident.SiteDefaults siteDefaults;

    @Inject
    ImportWorkers imports;

    private Map<String, List<String>> paths;

    /** The sweep's account of a role. */
    static String account(String role) {
        return "sweep-" + role;
    }

    /** The concrete pages to visit, by route ("GET /complaints/{id}"), created once per test run. */
    public synchronized Map<String, List<String>> paths() {
        if (paths == null) {
            paths = create();
        }
        return paths;
    }

    private Map<String, List<String>> create() {
        long[] ids = QuarkusTransaction.requiringNew().call(this::siteUnitsAndResidents);
        long unitId = ids[0];
        long residentId = ids[1];
        long owingUnitId = ids[2];
        long[] residentsByLanguage = { ids[1], ids[3], ids[4] };
        String desk = account(Roles.DESK);
        String service = account(Roles.SERVICE);
        String cashier = account(Roles.CASHIER);
        String supervisor = account(Roles.SUPERVISOR);
        Instant now = clock.instant();
        Map<String, List<String>> pages = new LinkedHashMap<>();

        // Reception: a visitor confirmed by the host, a call.
        long visitId = created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("visitorName", "周先生",
                "visitorPhone", "0912 111 222", "partySize", 2, "purpose", "拜訪親友", "hostResidentId", residentId,
                "unitId", unitId)).post("/api/v1/visits")).getLong("id");
        ok(Api.as(desk).contentType(ContentType.JSON).body(Map.of("outcome", "CONFIRMED"))
                .post("/api/v1/visits/" + visitId + "/host-response"));
        long callId = created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("callerName", "郭小姐",
                "callerPhone", "0912 345 001", "ringsBeforeAnswer", 2, "category", "INQUIRY", "outcome", "ANSWERED"))
                .post("/api/v1/calls")).getLong("id");
        pages.put("GET /desk/visits/{id}", List.of("/desk/visits/" + visitId));
        pages.put("GET /desk/phone/calls/{id}", List.of("/desk/phone/calls/" + callId));

        // The mailroom: a parcel waiting, and one handed over with its code and a signature.
        long waitingItem = parcel(desk, residentId, unitId, "A-01").getLong("id");
        JsonPath handed = parcel(desk, residentId, unitId, "A-02");
        ok(Api.as(desk).contentType(ContentType.JSON).body(Map.of("pickupCode", handed.getString("pickupCode"),
                "receivedBy", "陳大同", "signature", SIGNATURE)).post("/api/v1/items/" + handed.getLong("id")
                        + "/handover"));
        pages.put("GET /mailroom/items/{id}",
                List.of("/mailroom/items/" + waitingItem, "/mailroom/items/" + handed.getLong("id")));
        pages.put("GET /mailroom/proxies", List.of("/mailroom/proxies?residentId=" + residentId));

        // A complaint with a promise and a follow-up, and praise.
        long complaintId = created(Api.as(service).contentType(ContentType.JSON).body(Map.of("residentId", residentId,
                "unitId", unitId, "channel", "DESK", "category", "NOISE", "severity", "MEDIUM", "description",
                "樓上夜間施工噪音,影響休息")).post("/api/v1/complaints")).getLong("id");
        created(Api.as(service).contentType(ContentType.JSON).body(Map.of("what", "明天下午前回電說明處理結果",
                "dueAt", now.plus(Duration.ofDays(1)).toString())).post("/api/v1/complaints/" + complaintId
                        + "/promises"));
        ok(Api.as(service).contentType(ContentType.JSON).body(Map.of("toldCustomer", "已聯絡樓上住戶,請其晚間十點後停工"))
                .post("/api/v1/complaints/" + complaintId + "/follow-ups"));
        created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "unitId", unitId,
                "staff", desk, "what", "協助搬運包裹", "thanked", true)).post("/api/v1/praise"));
        pages.put("GET /complaints/{id}", List.of("/complaints/" + complaintId));
        pages.put("GET /complaints", List.of("/complaints", "/complaints?state=OPEN"));

        // The answer book: an approved answer, an inquiry answered with it.
        JsonPath draft = created(Api.as(service).contentType(ContentType.JSON).body(Map.of("category", "PARKING",
                "keywords", List.of("停車", "車位"), "synonyms", List.of("泊車"), "texts", Map.of("zh-Hant",
                        Map.of("question", "訪客可以在哪裡停車?", "body", "<p>訪客車位在 B1,請向前台登記車牌。</p>"))))
                .post("/api/v1/answers"));
        long answerId = draft.getLong("answerId");
        ok(Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("versionId", draft.getLong("id")))
                .post("/api/v1/answers/" + answerId + "/approve"));
        created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("channel", "DESK", "question",
                "請問訪客可以停哪裡?", "answerVersionId", draft.getLong("id"), "residentId", residentId,
                "unitId", unitId)).post("/api/v1/inquiries"));
        pages.put("GET /answers/{id}", List.of("/answers/" + answerId));
        pages.put("GET /answers/{id}/edit", List.of("/answers/" + answerId + "/edit"));
        pages.put("GET /inquiries", List.of("/inquiries", "/inquiries?q=停車"));

        // The till: a payment and its receipt printed on A4; the unit in arrears with its collection case.
        JsonPath receipt = created(Api.as(cashier).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("unitId", unitId, "amount", "600", "method", "TRANSFER",
                        "reference", "SWEEP-1")).post("/api/v1/payments"));
        String receiptNo = receipt.getString("receiptNo");
        Response print = Browser.signIn(cashier).post("/cashier/receipts/" + receiptNo + "/prints",
                Map.of("paper", "A4"));
        String printPath = print.header("HX-Redirect") != null ? print.header("HX-Redirect") : print.header("Location");
        pages.put("GET /cashier/receipts/{receiptNo}", List.of("/cashier/receipts/" + receiptNo));
        pages.put("GET /cashier/receipts/{receiptNo}/prints/{printNo}",
                List.of(printPath.replaceFirst("^https?://[^/]+", "")));
        pages.put("GET /cashier/units/{unitId}", List.of("/cashier/units/" + owingUnitId));
        pages.put("GET /cashier/units/{unitId}/statement", List.of("/cashier/units/" + owingUnitId + "/statement"));
        pages.put("GET /cashier", List.of("/cashier", "/cashier?q=101"));
        long caseId = created(Api.as(service).contentType(ContentType.JSON).body(Map.of("unitId", owingUnitId))
                .post("/api/v1/collection-cases")).getLong("id");
        pages.put("GET /arrears/cases/{id}", List.of("/arrears/cases/" + caseId));
        pages.put("GET /arrears/cases/{id}/statement", List.of("/arrears/cases/" + caseId + "/statement"));
        // The written demand, printed after a call that did not agree a payment.
        created(Api.as(service).contentType(ContentType.JSON).body(Map.of("kind", "PHONE", "outcome", "REFUSED"))
                .post("/api/v1/collection-cases/" + caseId + "/contacts"));
        created(Api.as(service).contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/demand"));
        pages.put("GET /arrears/cases/{id}/demand", List.of("/arrears/cases/" + caseId + "/demand"));
        pages.put("GET /staff/{username}", List.of("/staff/" + desk));

        // The center: a desk inspected with one item failed, the on-call roster of today, a suggestion.
        JsonPath inspectedDesk = created(Api.as(supervisor).contentType(ContentType.JSON)
                .body(Map.of("name", "一樓前台")).post("/api/v1/inspections/desks"));
        long deskId = inspectedDesk.getLong("id");
        List<Map<String, Object>> results = new ArrayList<>();
        List<Long> items = inspectedDesk.getList("items.id", Long.class);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> result = new HashMap<>();
            result.put("itemId", items.get(i));
            result.put("passed", i != 1);
            if (i == 1) {
                result.put("note", "桌面放了四件物品");
            }
            results.add(result);
        }
        long inspectionId = created(Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("deskId", deskId,
                "shift", "DAY", "kind", "SUPERVISOR", "results", results)).post("/api/v1/inspections"))
                .getLong("id");
        pages.put("GET /inspections/{id}", List.of("/inspections/" + inspectionId));
        pages.put("GET /inspections/desks/{deskId}/new", List.of("/inspections/desks/" + deskId + "/new"));
        Instant dayStart = LocalDate.ofInstant(now, TAIPEI).atStartOfDay(TAIPEI).toInstant();
        ok(Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("from", dayStart.toString(), "to",
                dayStart.plus(Duration.ofDays(1)).toString(), "shifts", List.of(
                        Map.of("username", service, "role", "PRIMARY", "phone", "0912 000 111", "startsAt",
                                dayStart.toString(), "endsAt", dayStart.plus(Duration.ofDays(1)).toString()),
                        Map.of("username", supervisor, "role", "BACKUP", "phone", "0912 000 222", "startsAt",
                                dayStart.toString(), "endsAt", dayStart.plus(Duration.ofDays(1)).toString()))))
                .put("/api/v1/on-call"));
        created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("title", "包裹架加上樓層標示", "body",
                "依樓層排列包裹,找件更快")).post("/api/v1/suggestions"));

        // Lending: a key lent to the resident against an ID card, still out, and a tool lent and given back signed.
        long keyLent = created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "KEY", "description",
                "B 棟頂樓門鑰匙", "residentId", residentId, "depositIdType", "NATIONAL_ID", "depositIdLast4", "A123",
                "dueBackAt", now.plus(Duration.ofHours(4)).toString())).post("/api/v1/loans")).getLong("id");
        long toolLent = created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "TOOL", "description",
                "鋁梯", "borrowerKind", "CONTRACTOR", "borrowerName", "王師傅", "dueBackAt",
                now.plus(Duration.ofHours(2)).toString())).post("/api/v1/loans")).getLong("id");
        ok(Api.as(desk).contentType(ContentType.JSON).body(Map.of("returnedBy", "王師傅", "signature", SIGNATURE))
                .post("/api/v1/loans/" + toolLent + "/return"));
        pages.put("GET /loans/{id}", List.of("/loans/" + keyLent, "/loans/" + toolLent));

        // The shift handover the desk signs now, of all of the above, for the next shift to confirm.
        Response handedOver = Api.as(desk).contentType(ContentType.JSON).body(Map.of("note", "B1 漏水已叫人"))
                .post("/api/v1/handovers");
        long handoverId = handedOver.statusCode() == 409 // this shift's, made by an earlier run on this database
                ? created(Api.as(desk).get("/api/v1/handovers")).getLong("[0].id")
                : created(handedOver).getLong("id");
        pages.put("GET /handovers/{id}", List.of("/handovers/" + handoverId));

        // The resident's survey: a complaint of each of three residents resolved, each asked in their own language.
        List<String> surveys = new ArrayList<>();
        for (long resident : residentsByLanguage) {
            long resolved = created(Api.as(service).contentType(ContentType.JSON).body(Map.of("residentId", resident,
                    "channel", "PHONE", "category", "CLEANLINESS", "severity", "LOW", "description",
                    "三樓梯間堆放垃圾")).post("/api/v1/complaints")).getLong("id");
            ok(Api.as(service).contentType(ContentType.JSON).body(Map.of("resolution", "已清除並勸導",
                    "satisfaction", 5)).post("/api/v1/complaints/" + resolved + "/resolve"));
            long survey = created(Api.as(service).get("/api/v1/complaints/" + resolved + "/surveys")).getLong("[0].id");
            String invitation = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                    "businessKey = ?1", "survey:" + survey + ":invitation").firstResult().body);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/survey/[A-Za-z0-9._-]+")
                    .matcher(invitation);
            if (!link.find()) {
                throw new IllegalStateException("No survey link in: " + invitation);
            }
            surveys.add(link.group());
        }
        pages.put("GET /survey/{token}", surveys);

        // Imports: a file of units checked and waiting for its confirmation, and one refused row by row.
        long siteId = QuarkusTransaction.requiringNew().call(() -> Site.findByCode(CODE).id);
        pages.put("GET /imports/{id}", List.of(
                "/imports/" + imported(supervisor, siteId, "樓棟,單元,樓層,面積(平方公尺),類型\r\n1棟,1棟3單元301,3,70,住宅\r\n"),
                "/imports/" + imported(supervisor, siteId, "樓棟,單元,樓層,面積(平方公尺),類型\r\n"
                        + "9棟,9棟1單元101,1,70,住宅\r\n1棟,1棟3單元302,三樓,70,住宅\r\n")));

        // The resident's file, its data, the dashboard's records behind a figure and a staff member's count.
        pages.put("GET /residents/{id}", List.of("/residents/" + residentId));
        pages.put("GET /residents", List.of("/residents", "/residents?q=陳"));
        pages.put("GET /privacy/residents/{id}", List.of("/privacy/residents/" + residentId));
        pages.put("GET /residents/{id}/edit", List.of("/residents/" + residentId + "/edit"));
        pages.put("GET /sites/{id}", List.of("/sites/" + siteId));
        pages.put("GET /sites/{id}/units", List.of("/sites/" + siteId + "/units"));
        pages.put("GET /units/{id}", List.of("/units/" + unitId));
        pages.put("GET /dashboard/{section}/{figure}", List.of("/dashboard/visitors/all"));
        pages.put("GET /dashboard/staff/{column}/{username}", List.of("/dashboard/staff/visitors/" + desk));
        return pages;
    }

    /** A file of units uploaded on the import page as {@code user}, once checked: the import's id. */
    private long imported(String user, long siteId, String csv) {
        Browser browser = Browser.signIn(user);
        String token = browser.csrfToken(); // before the request takes the session's cookies
        Response upload = browser.request().header("X-CSRF-TOKEN", token)
                .multiPart("file", "單元.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", "units").multiPart("site", String.valueOf(siteId))
                .multiPart("key", java.util.UUID.randomUUID().toString()).post("/imports");
        if (upload.statusCode() != 303) {
            throw new IllegalStateException("The sweep's import was refused: " + upload.statusCode() + " "
                    + upload.asString());
        }
        String location = upload.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        imports.await(id);
        return id;
    }

    private JsonPath parcel(String desk, long residentId, long unitId, String shelf) {
        return created(Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "PARCEL",
                "recipientResidentId", residentId, "unitId", unitId, "sender", "宅配通", "tracking",
                "TW" + shelf.replace("-", ""), "description", "紙箱一件", "shelf", shelf, "sealed", false))
                .post("/api/v1/items"));
    }

    private static JsonPath created(Response response) {
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("The sweep's fixture was refused: " + response.statusCode() + " "
                    + response.asString());
        }
        return response.jsonPath();
    }

    private static void ok(Response response) {
        created(response);
    }

    /**
     * The site, its accounts, a unit with two residents, a unit owing fees for 45 days; returns their ids (the unit,
     * its owner, the owing unit, the owner's household, the owing unit's owner). The three residents read in one
     * language each and agreed to email, so that what is sent to them (a survey) comes in every language.
     */
    private long[] siteUnitsAndResidents() {
        Site site = Site.findByCode(CODE);
        if (site == null) {
            site = Site.withDefaults(config, siteDefaults);
            site.code = CODE;
            site.name = "巡查小區";
            site.timeZone = "Asia/Taipei";
            site.currency = "TWD";
            site.companyName = "好管家物業";
            site.persist();
            for (String role : Roles.ALL) {
                Account account = Account.local(account(role), "巡查 " + role, TestSites.PASSWORD, role);
                account.siteIds.add(site.id);
                account.persist();
            }
            LocalDate from = LocalDate.of(2020, 1, 1);
            standard(site, FeeItem.MANAGEMENT_FEE, "", "60", from);
            standard(site, FeeItem.ACCESS_CARD, "", "100", from);
            standard(site, FeeItem.CARD_REPLACEMENT, "", "200", from);
            standard(site, FeeItem.CARD_DEPOSIT, "", "500", from);
            standard(site, FeeItem.PARKING_MONTHLY, "CAR", "2000", from);
            standard(site, FeeItem.PARKING_CARD, "", "100", from);
            standard(site, FeeItem.FAX_PAGE, "", "5", from);
        }
        Building building = new Building();
        building.siteId = site.id;
        building.name = "1棟";
        building.persist();
        Unit home = unit(site, building, "1棟1單元101");
        Unit owing = unit(site, building, "1棟2單元502");
        Resident chen = resident(site, home, "陳大同", ResidentKind.OWNER, "0912 345 678", "zh-Hant");
        Resident mei = resident(site, home, "陳小美", ResidentKind.HOUSEHOLD, "0922 111 333", "zh-Hans");
        Resident lin = resident(site, owing, "林欠費", ResidentKind.OWNER, "0933 222 444", "en");
        LocalDate today = LocalDate.ofInstant(clock.instant(), TAIPEI);
        charge(home, today.plusDays(10), "600");
        charge(owing, today.minusDays(45), "1200");
        charge(owing, today.minusDays(15), "1200");
        return new long[] { home.id, chen.id, owing.id, mei.id, lin.id };
    }

    private static Unit unit(Site site, Building building, String label) {
        Unit unit = new Unit();
        unit.siteId = site.id;
        unit.building = building;
        unit.label = label;
        unit.floor = 1;
        unit.areaM2 = new BigDecimal("88.50");
        unit.persist();
        return unit;
    }

    private Resident resident(Site site, Unit unit, String name, ResidentKind kind, String phone,
            String language) {
        Resident resident = new Resident();
        resident.preferredLanguage = language;
        resident.email = "sweep-" + language.toLowerCase() + "@example.com";
        resident.recordEmailConsent(true, clock.instant(), steward.resident.ConsentMethod.IN_WRITING);
        resident.siteId = site.id;
        resident.name = name;
        resident.kind = kind;
        resident.phones.add(Phones.normalise(phone, "TW").orElseThrow());
        resident.units.add(unit);
        resident.persist();
        return resident;
    }

    private void charge(Unit unit, LocalDate dueDate, String amount) {
        LedgerLine line = new LedgerLine();
        line.siteId = unit.siteId;
        line.unitId = unit.id;
        line.kind = LineKind.CHARGE;
        line.item = FeeItem.MANAGEMENT_FEE;
        line.period = dueDate.toString().substring(0, 7);
        line.amount = new BigDecimal(amount);
        line.dueDate = dueDate;
        line.businessDate = dueDate;
        line.postedAt = clock.instant();
        line.postedBy = "sweep";
        line.persist();
    }

    private static void standard(Site site, FeeItem item, String variant, String price, LocalDate from) {
        FeeStandard standard = new FeeStandard();
        standard.siteId = site.id;
        standard.item = item;
        standard.variant = variant;
        standard.price = new BigDecimal(price).setScale(2);
        standard.effectiveFrom = from;
        standard.createdAt = Instant.now();
        standard.createdBy = "sweep";
        standard.persist();
    }
}
