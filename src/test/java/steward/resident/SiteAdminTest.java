package steward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.privacy.RetentionService;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * A company sets up a site itself: the administrator creates it (201 with Location, the company's defaults), changes
 * its details and its own settings, which the capabilities then read (a shorter visitor retention purges that site's
 * visitors only), and closes it: nobody works in it, its records stay. Only administrators manage sites; bad input is
 * refused naming the field, with nothing written.
 */
@QuarkusTest
class SiteAdminTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    RetentionService retention;

    String admin;

    @BeforeEach
    void setUp() {
        sites.ensure();
        admin = sites.freshAccount("admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdministratorSetsUpASiteWithTheCompanysDefaults() {
        String code = code();
        Response created = Api.as(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "北園小區", "companyName", "好管家物業", "timeZone", "Asia/Taipei",
                        "currency", "TWD", "phoneRegion", "TW", "deskPhone", "02 2345 6789", "address", "台北市北園路1號"))
                .post("/api/v1/sites");
        created.then().statusCode(201).body("code", equalTo(code)).body("name", equalTo("北園小區"))
                .body("deskPhone", equalTo("02-2345-6789"))
                .body("settings.visitorRetentionDays", equalTo(180)).body("settings.deskDayEndsAt", startsWith("18:00"))
                .body("settings.mailroomFirstReminderDays", equalTo(3)).body("settings.arrearsMonthlyCap", equalTo(2))
                .body("settings.arrearsQuietFrom", startsWith("21:00"));
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/sites/" + created.path("id")), location);
        Api.as(admin).get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("address", equalTo("台北市北園路1號"));
        Api.as(admin).get("/api/v1/sites").then().body("code", hasItem(code));
        Api.as(admin).queryParam("action", "CREATE_SITE").get("/api/v1/audit").then().statusCode(200)
                .body("detail", hasItem(containsString("北園小區")));
        Document trail = Jsoup.parse(Browser.signIn(admin).get("/audit?action=CREATE_SITE").asString());
        assertEquals("建立小區", trail.selectFirst(".audit-event[data-action=CREATE_SITE] td:nth-child(3)").text(),
                "the audit trail names the action in the reader's language");
    }

    @Test
    void theSitesOwnSettingsAreWhatTheCapabilitiesRead() {
        long site = createSite(code());
        Map<String, Object> settings = new HashMap<>(settings(site));
        settings.put("visitorRetentionDays", 30);
        Api.as(admin).contentType(ContentType.JSON).body(update(site, Map.of("settings", settings)))
                .put("/api/v1/sites/" + site).then().statusCode(200).body("settings.visitorRetentionDays", equalTo(30));
        Api.as(admin).queryParam("action", "UPDATE_SITE").get("/api/v1/audit").then()
                .body("detail", hasItem(containsString("\"visitorRetentionDays\":{\"before\":180,\"after\":30}")));

        // A visitor of the new site and one of site A, both registered 31 days ago.
        String desk = sites.freshAccountOn(site, "desk");
        String service = sites.freshAccountOn(site, "service");
        long building = id(Api.as(admin).contentType(ContentType.JSON).body(Map.of("name", "1棟"))
                .post("/api/v1/sites/" + site + "/buildings"));
        long unit = id(Api.as(admin).contentType(ContentType.JSON)
                .body(Map.of("label", "1棟101", "buildingId", building, "kind", "RESIDENTIAL"))
                .post("/api/v1/sites/" + site + "/units"));
        long host = id(Api.as(service).contentType(ContentType.JSON)
                .body(Map.of("name", "周新住", "kind", "OWNER", "unitIds", List.of(unit))).post("/api/v1/residents"));
        long chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        Instant registered = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(4000));
        clock.set(registered);
        long theirs = visit(desk, host);
        long ours = visit("desk", chen);

        clock.set(registered.plus(Duration.ofDays(31)));
        retention.applyAll();
        Api.as(desk).get("/api/v1/visits/" + theirs).then().statusCode(404);
        Api.as("desk").get("/api/v1/visits/" + ours).then().statusCode(200);
    }

    @Test
    void aClosedSiteKeepsItsRecordsButNobodyWorksInIt() {
        long site = createSite(code());
        String desk = sites.freshAccountOn(site, "desk");
        long building = id(Api.as(admin).contentType(ContentType.JSON).body(Map.of("name", "A座"))
                .post("/api/v1/sites/" + site + "/buildings"));
        long unit = id(Api.as(admin).contentType(ContentType.JSON)
                .body(Map.of("label", "A座1樓", "buildingId", building, "kind", "SHOP"))
                .post("/api/v1/sites/" + site + "/units"));
        Api.as(desk).get("/api/v1/units/" + unit).then().statusCode(200).body("unit.label", equalTo("A座1樓"));

        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/sites/" + site + "/close")
                .then().statusCode(200).body("closedAt", not(equalTo(null)));
        Api.as(desk).get("/api/v1/units/" + unit).then().statusCode(404);
        Api.as(desk).queryParam("q", "A座1樓").get("/api/v1/units").then().statusCode(200).body("size()", equalTo(0));
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/sites/" + site + "/close").then().statusCode(409);
        Api.as(admin).get("/api/v1/sites/" + site).then().statusCode(200).body("units", equalTo(1));

        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/sites/" + site + "/reopen").then().statusCode(200);
        Api.as(desk).get("/api/v1/units/" + unit).then().statusCode(200);
        Api.as(admin).contentType(ContentType.JSON).post("/api/v1/sites/" + site + "/reopen").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsManageSitesAndOnlyTheirOwn() {
        long site = createSite(code());
        for (String role : List.of("desk", "service", "cashier", "supervisor")) {
            Api.as(role).contentType(ContentType.JSON).body(Map.of("code", code(), "name", "x"))
                    .post("/api/v1/sites").then().statusCode(403);
            Api.as(role).get("/api/v1/sites/" + site).then().statusCode(403);
        }
        String otherAdmin = sites.freshAccount("admin");
        Api.as(otherAdmin).get("/api/v1/sites/" + site).then().statusCode(404);
        Api.as(otherAdmin).contentType(ContentType.JSON).body(update(site, Map.of("name", "改名")))
                .put("/api/v1/sites/" + site).then().statusCode(404);
        Api.as(admin).get("/api/v1/sites/" + site).then().body("name", equalTo("測試新小區"));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        String taken = code();
        createSite(taken);
        int before = Api.as(admin).get("/api/v1/sites").jsonPath().getList("$").size();
        refuse(site(code(), Map.of("code", "北園 park")), "code");
        refuse(site(code(), Map.of("code", taken)), "code");
        refuse(site(code(), Map.of("name", "")), "name");
        refuse(site(code(), Map.of("name", "園".repeat(101))), "name");
        refuse(site(code(), Map.of("timeZone", "Mars/Olympus")), "timeZone");
        refuse(site(code(), Map.of("currency", "XXQ")), "currency");
        refuse(site(code(), Map.of("phoneRegion", "QQ")), "phoneRegion");
        refuse(site(code(), Map.of("deskPhone", "12ab")), "deskPhone");
        Map<String, Object> settings = new HashMap<>(Map.of("visitorRetentionDays", 0, "callerRetentionDays", 730,
                "inquirerRetentionDays", 730, "notificationRetentionDays", 90, "deskDayEndsAt", "18:00",
                "mailroomFirstReminderDays", 3, "mailroomReminderIntervalDays", 7, "mailroomReturnAfterDays", 30,
                "arrearsMonthlyCap", 2, "arrearsQuietFrom", "21:00"));
        settings.put("arrearsQuietUntil", "08:00");
        settings.put("answerWithinSeconds", 15);
        settings.put("missedCallbackMinutes", 30);
        refuse(site(code(), Map.of("settings", settings)), "settings.visitorRetentionDays");
        assertEquals(before, Api.as(admin).get("/api/v1/sites").jsonPath().getList("$").size(), "nothing written");
    }

    @Test
    void twoAdministratorsSettingUpTheSameCodeAtOnceMakeOneSiteAndRefuseTheRest() throws Exception {
        String code = code();
        ExecutorService tablets = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                saves.add(() -> Api.as(admin).contentType(ContentType.JSON).body(site(code, Map.of()))
                        .post("/api/v1/sites").statusCode());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : tablets.invokeAll(saves)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
            assertEquals(3, answers.stream().filter(s -> s == 400).count(), answers.toString());
        } finally {
            tablets.shutdownNow();
        }
    }

    @Test
    void thePagesSetUpASiteAndPutARefusedFormBackWithItsMessage() {
        Browser browser = Browser.signIn(admin);
        Document list = Jsoup.parse(browser.get("/sites").asString());
        assertEquals("Asia/Taipei", list.selectFirst("#site-timeZone").attr("value"), "the company's defaults");

        Map<String, String> form = new HashMap<>(Map.of("code", "", "name", "頁面小區", "companyName", "好管家物業",
                "timeZone", "Asia/Taipei", "currency", "TWD", "phoneRegion", "TW"));
        Response refused = formPost(browser, "/sites", form);
        assertEquals(400, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertEquals("true", page.selectFirst("#site-code").attr("aria-invalid"));
        assertNotNull(page.selectFirst("#site-code-error"), "the message next to the field");
        assertEquals("頁面小區", page.selectFirst("#site-name").attr("value"), "what was typed is kept");

        String code = code();
        form.put("code", code);
        Response created = formPost(browser, "/sites", form);
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        Document site = Jsoup.parse(browser.get(location.replaceFirst("^https?://[^/]+", "")).asString());
        assertEquals(code, site.selectFirst("#site-code").attr("value"));
        assertEquals("180", site.selectFirst("#setting-visitorRetentionDays").attr("value"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long createSite(String code) {
        return id(Api.as(admin).contentType(ContentType.JSON).body(site(code, Map.of())).post("/api/v1/sites"));
    }

    private static Map<String, Object> site(String code, Map<String, Object> changes) {
        Map<String, Object> site = new HashMap<>(Map.of("code", code, "name", "測試新小區", "companyName", "好管家物業",
                "timeZone", "Asia/Taipei", "currency", "TWD", "phoneRegion", "TW"));
        site.putAll(changes);
        return site;
    }

    private Map<String, Object> update(long site, Map<String, Object> changes) {
        Map<String, Object> current = new HashMap<>(Api.as(admin).get("/api/v1/sites/" + site).jsonPath().getMap("$"));
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "name", "address", "companyName", "timeZone", "currency", "phoneRegion",
                "deskPhone", "settings")) {
            body.put(field, current.get(field));
        }
        body.putAll(changes);
        return body;
    }

    private Map<String, Object> settings(long site) {
        return Api.as(admin).get("/api/v1/sites/" + site).jsonPath().getMap("settings");
    }

    private void refuse(Map<String, Object> body, String field) {
        Api.as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static long visit(String desk, long host) {
        return id(Api.as(desk).contentType(ContentType.JSON).body(Map.of("visitorName", "訪客", "hostResidentId", host))
                .post("/api/v1/visits"));
    }

    /** A form as a browser without htmx posts it: the answer is a redirect, or the page with the refused form. */
    static Response formPost(Browser browser, String path, Map<String, String> form) {
        String token = browser.csrfToken(); // first: fetching it sets the CSRF cookie the form must carry
        return browser.request().header("X-CSRF-TOKEN", token).formParams(form).post(path);
    }

    static long id(Response response) {
        response.then().statusCode(201);
        return response.jsonPath().getLong("id");
    }
}
