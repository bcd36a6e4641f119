package steward.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.notify.NotificationDispatcher;
import steward.notify.NotificationState;
import steward.promise.PromiseAlerts;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The working calendar of a site (issue 20): kept by supervisors, its days imported from a CSV file; "within N
 * hours" in working time; an overdue promise outside working hours alerts whoever is on call at once and its owner
 * and the supervisors when work starts, each once; kept on time counted in working time where the site says so.
 */
@QuarkusTest
class WorkingCalendarTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    PromiseAlerts alerts;

    @Inject
    NotificationDispatcher dispatcher;

    TestSites.FreshSite site;

    @BeforeEach
    void setUp() {
        sites.ensure();
        site = sites.freshSite("cal");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TAIPEI).toInstant();
    }

    /** Weekdays 08:30–12:00 and 13:00–17:30; a national holiday; the figures count working time or not. */
    static Map<String, Object> calendar(boolean countsWorkingTime) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(Map.of("weekday", day, "opens", "08:30", "closes", "12:00"));
            hours.add(Map.of("weekday", day, "opens", "13:00", "closes", "17:30"));
        }
        return Map.of("countsWorkingTime", countsWorkingTime, "hours", hours,
                "days", List.of(Map.of("date", "2031-10-10", "working", false, "name", "國慶日")));
    }

    String path() {
        return "/api/v1/sites/" + site.siteId() + "/calendar";
    }

    void put(Map<String, Object> calendar) {
        Api.as(site.account("supervisor")).contentType(ContentType.JSON).body(calendar).put(path()).then()
                .statusCode(200).body("configured", equalTo(true));
    }

    @Test
    void aSupervisorKeepsTheCalendarAndDueTimesFollowIt() {
        Api.as(site.account("desk")).get(path()).then().statusCode(200).body("configured", equalTo(false));
        clock.set(at("2031-10-08T20:00"));
        Api.as(site.account("desk")).queryParam("withinHours", 2).get(path() + "/due").then().statusCode(200)
                .body("dueAt", equalTo(at("2031-10-08T22:00").toString()));

        put(calendar(false));
        JsonPath shown = Api.as(site.account("desk")).get(path()).then().statusCode(200).extract().jsonPath();
        assertEquals(10, shown.getList("hours").size());
        assertEquals("國慶日", shown.getString("days[0].name"));
        assertFalse(shown.getBoolean("workingNow"), "Wednesday 20:00");
        assertEquals(at("2031-10-09T08:30").toString(), shown.getString("workingFrom"));
        // A callback promised at 20:00 "within two hours" falls due at 10:30 the next morning; Thursday 17:00
        // "within two hours" skips the national holiday on Friday and the weekend.
        Api.as(site.account("desk")).queryParam("withinHours", 2).get(path() + "/due").then().statusCode(200)
                .body("dueAt", equalTo(at("2031-10-09T10:30").toString()))
                .body("wallClock", equalTo(at("2031-10-08T22:00").toString()));
        clock.set(at("2031-10-09T17:00"));
        Api.as(site.account("service")).queryParam("withinHours", 2).get(path() + "/due").then().statusCode(200)
                .body("dueAt", equalTo(at("2031-10-13T10:00").toString()));

        Api.as(site.account("desk")).contentType(ContentType.JSON).body(calendar(true)).put(path()).then().statusCode(403);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get(path()).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(calendar(true)).put(path()).then()
                .statusCode(404);
        Api.as(site.account("desk")).queryParam("withinHours", 0).get(path() + "/due").then().statusCode(400)
                .body("errors.field", hasItem("withinHours"));

        // No hours at all: the site works around the clock again.
        Api.as(site.account("supervisor")).contentType(ContentType.JSON)
                .body(Map.of("countsWorkingTime", false, "hours", List.of(), "days", List.of())).put(path()).then()
                .statusCode(200).body("configured", equalTo(false));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        put(calendar(false));
        String supervisor = site.account("supervisor");
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("hours", List.of(Map.of("weekday", "MONDAY",
                "opens", "17:00", "closes", "09:00")), "days", List.of())).put(path()).then().statusCode(400)
                .body("errors.field", hasItem("hours[0].closes"));
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("hours", List.of(
                Map.of("weekday", "MONDAY", "opens", "08:00", "closes", "12:00"),
                Map.of("weekday", "MONDAY", "opens", "11:00", "closes", "17:00")), "days", List.of())).put(path())
                .then().statusCode(400).body("errors.field", hasItem("hours"));
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("hours", List.of(Map.of("weekday", "MONDAY",
                "opens", "25:00", "closes", "26:00")), "days", List.of(Map.of("date", "2031-01-01", "working", false),
                        Map.of("date", "2031-01-01", "working", true)))).put(path()).then().statusCode(400)
                .body("errors.field", hasItem("hours[0].opens")).body("errors.field", hasItem("days"));
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("hours", List.of(Map.of("weekday", "SOMEDAY",
                "opens", "08:00", "closes", "12:00")), "days", List.of())).put(path()).then().statusCode(400);
        Api.as(supervisor).get(path()).then().statusCode(200).body("hours.size()", equalTo(10))
                .body("days.size()", equalTo(1));
    }

    @Test
    void holidaysAreImportedFromTheGovernmentsCalendarDryRunFirst() {
        put(calendar(false));
        String csv = """
                西元日期,星期,是否放假,備註
                20311011,六,2,
                20311012,日,2,
                20311013,一,0,
                20311020,一,2,調整放假
                20311025,六,0,補行上班
                2031-13-01,?,2,
                """;
        String supervisor = site.account("supervisor");
        Api.as(supervisor).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(path() + "/days")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("added", equalTo(2))
                .body("refused.line", equalTo(List.of(7))).body("refused.reason", equalTo(List.of("DATE")));
        Api.as(supervisor).get(path()).then().body("days.size()", equalTo(1));
        Api.as(supervisor).contentType("text/csv").queryParam("dryRun", false)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(path() + "/days").then().statusCode(200)
                .body("added", equalTo(2));
        JsonPath days = Api.as(supervisor).get(path()).then().extract().jsonPath();
        assertEquals(List.of("2031-10-10", "2031-10-20", "2031-10-25"), days.getList("days.date"));
        assertEquals(List.of(false, false, true), days.getList("days.working"));
        Api.as(supervisor).contentType("text/csv").queryParam("dryRun", false)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(path() + "/days").then().statusCode(200)
                .body("added", equalTo(0)).body("unchanged", equalTo(2));

        String plain = "2031-12-25,聖誕節\n2031/12/27,補班日,補班\n";
        Api.as(supervisor).contentType("text/csv").queryParam("dryRun", false)
                .body(plain.getBytes(StandardCharsets.UTF_8)).post(path() + "/days").then().statusCode(200)
                .body("added", equalTo(2));
        Api.as(site.account("desk")).contentType("text/csv").body(plain.getBytes(StandardCharsets.UTF_8))
                .post(path() + "/days").then().statusCode(403);
    }

    @Test
    void daysAreImportedOnlyIntoACalendarWithWorkingHoursAndDryRunIsYesOrNo() {
        String supervisor = site.account("supervisor");
        byte[] plain = "2031-12-25,聖誕節\n".getBytes(StandardCharsets.UTF_8);
        Api.as(supervisor).contentType("text/csv").queryParam("dryRun", false).body(plain).post(path() + "/days")
                .then().statusCode(409).contentType("application/problem+json");
        put(calendar(false));
        Api.as(supervisor).contentType("text/csv").queryParam("dryRun", "perhaps").body(plain).post(path() + "/days")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(supervisor).get(path()).then().body("days.size()", equalTo(1));
    }

    @Test
    void thePageEditsTheHoursAndImportsAFile() {
        Browser supervisor = Browser.signIn(site.account("supervisor"));
        Document refused = Jsoup.parse(supervisor.post("/calendar/hours", Map.of("opens-MONDAY-0", "18:00",
                "closes-MONDAY-0", "09:00")).asString());
        assertTrue(refused.select("#calendar-page .field-error").size() > 0, refused.text());
        Document saved = Jsoup.parse(supervisor.post("/calendar/hours", Map.of("opens-MONDAY-0", "08:30",
                "closes-MONDAY-0", "12:00", "opens-MONDAY-1", "13:00", "closes-MONDAY-1", "00:00")).asString());
        assertEquals("00:00", saved.selectFirst("input[name=closes-MONDAY-1]").attr("value"), "to the end of the day");
        Api.as(site.account("supervisor")).get(path()).then().body("hours.closes", hasItem("24:00"));
        Document day = Jsoup.parse(supervisor.post("/calendar/days", Map.of("date", "2031-02-10", "name", "春節"))
                .asString());
        assertEquals(1, day.select("tr[data-date=2031-02-10]").size());
        assertTrue(Jsoup.parse(supervisor.get("/calendar").asString()).text().contains("春節"));
        supervisor.get("/desk"); // any signed-in page keeps the session
        Browser desk = Browser.signIn(site.account("desk"));
        assertEquals(403, desk.get("/calendar").statusCode());
    }

    @Test
    void overdueOutsideWorkingHoursAlertsWhoeverIsOnCallNowAndTheOwnerWhenWorkStarts() {
        put(calendar(false));
        clock.set(at("2031-10-08T09:00"));
        String supervisor = site.account("supervisor");
        Api.as(supervisor).contentType(ContentType.JSON).body(Map.of("from", at("2031-10-08T17:30").toString(), "to",
                at("2031-10-09T08:30").toString(), "shifts", List.of(Map.of("username", site.account("service"),
                        "role", "PRIMARY", "phone", "0912 000 222", "startsAt", at("2031-10-08T17:30").toString(),
                        "endsAt", at("2031-10-09T08:30").toString()))))
                .put("/api/v1/on-call").then().statusCode(200);
        long promise = promise(site.account("desk"), at("2031-10-08T19:00"));
        String prefix = "promise:" + promise + ":";

        clock.set(at("2031-10-08T19:01"));
        alerts.checkDue();
        alerts.checkDue();
        assertEquals(List.of(prefix + "next-shift:" + site.account("desk") + "/IN_APP",
                prefix + "next-shift:" + supervisor + "/IN_APP",
                prefix + "on-call:" + site.account("service") + "/IN_APP"), keys(prefix));
        dispatcher.dispatchDue();
        assertEquals(NotificationState.SENT, state(prefix + "on-call:" + site.account("service")), "now");
        assertEquals(NotificationState.PENDING, state(prefix + "next-shift:" + site.account("desk")), "held");
        Instant held = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("businessKey",
                prefix + "next-shift:" + site.account("desk")).firstResult().nextAttemptAt);
        assertEquals(at("2031-10-09T08:30"), held, "until work starts");

        clock.set(at("2031-10-09T08:31"));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        alerts.checkDue();
        assertEquals(NotificationState.SENT, state(prefix + "next-shift:" + site.account("desk")));
        assertEquals(NotificationState.SENT, state(prefix + "next-shift:" + supervisor));
        assertEquals(3, keys(prefix).size(), "each once");
    }

    @Test
    void aPromiseKeptBeforeWorkStartsIsOnTimeWhereTheSiteCountsWorkingTime() {
        put(calendar(true));
        clock.set(at("2031-10-08T16:00"));
        long promise = promise(site.account("service"), at("2031-10-08T19:00"));
        clock.set(at("2031-10-09T08:20"));
        Api.as(site.account("service")).contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then().statusCode(200)
                .body("keptOnTime", equalTo(true));
        long late = promise(site.account("service"), at("2031-10-09T09:00"));
        clock.set(at("2031-10-09T09:10"));
        Api.as(site.account("service")).contentType(ContentType.JSON).post("/api/v1/promises/" + late + "/kept").then().statusCode(200)
                .body("keptOnTime", equalTo(false));
        JsonPath figures = Api.as(site.account("supervisor")).get("/api/v1/promises/figures").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, figures.getInt("overall.thisMonth.onTime"));
        assertEquals(2, figures.getInt("overall.thisMonth.due"));
    }

    long promise(String owner, Instant dueAt) {
        long complaint = Api.as(owner).contentType(ContentType.JSON).body(Map.of("residentId", site.residentId(),
                "channel", "PHONE", "category", "REPAIR", "severity", "LOW", "description", "樓梯燈不亮"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        return Api.as(owner).contentType(ContentType.JSON).body(Map.of("what", "派人更換燈管", "dueAt", dueAt.toString()))
                .post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static List<String> keys(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 order by businessKey, channel", prefix + "%").stream()
                .map(n -> n.businessKey + "/" + n.channel).toList());
    }

    static NotificationState state(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("businessKey = ?1 and "
                + "channel = 'IN_APP'", key).firstResult().state);
    }
}
