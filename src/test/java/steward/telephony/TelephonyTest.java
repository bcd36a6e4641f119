package steward.telephony;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.promise.Promise;
import steward.promise.PromiseSource;
import steward.promise.PromiseState;
import steward.reception.PhoneCall;
import steward.resident.Site;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * A simulated phone system posting its events over HTTP, as Asterisk's dialplan or any PBX that can call a URL
 * would: the token, a call rung and answered after 10 s and after 20 s, a missed call and its callback promise,
 * events sent twice and out of order, wrong tokens; and the desk board showing the caller while it rings and
 * opening the record with the measured ring time when this desk answers.
 */
@QuarkusTest
class TelephonyTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** 陳大文 of 5棟2單元502 in the test site. */
    static final String RESIDENT_PHONE = "0912 345 678";

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    String token;
    long siteA;

    @BeforeEach
    void setUp() {
        sites.ensure();
        siteA = QuarkusTransaction.requiringNew().call(() -> Site.findByCode(TestSites.SITE_A).id);
        token = issue("admin", siteA).then().statusCode(201).extract().jsonPath().getString("token");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdminIssuesTheTokenOnlyItsHashIsKeptAndANewOneReplacesTheOld() {
        JsonPath issued = issue("admin", siteA).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/telephony/test-a/events")).extract()
                .jsonPath();
        String fresh = issued.getString("token");
        assertEquals("test-a", issued.getString("siteCode"));
        assertEquals("/api/v1/telephony/test-a/events", issued.getString("eventsPath"));
        assertTrue(fresh.length() >= 43, "256 random bits");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select token_hash from telephony_token where site_id = ?1")
                .setParameter(1, siteA).getSingleResult());
        assertNotEquals(fresh, stored, "the token itself is not kept");
        assertEquals(PhoneSystemTokens.hash(fresh), stored);

        at("2049-03-01T10:00:00");
        event(token, newCall(callId(), "in", null)).then().statusCode(401);
        event(fresh, newCall(callId(), "in", null)).then().statusCode(200);

        for (String role : List.of("desk", "service", "cashier", "supervisor")) {
            issue(role, siteA).then().statusCode(403);
        }
        long siteB = QuarkusTransaction.requiringNew().call(() -> Site.findByCode(TestSites.SITE_B).id);
        issue("admin", siteB).then().statusCode(404);
    }

    @Test
    void aCallAnsweredAfterTenSecondsIsWithinTheStandardAndAfterTwentyItIsNot() {
        at("2049-03-02T10:05:00");
        String quick = callId();
        event(token, newCall(quick, "in", "2049-03-02T10:00:00")).then().statusCode(200)
                .body("state", equalTo("RINGING")).body("measured", equalTo(false));
        event(token, answer(quick, "desk", "2049-03-02T10:00:10")).then().statusCode(200)
                .body("state", equalTo("ANSWERED")).body("ringSeconds", equalTo(10))
                .body("answeredWithinStandard", equalTo(true));
        String slow = callId();
        event(token, newCall(slow, "in", "2049-03-02T10:01:00")).then().statusCode(200);
        event(token, answer(slow, "desk", "2049-03-02T10:01:20")).then().statusCode(200)
                .body("ringSeconds", equalTo(20)).body("answeredWithinStandard", equalTo(false));
        event(token, hangup(slow, "normalClearing", "2049-03-02T10:03:00")).then().statusCode(200)
                .body("state", equalTo("ANSWERED"));

        JsonPath calls = Api.as("desk").get("/api/v1/calls?date=2049-03-02").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> first = calls.getMap("find { it.callId == '" + quick + "' }");
        assertEquals(10, first.get("ringSeconds"));
        assertEquals(true, first.get("measured"));
        assertEquals(true, first.get("answeredWithinStandard"));
        assertEquals("desk", first.get("answeredBy"));
        assertEquals("陳大文", first.get("residentName"), "the caller matched to the resident");
        Map<String, Object> second = calls.getMap("find { it.callId == '" + slow + "' }");
        assertEquals(20, second.get("ringSeconds"));
        assertEquals(false, second.get("answeredWithinStandard"));
        Api.as("desk").get("/api/v1/calls/summary?date=2049-03-02").then().body("measured", equalTo(2))
                .body("selfReported", equalTo(0)).body("withinStandard", equalTo(1));
    }

    @Test
    void theStandardIsTheSitesOwnSettingOnItsPage() {
        Map<String, Object> site = new HashMap<>(Api.as("admin").get("/api/v1/sites/" + siteA).then().statusCode(200)
                .body("settings.answerWithinSeconds", equalTo(15)).extract().jsonPath().getMap("$"));
        try {
            answerWithin(site, 25);
            at("2049-03-15T10:05:00");
            String call = callId();
            event(token, newCall(call, "in", "2049-03-15T10:00:00")).then().statusCode(200);
            event(token, answer(call, "desk", "2049-03-15T10:00:20")).then().statusCode(200)
                    .body("ringSeconds", equalTo(20)).body("answeredWithinStandard", equalTo(true));
        } finally {
            answerWithin(site, 15);
        }
    }

    /** The administrator changes the site's answering standard, as on the site's page. */
    private void answerWithin(Map<String, Object> site, int seconds) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "name", "address", "companyName", "timeZone", "currency", "phoneRegion",
                "deskPhone")) {
            body.put(field, site.get(field));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = new HashMap<>((Map<String, Object>) site.get("settings"));
        settings.put("answerWithinSeconds", seconds);
        body.put("settings", settings);
        Api.as("admin").contentType(ContentType.JSON).body(body).put("/api/v1/sites/" + siteA).then().statusCode(200)
                .body("settings.answerWithinSeconds", equalTo(seconds));
    }

    @Test
    void aMissedCallIsListedForItsCallbackWhichIsAPromiseKeptWhenTheCallerIsReached() {
        at("2049-03-03T09:00:00");
        Browser desk = Browser.signIn("desk"); // after the clock moved: sessions age with it
        // Someone answers a call first: the desk it is at owns the callbacks.
        String earlier = callId();
        event(token, newCall(earlier, "in", "2049-03-03T08:59:00")).then().statusCode(200);
        event(token, answer(earlier, "desk", "2049-03-03T08:59:03")).then().statusCode(200);

        at("2049-03-03T10:00:40");
        String missed = callId();
        event(token, newCall(missed, "in", "2049-03-03T10:00:00")).then().statusCode(200);
        event(token, hangup(missed, "noAnswer", "2049-03-03T10:00:25")).then().statusCode(200)
                .body("state", equalTo("MISSED")).body("ringSeconds", equalTo(25))
                .body("answeredWithinStandard", equalTo(false));
        PhoneCall call = call(missed);
        Promise callback = callbackOf(call);
        assertNotNull(callback, "the callback is a promise in the ledger");
        assertEquals(PromiseState.OPEN, callback.state);
        assertEquals("desk", callback.owner);
        assertEquals(instant("2049-03-03T10:30:25"), callback.dueAt, "due 30 minutes after the hang-up");
        assertTrue(callback.what.contains("陳大文"), callback.what);

        Document board = Jsoup.parse(desk.get("/desk").asString());
        Element row = board.selectFirst(".desk-missed [data-call=" + call.id + "]");
        assertNotNull(row, "listed for a callback");
        assertTrue(row.text().contains("陳大文"), row.text());
        Api.as("desk").get("/api/v1/calls/summary?date=2049-03-03").then().body("missed", equalTo(1));

        // The caller rings again and is answered: the callback is kept.
        at("2049-03-03T10:10:00");
        String again = callId();
        event(token, newCall(again, "in", "2049-03-03T10:09:50")).then().statusCode(200);
        event(token, answer(again, "desk", "2049-03-03T10:09:55")).then().statusCode(200);
        assertEquals(PromiseState.KEPT, callbackOf(call).state, "the caller was reached");
        assertTrue(Jsoup.parse(desk.get("/desk").asString()).select(".desk-missed [data-call=" + call.id + "]")
                .isEmpty());

        // Another missed call, called back by hand: one tap on the board.
        at("2049-03-03T11:00:30");
        String second = callId();
        event(token, newCall(second, "in", "2049-03-03T11:00:00", "0955111222")).then().statusCode(200);
        event(token, hangup(second, "noAnswer", "2049-03-03T11:00:12")).then().statusCode(200);
        PhoneCall secondCall = call(second);
        Document after = Jsoup.parse(desk.post("/desk/phone/calls/" + secondCall.id + "/called-back", Map.of())
                .then().statusCode(200).extract().asString());
        assertTrue(after.select(".desk-missed [data-call=" + secondCall.id + "]").isEmpty(), "no longer listed");
        assertEquals(PromiseState.KEPT, callbackOf(secondCall).state);
        assertEquals("desk", callbackOf(secondCall).closedBy);
    }

    @Test
    void theSameEventTwiceChangesNothingAndEventsInAnyOrderGiveTheSameCall() {
        at("2049-03-04T10:05:00");
        String twice = callId();
        event(token, newCall(twice, "in", "2049-03-04T10:00:00")).then().statusCode(200)
                .body("duplicate", equalTo(false));
        event(token, newCall(twice, "in", "2049-03-04T10:00:00")).then().statusCode(200)
                .body("duplicate", equalTo(true));
        event(token, answer(twice, "desk", "2049-03-04T10:00:07")).then().statusCode(200);
        event(token, answer(twice, "desk", "2049-03-04T10:00:09")).then().statusCode(200)
                .body("duplicate", equalTo(true)).body("ringSeconds", equalTo(7));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> PhoneCall.count("pbxCallId", twice)));
        assertEquals(2L, eventsOf(twice));

        // Hang-up first, then the answer, then the ring: the same answered call, measured.
        String reversed = callId();
        event(token, hangup(reversed, "normalClearing", "2049-03-04T10:03:00")).then().statusCode(200)
                .body("state", equalTo("MISSED")).body("measured", equalTo(false));
        event(token, answer(reversed, "desk", "2049-03-04T10:01:12")).then().statusCode(200)
                .body("state", equalTo("ANSWERED"));
        event(token, newCall(reversed, "in", "2049-03-04T10:01:00")).then().statusCode(200)
                .body("state", equalTo("ANSWERED")).body("ringSeconds", equalTo(12))
                .body("answeredWithinStandard", equalTo(true));
        PhoneCall call = call(reversed);
        assertEquals(instant("2049-03-04T10:01:00"), call.startedAt, "started when it rang");
        Promise callback = callbackOf(call);
        assertTrue(callback == null || callback.state == PromiseState.KEPT,
                "a hang-up that came before its answer leaves no callback open");

        // The ring after the hang-up, no answer: missed, rang until the hang-up.
        String late = callId();
        event(token, hangup(late, "noAnswer", "2049-03-04T10:04:30")).then().statusCode(200);
        event(token, newCall(late, "in", "2049-03-04T10:04:00")).then().statusCode(200)
                .body("state", equalTo("MISSED")).body("ringSeconds", equalTo(30));
    }

    @Test
    void aWrongTokenOrASessionIsRefusedAndNothingIsStored() {
        at("2049-03-05T10:00:00");
        String id = callId();
        event("not-the-token", newCall(id, "in", null)).then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer"));
        Api.anonymous().contentType(ContentType.JSON).body(newCall(id, "in", null))
                .post("/api/v1/telephony/test-a/events").then().statusCode(401);
        Api.as("admin").contentType(ContentType.JSON).body(newCall(id, "in", null))
                .post("/api/v1/telephony/test-a/events").then().statusCode(401);
        Browser supervisor = Browser.signIn("supervisor");
        supervisor.request().contentType(ContentType.JSON).header("X-CSRF-TOKEN", supervisor.csrfToken())
                .body(newCall(id, "in", null)).post("/api/v1/telephony/test-a/events").then().statusCode(401);
        // Site A's token on site B's route.
        Api.anonymous().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(newCall(id, "in", null)).post("/api/v1/telephony/test-b/events").then().statusCode(401);
        assertEquals(0L, eventsOf(id));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> PhoneCall.count("pbxCallId", id)));
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        at("2049-03-06T10:00:00");
        Map<String, Object> noId = new HashMap<>(newCall("x", "in", null));
        noId.remove("callId");
        refused(event(token, noId), "callId");
        Map<String, Object> ring = new HashMap<>(newCall(callId(), "in", null));
        ring.put("event", "ring");
        refused(event(token, ring), "event");
        Map<String, Object> noDirection = new HashMap<>(newCall(callId(), "in", null));
        noDirection.remove("direction");
        refused(event(token, noDirection), "direction");
        refused(event(token, newCall(callId(), "sideways", null)), "direction");
        refused(event(token, newCall(callId(), "in", "2049-03-06T11:00:00")), "at");
        refused(event(token, newCall("x".repeat(101), "in", null)), "callId");
        Map<String, Object> badTime = new HashMap<>(newCall(callId(), "in", null));
        badTime.put("at", "yesterday");
        refused(event(token, badTime), "at");
    }

    @Test
    void theBoardShowsTheCallerWhileItRingsAndOpensTheRecordWithTheMeasuredTimeWhenThisDeskAnswers() {
        at("2049-03-07T10:00:04");
        Browser desk = Browser.signIn("desk"); // after the clock moved: sessions age with it
        String id = callId();
        event(token, newCall(id, "in", "2049-03-07T10:00:00")).then().statusCode(200);
        Document ringing = Jsoup.parse(desk.htmx("/desk/phone/ringing").asString());
        Element caller = ringing.selectFirst(".desk-ringing-call");
        assertNotNull(caller, "the call rings on the board");
        assertTrue(caller.text().contains("陳大文") && caller.text().contains("5棟2單元502"), caller.text());
        assertNull(ringing.selectFirst(".desk-open-call"), "nothing to open before the answer");

        at("2049-03-07T10:00:09");
        event(token, answer(id, "desk", "2049-03-07T10:00:08")).then().statusCode(200);
        PhoneCall call = call(id);
        Document answered = Jsoup.parse(desk.htmx("/desk/phone/ringing").asString());
        assertTrue(answered.select(".desk-ringing-call").isEmpty(), "no longer ringing");
        Element open = answered.selectFirst(".desk-open-call");
        assertNotNull(open, "the record opens on this desk's panel");
        assertEquals("/desk/phone/calls/" + call.id, open.attr("hx-get"));
        assertEquals("#panel", open.attr("hx-target"));
        assertNull(Jsoup.parse(desk.htmx("/desk/phone/ringing?openCallId=" + call.id).asString())
                .selectFirst(".desk-open-call"), "not opened again once the panel shows it");
        assertNull(Jsoup.parse(Browser.signIn("service").htmx("/desk/phone/ringing").asString())
                .selectFirst(".desk-open-call"), "another staff member's desk does not open it");

        Document panel = Jsoup.parse(desk.htmx("/desk/phone/calls/" + call.id).asString());
        Element measured = panel.selectFirst(".desk-measured");
        assertNotNull(measured, "the measured ring time instead of the rings to tick");
        assertTrue(measured.text().contains("響鈴 8 秒") && measured.text().contains("電話系統量測"), measured.text());
        assertTrue(panel.select("input[name=ringsBeforeAnswer]").isEmpty());
        assertTrue(panel.selectFirst(".desk-phrase-text").text().contains("您好,好管家物業"));
        assertEquals(String.valueOf(call.id), panel.selectFirst("#open-call-id").val());

        desk.post("/desk/calls/" + call.id + "/finish", Map.of("category", "INQUIRY", "outcome", "ANSWERED",
                "notes", "問停車")).then().statusCode(200);
        PhoneCall recorded = call(id);
        assertNotNull(recorded.endedAt, "recorded");
        assertEquals(8, recorded.ringSeconds, "the measured time kept");
        assertEquals("+886912345678", recorded.callerPhone, "the number the phone system gave");
        assertNull(Jsoup.parse(desk.htmx("/desk/phone/ringing").asString()).selectFirst(".desk-open-call"));

        Document board = Jsoup.parse(desk.get("/desk").asString());
        Element row = board.selectFirst(".desk-calls [data-call=" + call.id + "]");
        assertEquals("true", row.attr("data-measured"));
        assertTrue(row.selectFirst(".desk-call-rings").text().contains("電話系統量測"), row.text());
    }

    @Test
    void withoutAPhoneSystemTheFiguresSayTheyAreSelfReported() {
        at("2049-03-08T10:00:00");
        long typed = Api.as("desk").contentType(ContentType.JSON).body(Map.of("callerPhone", "0933-123-456",
                "ringsBeforeAnswer", 2, "category", "INQUIRY", "outcome", "ANSWERED")).post("/api/v1/calls").then()
                .statusCode(201).body("measured", equalTo(false)).body("ringsBeforeAnswer", equalTo(2))
                .body("answeredWithinStandard", equalTo(true)).extract().jsonPath().getLong("id");
        Api.as("desk").get("/api/v1/calls/summary?date=2049-03-08").then().body("selfReported", equalTo(1))
                .body("measured", equalTo(0));
        Document board = Jsoup.parse(Browser.signIn("desk").get("/desk").asString());
        Element row = board.selectFirst(".desk-calls [data-call=" + typed + "]");
        assertEquals("false", row.attr("data-measured"));
        assertTrue(row.selectFirst(".desk-call-rings").text().contains("櫃台自報"), row.text());
        assertTrue(board.selectFirst(".desk-measured-share").text().contains("自報 1 通"),
                board.selectFirst(".desk-measured-share").text());
        Document english = Jsoup.parse(Browser.signIn("desk").language("en").get("/desk").asString());
        assertTrue(english.selectFirst(".desk-measured-share").text().contains("1 reported by the desk"));

        JsonPath dashboard = Api.as("supervisor").get("/api/v1/dashboard?date=2049-03-08").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> measured = dashboard.getMap(
                "today.find { it.key == 'calls' }.figures.find { it.key == 'measured' }");
        assertNotNull(measured, "the dashboard says how many were measured: " + dashboard.prettify());
        assertEquals(0, measured.get("count"), "none measured on a day without a phone system");
        assertFalse(((Number) measured.get("outOf")).intValue() == 0, "out of the calls answered");
        assertTrue(((String) measured.get("label")).contains("櫃台自報"), (String) measured.get("label"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void at(String taipeiTime) {
        clock.set(instant(taipeiTime));
    }

    private static Instant instant(String taipeiTime) {
        return LocalDateTime.parse(taipeiTime).atZone(TAIPEI).toInstant();
    }

    private static String callId() {
        return "asterisk-" + UUID.randomUUID();
    }

    private static Response issue(String role, long site) {
        return Api.as(role).contentType(ContentType.JSON).post("/api/v1/sites/" + site + "/telephony-token");
    }

    private static Response event(String token, Map<String, Object> body) {
        return Api.anonymous().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token).body(body).post("/api/v1/telephony/test-a/events");
    }

    private static Map<String, Object> newCall(String callId, String direction, String taipeiTime) {
        return newCall(callId, direction, taipeiTime, RESIDENT_PHONE);
    }

    private static Map<String, Object> newCall(String callId, String direction, String taipeiTime, String from) {
        Map<String, Object> body = new HashMap<>(Map.of("event", "newCall", "callId", callId, "from", from, "to",
                "02 2700 1234", "direction", direction));
        if (taipeiTime != null) {
            body.put("at", instant(taipeiTime).atZone(TAIPEI).toOffsetDateTime().toString());
        }
        return body;
    }

    private static Map<String, Object> answer(String callId, String user, String taipeiTime) {
        return Map.of("event", "answer", "callId", callId, "user", user, "at",
                instant(taipeiTime).atZone(TAIPEI).toOffsetDateTime().toString());
    }

    private static Map<String, Object> hangup(String callId, String cause, String taipeiTime) {
        return Map.of("event", "hangup", "callId", callId, "cause", cause, "at", instant(taipeiTime).toString());
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static PhoneCall call(String callId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> PhoneCall.<PhoneCall>find("pbxCallId", callId).firstResult());
    }

    private static Promise callbackOf(PhoneCall call) {
        return QuarkusTransaction.requiringNew().call(() -> Promise.<Promise>find(
                "sourceKind = ?1 and sourceId = ?2", PromiseSource.CALL, call.id).firstResult());
    }

    private static long eventsOf(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select count(*) from telephony_event where call_id = ?1")
                .setParameter(1, callId).getSingleResult()).longValue());
    }
}
