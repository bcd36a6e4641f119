package steward.reception;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/** Visitors through the JSON API: every host answer to the farewell, illegal moves, bad input, roles, sites. */
@QuarkusTest
class ReceptionVisitTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    long chen;
    long unit502;
    long unit301;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        unit502 = unitId("desk", "5棟2單元502");
        unit301 = unitId("desk", "5棟2單元301");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void confirmedVisitorIsDirectedToTheUnitAndSeenOff() {
        long id = register("desk", Map.of("visitorName", "林", "hostResidentId", chen, "partySize", 2,
                "purpose", "送文件", "visitorPhone", "0977 123 321", "plateNumber", "abc 1234"))
                .body("status", equalTo("REGISTERED"))
                .body("hostName", equalTo("陳大文"))
                .body("unitLabel", equalTo("5棟2單元502"))
                .body("partySize", equalTo(2))
                .body("plateNumber", equalTo("ABC1234"))
                .body("visitorPhoneMasked", equalTo("0977-***-321"))
                .body("phrase.text", equalTo("「請稍候,我馬上幫您聯繫。」"))
                .extract().jsonPath().getLong("id");

        respond("desk", id, "CONFIRMED").statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("direction", equalTo("「讓您久等了,您要找的客人在 5棟2單元502。」"))
                .body("respondedAt", notNullValue());

        post("desk", "/api/v1/visits/" + id + "/checkout").then().statusCode(200)
                .body("status", equalTo("LEFT"))
                .body("leftAt", notNullValue())
                .body("hostResponse", equalTo("CONFIRMED"))
                .body("phrase.text", equalTo("「請慢走,歡迎您再來。」"));
    }

    @Test
    void aVisitorAskedToWaitIsServedTeaThenAdmitted() {
        long id = registerAt(chen, null);
        respond("service", id, "ASKED_TO_WAIT").statusCode(200)
                .body("status", equalTo("ASKED_TO_WAIT"))
                .body("direction", nullValue())
                .body("phrase.text", equalTo("「陳先生/小姐馬上來見您,請您在前台接待廳稍等片刻。」"));
        post("desk", "/api/v1/visits/" + id + "/tea").then().statusCode(200).body("teaServed", equalTo(true));
        respond("desk", id, "CONFIRMED").statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("direction", containsString("5棟2單元502"));
        post("supervisor", "/api/v1/visits/" + id + "/checkout").then().statusCode(200)
                .body("status", equalTo("LEFT"));
    }

    @Test
    void aVisitorAskedToWaitMayLeaveWithoutBeingAdmitted() {
        long id = registerAt(chen, null);
        respond("desk", id, "ASKED_TO_WAIT").statusCode(200);
        post("desk", "/api/v1/visits/" + id + "/checkout").then().statusCode(200)
                .body("status", equalTo("LEFT")).body("hostResponse", equalTo("ASKED_TO_WAIT"));
    }

    @Test
    void anAbsentHostGetsTheApologyAndTheVisitorIsSeenOff() {
        long id = registerAt(chen, null);
        respond("desk", id, "ABSENT").statusCode(200)
                .body("status", equalTo("ABSENT"))
                .body("direction", nullValue())
                .body("phrase.text", equalTo("「對不起,陳先生/小姐不在,請您稍後與他聯繫。」"));
        post("desk", "/api/v1/visits/" + id + "/checkout").then().statusCode(200)
                .body("status", equalTo("LEFT")).body("hostResponse", equalTo("ABSENT"));
    }

    @Test
    void aDeclinedVisitIsTurnedAwayPolitelyByUnitWhenNoResidentWasNamed() {
        long id = registerAt(null, unit301);
        respond("desk", id, "DECLINED").statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("hostResidentId", nullValue())
                .body("phrase.text", equalTo("「對不起,5棟2單元301 的住戶現在不方便見客,請您見諒。」"));
        post("desk", "/api/v1/visits/" + id + "/checkout").then().statusCode(200)
                .body("status", equalTo("LEFT"));
    }

    @Test
    void thePhrasesComeInTheCallersLanguage() {
        long id = registerAt(chen, null);
        Api.as("desk").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("outcome", "CONFIRMED")).post("/api/v1/visits/" + id + "/host-response")
                .then().statusCode(200)
                .body("direction", equalTo("\"Thank you for waiting. The person you are visiting is at 5棟2單元502.\""));
        Api.as("desk").header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/visits/" + id + "/checkout")
                .then().statusCode(200).body("phrase.text", equalTo("“请慢走,欢迎您再来。”"));
    }

    @Test
    void refusalsComeInTheCallersLanguage() {
        Api.as("desk").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("hostResidentId", chen, "plateNumber", "!!"))
                .post("/api/v1/visits").then().statusCode(400)
                .body("errors.find { it.field == 'visitorName' }.message", equalTo("Please fill in this field"))
                .body("errors.find { it.field == 'plateNumber' }.message", equalTo("Not a valid plate number"));
        long registered = registerAt(chen, null);
        Api.as("desk").header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/visits/" + registered + "/checkout").then().statusCode(409)
                .body("detail", equalTo("这位访客目前是“已登记”,不能再做这个动作。"));
    }

    @Test
    void illegalMovesAre409AndChangeNothing() {
        long registered = registerAt(chen, null);
        post("desk", "/api/v1/visits/" + registered + "/checkout").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("已登記"));
        post("desk", "/api/v1/visits/" + registered + "/tea").then().statusCode(409);
        status(registered, "REGISTERED");

        long confirmed = registerAt(chen, null);
        respond("desk", confirmed, "CONFIRMED").statusCode(200);
        for (String outcome : new String[] { "CONFIRMED", "ASKED_TO_WAIT", "ABSENT", "DECLINED" }) {
            respond("desk", confirmed, outcome).statusCode(409).contentType("application/problem+json");
        }
        status(confirmed, "CONFIRMED");

        long waiting = registerAt(chen, null);
        respond("desk", waiting, "ASKED_TO_WAIT").statusCode(200);
        respond("desk", waiting, "ABSENT").statusCode(409);
        respond("desk", waiting, "DECLINED").statusCode(409);
        status(waiting, "ASKED_TO_WAIT");

        long absent = registerAt(chen, null);
        respond("desk", absent, "ABSENT").statusCode(200);
        respond("desk", absent, "CONFIRMED").statusCode(409);
        status(absent, "ABSENT");

        long left = registerAt(chen, null);
        respond("desk", left, "DECLINED").statusCode(200);
        post("desk", "/api/v1/visits/" + left + "/checkout").then().statusCode(200);
        post("desk", "/api/v1/visits/" + left + "/checkout").then().statusCode(409);
        respond("desk", left, "CONFIRMED").statusCode(409);
        status(left, "LEFT");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = todaysVisits();
        refuse(Map.of("visitorName", "林"), "hostResidentId");
        refuse(Map.of("visitorName", "林", "hostResidentId", chen, "partySize", 0), "partySize");
        refuse(Map.of("visitorName", "林", "hostResidentId", chen, "partySize", 500), "partySize");
        refuse(Map.of("visitorName", "林", "hostResidentId", chen, "purpose", "事".repeat(5000)), "purpose");
        refuse(Map.of("visitorName", " ", "hostResidentId", chen), "visitorName");
        refuse(Map.of("visitorName", "林".repeat(101), "hostResidentId", chen), "visitorName");
        refuse(Map.of("visitorName", "林", "hostResidentId", chen, "visitorPhone", "12ab"), "visitorPhone");
        refuse(Map.of("visitorName", "林", "hostResidentId", chen, "plateNumber", "<script>"), "plateNumber");
        refuse(Map.of("visitorName", "林", "hostResidentId", 999_999_999), "hostResidentId");
        long otherSiteUnit = unitId(TestSites.OTHER_SITE_DESK, "1棟1單元101");
        refuse(Map.of("visitorName", "林", "unitId", otherSiteUnit), "unitId");
        Api.as("desk").contentType(ContentType.JSON).body("{\"visitorName\": \"林\", \"partySize\": \"many\"}")
                .post("/api/v1/visits").then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("partySize"));
        assertEquals(before, todaysVisits(), "nothing stored");

        long id = registerAt(chen, null);
        respond("desk", id, "LEFT").statusCode(400).body("errors.field", hasItem("outcome"));
        respond("desk", id, "SOMETHING").statusCode(400).body("errors.field", hasItem("outcome"));
        Api.as("desk").contentType(ContentType.JSON).body("{}").post("/api/v1/visits/" + id + "/host-response")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        status(id, "REGISTERED");
        Api.as("desk").queryParam("date", "yesterday").get("/api/v1/visits").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        Api.as("desk").queryParam("status", "GONE").get("/api/v1/visits").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "cashier", "admin" })
    void otherRolesAreRefused(String role) {
        long id = registerAt(chen, null);
        Api.as(role).contentType(ContentType.JSON).body(Map.of("visitorName", "林", "hostResidentId", chen))
                .post("/api/v1/visits").then().statusCode(403).contentType("application/problem+json");
        Api.as(role).get("/api/v1/visits").then().statusCode(403);
        Api.as(role).get("/api/v1/visits/" + id).then().statusCode(403);
        respond(role, id, "CONFIRMED").statusCode(403);
        post(role, "/api/v1/visits/" + id + "/checkout").then().statusCode(403);
        status(id, "REGISTERED");
    }

    @Test
    void notSignedInIs401() {
        Api.anonymous().accept(ContentType.JSON).get("/api/v1/visits").then().statusCode(401);
        Api.anonymous().contentType(ContentType.JSON).body("{}").post("/api/v1/visits").then().statusCode(401);
    }

    @Test
    void anotherSitesVisitIsNotFound() {
        long id = registerAt(chen, null);
        String otherDesk = TestSites.OTHER_SITE_DESK;
        Api.as(otherDesk).get("/api/v1/visits/" + id).then().statusCode(404);
        respond(otherDesk, id, "CONFIRMED").statusCode(404);
        post(otherDesk, "/api/v1/visits/" + id + "/checkout").then().statusCode(404);
        Api.as(otherDesk).get("/api/v1/visits").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        status(id, "REGISTERED");
    }

    @Test
    void theDaysVisitsAreListedByStatusWithPhonesMasked() {
        long id = register("desk", Map.of("visitorName", "周", "hostResidentId", chen, "visitorPhone", "0988-765-432"))
                .extract().jsonPath().getLong("id");
        respond("desk", id, "ASKED_TO_WAIT").statusCode(200);
        String body = Api.as("desk").queryParam("status", "ASKED_TO_WAIT").get("/api/v1/visits").then().statusCode(200)
                .body("id", hasItem((int) id))
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("ASKED_TO_WAIT")))
                .extract().asString();
        assertFalse(body.contains("765432") || body.contains("988765432"), "visitor phones are masked in lists");
        Api.as("desk").queryParam("date", "2001-01-01").get("/api/v1/visits").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPhoneSeenBeforeOffersTheEarlierVisitorsName() {
        register("desk", Map.of("visitorName", "歐陽", "unitId", unit502, "visitorPhone", "0911 222 333"));
        Api.as("desk").queryParam("phone", "+886-911-222-333").get("/api/v1/visits/known-visitor").then()
                .statusCode(200).body("visitorName", equalTo("歐陽"));
        Api.as("desk").queryParam("phone", "0911000000").get("/api/v1/visits/known-visitor").then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).queryParam("phone", "0911222333").get("/api/v1/visits/known-visitor")
                .then().statusCode(404);
    }

    @Test
    void visitsStillOpenAtTheEndOfTheDayAreFlaggedForTheEveningShift() {
        // 10:00 in Taipei on a day no other test uses.
        clock.set(Instant.parse("2031-03-03T02:00:00Z"));
        long open = registerAt(chen, null);
        long leaving = registerAt(chen, null);
        respond("desk", open, "CONFIRMED").statusCode(200);
        respond("desk", leaving, "ABSENT").statusCode(200);
        post("desk", "/api/v1/visits/" + leaving + "/checkout").then().statusCode(200);
        Api.as("desk").get("/api/v1/visits/" + open).then().body("flagged", equalTo(false));

        clock.set(Instant.parse("2031-03-03T10:30:00Z")); // 18:30 in Taipei
        Api.as("desk").get("/api/v1/visits/" + open).then().body("flagged", equalTo(true));
        Api.as("desk").get("/api/v1/visits/" + leaving).then().body("flagged", equalTo(false));

        clock.set(Instant.parse("2031-03-04T01:00:00Z")); // the next morning, still open
        Api.as("desk").queryParam("date", "2031-03-03").get("/api/v1/visits").then()
                .body("find { it.id == " + open + " }.flagged", equalTo(true));
    }

    private long registerAt(Long residentId, Long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitorName", "張");
        if (residentId != null) {
            body.put("hostResidentId", residentId);
        }
        if (unitId != null) {
            body.put("unitId", unitId);
        }
        return register("desk", body).extract().jsonPath().getLong("id");
    }

    /** A POST without a body, as JSON (the CSRF filter refuses body-less posts of no content type). */
    static io.restassured.response.Response post(String role, String path) {
        return Api.as(role).contentType(ContentType.JSON).body("{}").post(path);
    }

    static ValidatableResponse register(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/visits").then().statusCode(201);
    }

    static ValidatableResponse respond(String role, long id, String outcome) {
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("outcome", outcome))
                .post("/api/v1/visits/" + id + "/host-response").then().log().ifValidationFails();
    }

    static void status(long id, String expected) {
        Api.as("desk").get("/api/v1/visits/" + id).then().statusCode(200).body("status", equalTo(expected));
    }

    static long unitId(String role, String label) {
        return Api.as(role).queryParam("q", label).get("/api/v1/units").jsonPath().getLong("[0].id");
    }

    private static void refuse(Map<String, Object> body, String field) {
        Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/visits").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", containsString(field))
                .body("errors.field", hasItem(field));
    }

    private static int todaysVisits() {
        return Api.as("desk").get("/api/v1/visits").jsonPath().getList("$").size();
    }
}
