package steward.center;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * On call (一 8): the roster, who is on call now, and call-outs: acknowledged, arrived, or, unacknowledged
 * within 10 minutes, escalated to the backup and the supervisors exactly once, however often and however
 * concurrently the job runs.
 */
@QuarkusTest
class OnCallTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    CallOutEscalation escalation;

    /** Each test's stretch of three days, counted rather than drawn, so two tests never share one. */
    private static final java.util.concurrent.atomic.AtomicInteger STRETCHES = new java.util.concurrent.atomic.AtomicInteger();

    Instant start;

    @BeforeEach
    void setUp() {
        sites.ensure();
        // Each test in its own stretch of time, far from the others' rosters and call-outs.
        start = Instant.now().plus(Duration.ofDays(500 + 3L * STRETCHES.getAndIncrement())).truncatedTo(ChronoUnit.HOURS);
        clock.set(start);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /** service on call first, cashier as backup, for the next 12 hours. */
    private JsonPath roster() {
        return Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("from", start.toString(),
                "to", start.plus(Duration.ofDays(1)).toString(), "shifts", List.of(
                        Map.of("username", "service", "role", "PRIMARY", "phone", "0912 000 111",
                                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(12)).toString()),
                        Map.of("username", "cashier", "role", "BACKUP", "phone", "0912 000 222",
                                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(12)).toString()))))
                .put("/api/v1/on-call").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSupervisorKeepsTheRosterAndTheDeskSeesWhoIsOnCallWithOneTapToCall() {
        JsonPath saved = roster();
        assertEquals(2, saved.getList("roster.shifts").size());
        assertEquals("service", saved.getString("now.primary[0].username"));
        assertEquals("+886912000111", saved.getString("now.primary[0].phone"));
        assertEquals(1, saved.getList("roster.gaps").size(), "the night after 12 hours is uncovered");

        Api.as("desk").get("/api/v1/on-call").then().statusCode(200)
                .body("now.backup[0].username", equalTo("cashier"));
        Document panel = Jsoup.parse(Browser.signIn("desk").htmx("/on-call/now").asString());
        Element call = panel.selectFirst("a.on-call-tel[href=tel:+886912000111]");
        assertNotNull(call, panel.outerHtml());
        assertTrue(call.text().contains("測試 service"));
        assertNotNull(panel.selectFirst("a[href=tel:+886912000222]"));

        // Replacing the day: the same window again holds only what was sent.
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("from", start.toString(),
                "to", start.plus(Duration.ofDays(1)).toString(), "shifts", List.of()))
                .put("/api/v1/on-call").then().statusCode(200).body("now.primary.size()", equalTo(0));
        Document empty = Jsoup.parse(Browser.signIn("desk").htmx("/on-call/now").asString());
        assertNotNull(empty.selectFirst("[role=alert]"), "nobody on call is said plainly");

        Api.as("desk").contentType(ContentType.JSON).body(Map.of("from", start.toString(),
                "to", start.plus(Duration.ofDays(1)).toString(), "shifts", List.of())).put("/api/v1/on-call")
                .then().statusCode(403);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/on-call").then().statusCode(200)
                .body("now.primary.size()", equalTo(0));
    }

    @Test
    void aRosterWithMistakesIsRefusedWholeNamingTheField() {
        roster();
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("from", start.toString(),
                "to", start.plus(Duration.ofDays(1)).toString(), "shifts", List.of(
                        Map.of("username", "service", "role", "PRIMARY", "phone", "0912 000 111",
                                "startsAt", start.toString(), "endsAt", start.toString()),
                        Map.of("username", "nobody", "role", "CHIEF", "phone", "abc",
                                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(1)).toString()),
                        Map.of("username", "desk", "role", "BACKUP", "phone", "0912 000 333",
                                "startsAt", start.plus(Duration.ofDays(3)).toString(),
                                "endsAt", start.plus(Duration.ofDays(4)).toString()))))
                .put("/api/v1/on-call").then().statusCode(400)
                .body("errors.field", hasItem("shifts[0].endsAt")).body("errors.field", hasItem("shifts[1].username"))
                .body("errors.field", hasItem("shifts[1].role")).body("errors.field", hasItem("shifts[1].phone"))
                .body("errors.field", hasItem("shifts[2].startsAt"));
        Map<String, Object> tooMany = Map.of("from", start.toString(), "to", start.plus(Duration.ofDays(1)).toString(),
                "shifts", java.util.Collections.nCopies(1001, Map.of("username", "service", "role", "PRIMARY",
                        "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(1)).toString())));
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON).body(tooMany)
                .put("/api/v1/on-call").then().statusCode(400)
                .body("errors.find { it.field == 'shifts' }.message", equalTo("At most 1000 shifts at once"));
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of(
                "from", start.toString(), "to", start.minus(Duration.ofHours(1)).toString(), "shifts", List.of(
                        Map.of("username", "service", "role", "CHIEF", "startsAt", start.toString(),
                                "endsAt", start.minus(Duration.ofHours(2)).toString()))))
                .put("/api/v1/on-call").then().statusCode(400)
                .body("errors.find { it.field == 'to' }.message", equalTo("At most 92 days, ending after it starts"))
                .body("errors.find { it.field == 'shifts[0].role' }.message", equalTo("Choose on call or backup"))
                .body("errors.find { it.field == 'shifts[0].endsAt' }.message",
                        equalTo("The end must be after the start"));
        Api.as("supervisor").contentType(ContentType.JSON).body("{\"from\": \"tomorrow\"}").put("/api/v1/on-call")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        Api.as("desk").get("/api/v1/on-call").then().statusCode(200).body("now.primary[0].username", equalTo("service"));
    }

    /** The roster page's form: each mistake of a shift is said next to its field, and nothing is added. */
    @Test
    void aShiftAddedOnThePageWithMistakesIsRefusedNextToTheFields() {
        roster();
        Browser supervisor = Browser.signIn("supervisor");
        Document refused = Jsoup.parse(supervisor.post("/on-call/shifts", Map.of("username", "", "role", "CHIEF",
                "phone", "abc", "startsAt", "2051-07-01T08:00", "endsAt", "2051-07-01T07:00")).asString());
        assertEquals("請填寫此欄", refused.selectFirst("label:has([name=username]) .field-error").text());
        assertEquals("請選擇值班或備援", refused.selectFirst("label:has([name=role]) .field-error").text());
        assertEquals("不是有效的電話號碼", refused.selectFirst("label:has([name=phone]) .field-error").text());
        assertEquals("結束時間須晚於開始時間", refused.selectFirst("label:has([name=endsAt]) .field-error").text());
        Api.as("desk").queryParam("from", "2051-06-30T00:00:00Z").queryParam("to", "2051-07-02T00:00:00Z")
                .get("/api/v1/on-call").then().statusCode(200).body("roster.shifts.size()", equalTo(0));
    }

    @Test
    void aCallOutIsAcknowledgedThenArrivedAndIllegalStepsAreRefused() {
        roster();
        JsonPath callOut = Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "B座電梯困人,需要值班人員到場"))
                .post("/api/v1/call-outs").then().statusCode(201).extract().jsonPath();
        long id = callOut.getLong("id");
        assertEquals("service", callOut.getString("called"), "whoever is on call first");
        assertEquals("+886912000111", callOut.getString("phone"));
        assertEquals("REQUESTED", callOut.getString("state"));
        assertEquals(1, notifications("callout:" + id + ":requested:service"), "the one called is told at once");

        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/arrived").then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("cashier").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").then().statusCode(403);
        Api.as(TestSites.OTHER_SITE_DESK).contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").then().statusCode(404);

        clock.advance(Duration.ofMinutes(4));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("service"))
                .body("secondsToAcknowledge", equalTo(240));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").then().statusCode(409);
        clock.advance(Duration.ofMinutes(15));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/arrived").then().statusCode(200)
                .body("state", equalTo("ARRIVED"));
        escalation.escalateUnacknowledged();
        assertNull(escalatedAt(id), "an acknowledged call-out is never escalated");

        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/api/v1/call-outs").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        Api.as("desk").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("reason", "漏".repeat(501))).post("/api/v1/call-outs").then().statusCode(400)
                .body("errors.find { it.field == 'reason' }.message", equalTo("At most 500 characters"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "x", "username", "nobody"))
                .post("/api/v1/call-outs").then().statusCode(400).body("errors.field", hasItem("username"));
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/v1/call-outs").then()
                .statusCode(403);
    }

    @Test
    void nobodyOnCallMeansTheDeskMustNameWhomToCall() {
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "停電")).post("/api/v1/call-outs").then()
                .statusCode(400).body("errors.field", hasItem("username"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "停電", "username", "supervisor"))
                .post("/api/v1/call-outs").then().statusCode(201).body("called", equalTo("supervisor"))
                .body("phone", nullValue());
    }

    @Test
    void unacknowledgedForTenMinutesTheBackupAndSupervisorsAreAlertedExactlyOnce() throws Exception {
        roster();
        long id = Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "地下室漏水"))
                .post("/api/v1/call-outs").then().statusCode(201).extract().jsonPath().getLong("id");

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        escalation.escalateUnacknowledged();
        assertEquals(0, notifications("callout:" + id + ":escalated:%"), "not yet");

        clock.advance(Duration.ofSeconds(1));
        // Four runs at once, as four replicas would: one alert per recipient.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    return escalation.escalateUnacknowledged();
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        escalation.escalateUnacknowledged();
        assertEquals(1, notifications("callout:" + id + ":escalated:cashier"), "the backup");
        assertEquals(1, notifications("callout:" + id + ":escalated:supervisor"), "the supervisor");
        assertEquals(0, notifications("callout:" + id + ":escalated:service"), "not the one who did not answer");
        assertEquals(0, notifications("callout:" + id + ":escalated:supervisor-b"), "not another site's supervisor");
        assertEquals(2, notifications("callout:" + id + ":escalated:%"));
        assertNotNull(escalatedAt(id));

        Api.as("desk").get("/api/v1/call-outs/" + id).then().statusCode(200).body("state", equalTo("REQUESTED"))
                .body("escalatedAt", equalTo(escalatedAt(id).toString()));
        Document page = Jsoup.parse(Browser.signIn("desk").get("/on-call").asString());
        assertNotNull(page.selectFirst("#call-out-" + id + " .badge.overdue"), "shown as escalated");

        // The supervisor phones the backup, who answers: the desk records it.
        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").then().statusCode(200)
                .body("acknowledgedBy", equalTo("desk"));
        escalation.escalateUnacknowledged();
        assertEquals(2, notifications("callout:" + id + ":escalated:%"));
    }

    @Test
    void twoTabletsAcknowledgingAtOnceOneWinsTheOtherIsTold() throws Exception {
        roster();
        long id = Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "火警警報"))
                .post("/api/v1/call-outs").then().statusCode(201).extract().jsonPath().getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> acks = new ArrayList<>();
            for (String who : List.of("service", "desk", "supervisor", "service")) {
                acks.add(pool.submit(() -> {
                    go.await();
                    return Api.as(who).contentType(ContentType.JSON).post("/api/v1/call-outs/" + id + "/ack").statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> ack : acks) {
                statuses.add(ack.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void theDeskCallsSomeoneInFromThePageAndRecordsTheAnswer() {
        roster();
        Browser desk = Browser.signIn("desk");
        Document refused = Jsoup.parse(desk.post("/on-call/call-outs", Map.of("reason", "")).asString());
        assertNotNull(refused.selectFirst("input[name=reason][aria-invalid=true]"));
        assertNotNull(refused.selectFirst(".field-error"));
        Document tooLong = Jsoup.parse(desk.post("/on-call/call-outs", Map.of("reason", "漏".repeat(501))).asString());
        assertNotNull(tooLong.selectFirst("input[name=reason][aria-invalid=true]"));
        assertEquals("最多 500 個字", tooLong.selectFirst(".field-error").text());

        Document list = Jsoup.parse(desk.post("/on-call/call-outs", Map.of("reason", "停車場鐵捲門卡住")).asString());
        Element callOut = list.selectFirst("li.call-out");
        assertTrue(callOut.text().contains("停車場鐵捲門卡住"));
        assertNotNull(callOut.selectFirst("a[href=tel:+886912000111]"));
        String ack = callOut.selectFirst("form[hx-post$=/ack]").attr("hx-post");
        Document acknowledged = Jsoup.parse(desk.post(ack, Map.of()).asString());
        assertNotNull(acknowledged.selectFirst("li.call-out.state-ACKNOWLEDGED"));
        Document again = Jsoup.parse(desk.post(ack, Map.of()).asString());
        assertNotNull(again.selectFirst("li.call-out [role=alert]"), "a second tap is told why not");
    }

    private static long notifications(String keyPattern) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("businessKey like ?1", keyPattern));
    }

    private static Instant escalatedAt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CallOut.<CallOut>findById(id).escalatedAt);
    }
}
