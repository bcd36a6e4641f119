package steward.reception;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

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

/** Calls through the JSON API: matched by phone, rings against the standard, callbacks as promises. */
@QuarkusTest
class ReceptionCallTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    long chen;
    long wang;
    long unit502;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        wang = Api.as("desk").queryParam("q", "王小華").get("/api/v1/residents").jsonPath().getLong("[0].id");
        unit502 = ReceptionVisitTest.unitId("desk", "5棟2單元502");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0912 345 678", "0912-345-678", "0912345678", "+886 912 345 678", "+886-912-345-678",
            "(09) 1234 5678" })
    void aCallerIsMatchedToTheResidentWhateverTheFormat(String typed) {
        String body = record("desk", call(typed, 1, "INQUIRY", "ANSWERED"))
                .body("residentId", equalTo((int) chen))
                .body("residentName", equalTo("陳大文"))
                .body("unitId", equalTo((int) unit502))
                .body("unitLabel", equalTo("5棟2單元502"))
                .body("callerPhoneMasked", equalTo("0912-***-678"))
                .body("startedAt", notNullValue())
                .body("endedAt", notNullValue())
                .extract().asString();
        assertFalse(body.contains("345678"), "the caller's number is masked");
    }

    @Test
    void aResidentsSecondNumberMatchesAndStrangersDoNot() {
        record("desk", call("0922 000 111", 1, "REPAIR", "TRANSFERRED")).body("residentId", equalTo((int) wang));
        record("desk", call("0911 999 888", 1, "OTHER", "ANSWERED")).body("residentId", nullValue())
                .body("unitId", nullValue());
        // 王五 lives at the other site: not a match for site A's desk.
        record("desk", call("0966777888", 1, "OTHER", "ANSWERED")).body("residentId", nullValue());
        record(TestSites.OTHER_SITE_DESK, call("0966-777-888", 1, "OTHER", "ANSWERED"))
                .body("residentName", equalTo("王五"));
        record("desk", call(null, 2, "INQUIRY", "ANSWERED")).body("residentId", nullValue())
                .body("callerPhoneMasked", nullValue());
    }

    @Test
    void moreThanThreeRingsIsFlaggedAndTheDaysShareIsCounted() {
        // 09:00 in Taipei on a day no other test uses.
        clock.set(Instant.parse("2031-05-05T01:00:00Z"));
        record("desk", call("0912345678", 1, "INQUIRY", "ANSWERED")).body("answeredWithinStandard", equalTo(true));
        record("service", call(null, 3, "FEE", "ANSWERED")).body("answeredWithinStandard", equalTo(true));
        record("supervisor", call(null, 5, "COMPLAINT", "BECAME_COMPLAINT"))
                .body("answeredWithinStandard", equalTo(false));

        Api.as("desk").queryParam("date", "2031-05-05").get("/api/v1/calls/summary").then().statusCode(200)
                .body("total", equalTo(3)).body("withinStandard", equalTo(2))
                .body("percentWithinStandard", equalTo(67));
        Api.as("desk").queryParam("date", "2031-05-05").get("/api/v1/calls").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("ringsBeforeAnswer", equalTo(java.util.List.of(5, 3, 1)));
        Api.as("desk").queryParam("date", "2031-05-06").get("/api/v1/calls/summary").then()
                .body("total", equalTo(0)).body("percentWithinStandard", nullValue());
    }

    @Test
    void aPromisedCallbackIsAPromiseInTheLedgerMadeWithTheCall() throws SQLException {
        Map<String, Object> body = call("0912 345 678", 2, "REPAIR", "CALLBACK_PROMISED");
        body.put("callerName", "陳先生");
        body.put("notes", "浴室漏水");
        body.put("callbackWhat", "明天上午回電告知維修時間");
        String due = Instant.now().plusSeconds(86_400).toString();
        body.put("callbackDueAt", due);
        long id = record("desk", body)
                .body("callbackPromiseId", notNullValue())
                .body("callbackWhat", equalTo("明天上午回電告知維修時間"))
                .extract().jsonPath().getLong("id");

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select what, resident_id, unit_id, customer_name, customer_phone, owner, state from promise "
                                + "where source_kind = 'CALL' and source_id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals("明天上午回電告知維修時間", rows.getString("what"));
                assertEquals(chen, rows.getLong("resident_id"));
                assertEquals(unit502, rows.getLong("unit_id"));
                assertEquals("陳先生", rows.getString("customer_name"));
                assertEquals("+886912345678", rows.getString("customer_phone"));
                assertEquals("desk", rows.getString("owner"));
                assertEquals("OPEN", rows.getString("state"));
                assertFalse(rows.next(), "one promise");
            }
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        clock.set(Instant.parse("2031-06-06T01:00:00Z"));
        refuse(call(null, 1, null, "ANSWERED"), "category");
        refuse(call(null, 1, "GOSSIP", "ANSWERED"), "category");
        refuse(call(null, 1, "INQUIRY", null), "outcome");
        refuse(call(null, 1, "INQUIRY", "HUNG_UP"), "outcome");
        refuse(call(null, 0, "INQUIRY", "ANSWERED"), "ringsBeforeAnswer");
        refuse(call(null, 31, "INQUIRY", "ANSWERED"), "ringsBeforeAnswer");
        Map<String, Object> noRings = call(null, 1, "INQUIRY", "ANSWERED");
        noRings.remove("ringsBeforeAnswer");
        refuse(noRings, "ringsBeforeAnswer");
        refuse(call("12ab", 1, "INQUIRY", "ANSWERED"), "callerPhone");
        Map<String, Object> longNotes = call(null, 1, "INQUIRY", "ANSWERED");
        longNotes.put("notes", "記".repeat(3000));
        refuse(longNotes, "notes");
        Map<String, Object> future = call(null, 1, "INQUIRY", "ANSWERED");
        future.put("startedAt", "2031-06-07T01:00:00Z");
        refuse(future, "startedAt");
        refuse(call(null, 1, "INQUIRY", "CALLBACK_PROMISED"), "callbackWhat");
        refuse(call(null, 1, "INQUIRY", "CALLBACK_PROMISED"), "callbackDueAt");
        Map<String, Object> pastDue = call(null, 1, "INQUIRY", "CALLBACK_PROMISED");
        pastDue.put("callbackWhat", "回電");
        pastDue.put("callbackDueAt", "2031-06-05T01:00:00Z");
        refuse(pastDue, "callbackDueAt");
        Api.as("desk").contentType(ContentType.JSON).body("{\"ringsBeforeAnswer\": \"three\"}").post("/api/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ringsBeforeAnswer"));
        Api.as("desk").queryParam("date", "06/06/2031").get("/api/v1/calls").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        Api.as("desk").queryParam("date", "2031-06-06").get("/api/v1/calls").then().body("size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "cashier", "admin" })
    void otherRolesAreRefused(String role) {
        long id = record("desk", call(null, 1, "INQUIRY", "ANSWERED")).extract().jsonPath().getLong("id");
        Api.as(role).contentType(ContentType.JSON).body(call(null, 1, "INQUIRY", "ANSWERED")).post("/api/v1/calls")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(role).get("/api/v1/calls").then().statusCode(403);
        Api.as(role).get("/api/v1/calls/" + id).then().statusCode(403);
    }

    @Test
    void anotherSitesCallIsNotFound() {
        long id = record("desk", call("0912345678", 1, "INQUIRY", "ANSWERED")).extract().jsonPath().getLong("id");
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/calls/" + id).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/calls").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        Api.as("desk").get("/api/v1/calls/" + id).then().statusCode(200).body("category", containsString("INQUIRY"));
    }

    static Map<String, Object> call(String phone, int rings, String category, String outcome) {
        Map<String, Object> body = new HashMap<>();
        if (phone != null) {
            body.put("callerPhone", phone);
        }
        body.put("ringsBeforeAnswer", rings);
        if (category != null) {
            body.put("category", category);
        }
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return body;
    }

    private static ValidatableResponse record(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/calls").then().statusCode(201);
    }

    private static void refuse(Map<String, Object> body, String field) {
        Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/calls").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
