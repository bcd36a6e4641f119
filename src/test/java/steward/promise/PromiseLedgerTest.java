package steward.promise;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.security.Roles;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/** The ledger's rules: renegotiation with the customer's agreement, broken promises, filters and the figures. */
@QuarkusTest
class PromiseLedgerTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewTimeNeedsTheCustomersAgreementAndReplacesThePromise() {
        long complaint = complaint("service");
        Instant due = Instant.now().plusSeconds(3600);
        long promise = promise("service", complaint, "一小時內回電", due);
        Instant later = due.plusSeconds(86_400);
        renegotiate("service", promise, Map.of("newDueAt", later.toString(), "customerAgreed", false)).then()
                .statusCode(400).body("errors.field", hasItem("customerAgreed"));
        renegotiate("service", promise, Map.of("newDueAt", Instant.now().minusSeconds(60).toString(),
                "customerAgreed", true)).then().statusCode(400).body("errors.field", hasItem("newDueAt"));
        renegotiate("service", promise, Map.of("customerAgreed", true)).then().statusCode(400)
                .body("errors.field", hasItem("newDueAt"));
        Api.as("service").queryParam("state", "OPEN").get("/api/v1/promises").then()
                .body("id", hasItem((int) promise));

        JsonPath renewed = renegotiate("service", promise, Map.of("newDueAt", later.toString(), "customerAgreed", true))
                .then().statusCode(201).extract().jsonPath();
        assertEquals(promise, renewed.getLong("renegotiatedFrom"));
        assertEquals("OPEN", renewed.getString("state"));
        assertEquals(later, Instant.parse(renewed.getString("dueAt")));
        assertEquals("一小時內回電", renewed.getString("what"));
        Api.as("service").queryParam("state", "RENEGOTIATED").get("/api/v1/promises").then().statusCode(200)
                .body("find { it.id == " + promise + " }.customerAgreed", equalTo(true))
                .body("find { it.id == " + promise + " }.keptOnTime", equalTo(true));
        renegotiate("service", promise, Map.of("newDueAt", later.toString(), "customerAgreed", true)).then()
                .statusCode(409);
        Api.as("desk").get("/api/v1/complaints/" + complaint).then().body("promises.size()", equalTo(2));
    }

    @Test
    void aBrokenPromiseIsAdmittedWithItsReason() {
        long promise = promise("service", complaint("service"), "週五前換燈泡", Instant.now().plusSeconds(7200));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/promises/" + promise + "/broken").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "缺料"))
                .post("/api/v1/promises/" + promise + "/broken").then().statusCode(403);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "廠商缺料,無法如期"))
                .post("/api/v1/promises/" + promise + "/broken").then().statusCode(200)
                .body("state", equalTo("BROKEN")).body("closeNote", equalTo("廠商缺料,無法如期"))
                .body("keptOnTime", equalTo(false));
        Api.as("service").queryParam("state", "BROKEN").get("/api/v1/promises").then()
                .body("id", hasItem((int) promise));
        Api.as("service").queryParam("state", "LOST").get("/api/v1/promises").then().statusCode(400)
                .body("errors.field", hasItem("state"));
    }

    @Test
    void overdueIsOpenAndPastItsTime() {
        Instant start = Instant.now();
        long promise = promise("service", complaint("service"), "十分鐘內回覆", start.plusSeconds(600));
        Api.as("service").queryParam("state", "OVERDUE").get("/api/v1/promises").then()
                .body("id", org.hamcrest.Matchers.not(hasItem((int) promise)));
        clock.set(start.plusSeconds(601));
        Api.as("service").queryParam("state", "OVERDUE").get("/api/v1/promises").then()
                .body("find { it.id == " + promise + " }.overdue", equalTo(true));
    }

    /**
     * The kept-on-time arithmetic, for an owner of its own (a supervisor no other test makes promises for), in a
     * month far from every other test's promises.
     */
    @Test
    void keptOnTimeCountsKeptByTheDueTimeAndRenegotiatedBeforeIt() {
        String owner = sites.freshAccount(Roles.SUPERVISOR);
        YearMonth month = YearMonth.from(LocalDate.now(TAIPEI).plusYears(3));
        YearMonth last = month.minusMonths(1);
        long complaint;

        at(last, 5, 10);
        complaint = complaint(owner);
        long keptEarly = promise(owner, complaint, "上月:提前做到", time(last, 10, 12));
        long renegotiatedInTime = promise(owner, complaint, "上月:事前改約", time(last, 12, 12));
        long keptLate = promise(owner, complaint, "上月:遲了才做到", time(last, 15, 12));
        at(last, 8, 10);
        kept(owner, keptEarly);
        at(last, 11, 10);
        renegotiate(owner, renegotiatedInTime, Map.of("newDueAt", time(month, 20, 12).toString(),
                "customerAgreed", true)).then().statusCode(201);
        at(last, 16, 10);
        kept(owner, keptLate);

        at(month, 1, 10);
        long overdue = promise(owner, complaint, "本月:逾期未做", time(month, 5, 12));
        long renegotiatedLate = promise(owner, complaint, "本月:過期才改約", time(month, 8, 12));
        long keptBeforeDue = promise(owner, complaint, "本月:提前做到", time(month, 12, 12));
        promise(owner, complaint, "本月:今天傍晚到期", time(month, 10, 18));
        at(month, 9, 10);
        renegotiate(owner, renegotiatedLate, Map.of("newDueAt", time(month, 25, 12).toString(),
                "customerAgreed", true)).then().statusCode(201);
        at(month, 10, 10);
        kept(owner, keptBeforeDue);

        JsonPath figures = Api.as(owner).get("/api/v1/promises/figures").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> row = figures.getMap("staff.find { it.owner == '" + owner + "' }");
        assertEquals(1, row.get("dueToday"), "the one due this evening");
        assertEquals(1, row.get("overdue"), "the one due on the 5th: " + overdue);
        assertEquals(Map.of("onTime", 1, "due", 3), row.get("thisMonth"),
                "kept before its time; not: overdue, renegotiated after its time");
        assertEquals(Map.of("onTime", 2, "due", 3), row.get("lastMonth"),
                "kept early and renegotiated in time; not: kept late");
        assertEquals(month.toString(), figures.getString("thisMonth"));
        List<Integer> overall = List.of(figures.getInt("overall.lastMonth.onTime"), figures.getInt("overall.lastMonth.due"));
        assertEquals(List.of(2, 3), overall, "no one else's promises fall in that month");

        var page = steward.support.Browser.signIn(owner).get("/promises/figures");
        assertEquals(200, page.statusCode());
        var html = org.jsoup.Jsoup.parse(page.asString());
        assertEquals("33%(1/3)", html.selectFirst("tr[data-owner=" + owner + "] td.this-month").text());
        assertEquals("67%(2/3)", html.selectFirst("tr[data-owner=" + owner + "] td.last-month").text());
        steward.support.Browser.signIn("service").get("/promises/figures").then().statusCode(403);
    }

    private void at(YearMonth month, int day, int hour) {
        clock.set(month.atDay(day).atTime(LocalTime.of(hour, 0)).atZone(TAIPEI).toInstant());
    }

    private static Instant time(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(LocalTime.of(hour, 0)).atZone(TAIPEI).toInstant();
    }

    private static void kept(String owner, long promise) {
        Api.as(owner).contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then()
                .statusCode(200);
    }

    private static io.restassured.response.Response renegotiate(String role, long promise, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body)
                .post("/api/v1/promises/" + promise + "/renegotiate");
    }

    static long complaint(String role) {
        long resident = Api.as(role).queryParam("q", "王大明").get("/api/v1/residents").jsonPath().getLong("[0].id");
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("residentId", resident, "channel", "PHONE",
                "category", "REPAIR", "severity", "LOW", "description", "陽台排水孔堵塞")).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long promise(String role, long complaint, String what, Instant dueAt) {
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("what", what, "dueAt", dueAt.toString()))
                .post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
