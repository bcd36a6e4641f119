package steward.arrears;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.promise.Promise;
import steward.promise.PromiseSource;
import steward.support.Api;
import steward.support.TestClock;

/** The arrears view and a collection case through the API: phone first, visit with notes, hold, paid in full. */
@QuarkusTest
class ArrearsWorkflowTest {

    @Inject
    ArrearsFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
        clock.set(Instant.parse("2031-06-10T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theArrearsViewShowsWhatIsOverdueByAge() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("100", 10, 45, 100, 200);
        // Not yet due: not arrears.
        fixtures.unitOwing("100", -5);
        fixtures.refresh();

        JsonPath list = Api.as("service").get("/api/v1/arrears?minDays=0").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> row = list.getMap("find { it.unitId == " + unit.unitId() + " }");
        assertNotNull(row, "the unit in arrears is listed");
        assertEquals(400.0f, ((Number) row.get("overdue")).floatValue());
        assertEquals(fixtures.today().minusDays(200).toString(), row.get("oldestDueDate"));
        assertEquals(Map.of("days1to30", 100.0f, "days31to90", 100.0f, "days91to180", 100.0f, "over180", 100.0f),
                ((Map<?, ?>) row.get("buckets")).entrySet().stream().collect(java.util.stream.Collectors
                        .toMap(e -> e.getKey().toString(), e -> ((Number) e.getValue()).floatValue())));
        assertEquals(unit.label(), row.get("unitLabel"));

        // At least 150 days overdue: still there (its oldest charge); at least 250: gone.
        Api.as("cashier").get("/api/v1/arrears?minDays=150").then().statusCode(200)
                .body("unitId", hasItem((int) unit.unitId()));
        Api.as("supervisor").get("/api/v1/arrears?minDays=250").then().statusCode(200)
                .body("unitId", org.hamcrest.Matchers.not(hasItem((int) unit.unitId())));
        Api.as("service").get("/api/v1/arrears?sort=AGE").then().statusCode(200);
    }

    @Test
    void rolesAndSites() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("100", 40);
        Api.as("desk").get("/api/v1/arrears").then().statusCode(403);
        Api.as("admin").get("/api/v1/arrears").then().statusCode(403);
        ArrearsFixtures.openCase("desk", unit.unitId()).then().statusCode(403);
        long caseId = ArrearsFixtures.openCase("cashier", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        fixtures.refresh();
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).get("/api/v1/arrears").then().statusCode(200)
                .body("unitId", org.hamcrest.Matchers.not(hasItem((int) unit.unitId())));
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).get("/api/v1/collection-cases/" + caseId).then().statusCode(404);
        ArrearsFixtures.contact(CashierFixtures.OTHER_SITE_CASHIER, caseId, Map.of("kind", "PHONE", "outcome",
                "REACHED")).then().statusCode(404);
        ArrearsFixtures.openCase(CashierFixtures.OTHER_SITE_CASHIER, unit.unitId()).then().statusCode(400)
                .body("errors.field", hasItem("unitId"));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/release")
                .then().statusCode(403);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        CashierFixtures.FreshUnit paidUp = fixtures.unitOwing("100", -3);
        ArrearsFixtures.openCase("service", paidUp.unitId()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("unitId"));
        assertEquals(0L, QuarkusTransaction.requiringNew()
                .call(() -> CollectionCase.count("unitId", paidUp.unitId())));
        Api.as("service").contentType(ContentType.JSON).body("{}").post("/api/v1/collection-cases").then()
                .statusCode(400).body("errors.field", hasItem("unitId"));
        Api.as("service").get("/api/v1/arrears?minDays=many").then().statusCode(400)
                .body("errors.field", hasItem("minDays"));
        Api.as("service").get("/api/v1/arrears?buildingId=x").then().statusCode(400)
                .body("errors.field", hasItem("buildingId"));

        CashierFixtures.FreshUnit unit = fixtures.unitOwing("250", 20);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "APPOINTMENT_AGREED",
                "appointmentAt", "2031-06-09T02:00:00Z")).then().statusCode(400)
                .body("errors.field", hasItem("appointmentAt"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "APPOINTMENT_AGREED"))
                .then().statusCode(400).body("errors.field", hasItem("appointmentAt"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "MAYBE")).then()
                .statusCode(400).body("errors.field", hasItem("outcome"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "FAX", "outcome", "REACHED")).then()
                .statusCode(400).body("errors.field", hasItem("kind"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "DISPUTED")).then()
                .statusCode(400).body("errors.field", hasItem("notes"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "REACHED")).then()
                .statusCode(201);
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "VISIT", "outcome", "VISIT_SCHEDULED",
                "appointmentAt", "2031-06-12T02:00:00Z")).then().statusCode(400).body("errors.field", hasItem("notes"));
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "REACHED", "notes",
                "x".repeat(2001))).then().statusCode(400).body("errors.field", hasItem("notes"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/collection-cases/" + caseId + "/hold").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.as("service").contentType(ContentType.JSON).body("{\"appointmentAt\": \"tomorrow\"}")
                .post("/api/v1/collection-cases/" + caseId + "/contacts").then().statusCode(400);
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> CollectionContact.count("caseId", caseId)));
    }

    @Test
    void phoneFirstThenVisitThenPaidInFullClosesTheCase() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("300", 70, 35);
        JsonPath opened = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract()
                .jsonPath();
        long caseId = opened.getLong("id");
        assertEquals("OPEN", opened.getString("state"));
        assertEquals(600.0f, opened.getFloat("figures.overdue"));
        ArrearsFixtures.openCase("cashier", unit.unitId()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(String.valueOf(caseId)));

        // The seed's order: a home visit only after a call.
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "VISIT", "outcome", "VISIT_SCHEDULED",
                "appointmentAt", "2031-06-12T02:00:00Z", "notes", "先電話")).then().statusCode(409);
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "NOT_REACHED")).then()
                .statusCode(201);
        JsonPath agreed = ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome",
                "APPOINTMENT_AGREED", "appointmentAt", "2031-06-11T06:00:00Z", "notes", "週三下午來"))
                .then().statusCode(201).extract().jsonPath();
        long promiseId = agreed.getLong("contacts[1].promiseId");
        Promise promise = QuarkusTransaction.requiringNew().call(() -> Promise.findById(promiseId));
        assertEquals(PromiseSource.COLLECTION, promise.sourceKind);
        assertEquals(caseId, promise.sourceId);
        assertEquals(Instant.parse("2031-06-11T06:00:00Z"), promise.dueAt);
        assertTrue(promise.what.contains("600"), promise.what);
        assertEquals(600.0f, agreed.getFloat("contacts[1].overdue"));

        ArrearsFixtures.contact("service", caseId, Map.of("kind", "VISIT", "outcome", "VISIT_SCHEDULED",
                "appointmentAt", "2031-06-12T02:00:00Z", "notes", "客戶希望上午")).then().statusCode(201)
                .body("contacts[2].kind", equalTo("VISIT")).body("contacts[2].promiseId", notNullValue());

        // Paying part of it keeps the case open; paying what is overdue closes it by itself.
        ArrearsFixtures.pay(unit.unitId(), "300").then().statusCode(201);
        Api.as("service").get("/api/v1/collection-cases/" + caseId).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("figures.overdue", equalTo(300.0f));
        ArrearsFixtures.pay(unit.unitId(), "300").then().statusCode(201);
        Api.as("service").get("/api/v1/collection-cases/" + caseId).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("closeReason", equalTo("PAID"));
        Api.as("service").get("/api/v1/arrears").then().statusCode(200)
                .body("unitId", org.hamcrest.Matchers.not(hasItem((int) unit.unitId())));

        // A closed case takes no more steps.
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "REACHED")).then()
                .statusCode(409).contentType("application/problem+json");
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "客戶有異議"))
                .post("/api/v1/collection-cases/" + caseId + "/hold").then().statusCode(409);
    }

    @Test
    void holdAndComplaint() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("500", 40);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/release")
                .then().statusCode(403);
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/release")
                .then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "客戶說已繳過"))
                .post("/api/v1/collection-cases/" + caseId + "/hold").then().statusCode(200)
                .body("onHold", equalTo(true)).body("holdReason", equalTo("客戶說已繳過"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/collection-cases/" + caseId + "/hold").then().statusCode(409);
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/release")
                .then().statusCode(200).body("onHold", equalTo(false)).body("holdReason", nullValue());

        // One tap: a linked complaint, escalated to the supervisor, and the case on hold.
        Api.as("service").contentType(ContentType.JSON).body(Map.of("description", " "))
                .post("/api/v1/collection-cases/" + caseId + "/complaint").then().statusCode(400)
                .body("errors.field", hasItem("description"));
        JsonPath held = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("description", "客戶對管理費金額不滿,態度激動"))
                .post("/api/v1/collection-cases/" + caseId + "/complaint").then().statusCode(201).extract()
                .jsonPath();
        assertTrue(held.getBoolean("onHold"));
        long complaintId = held.getLong("complaintId");
        Api.as("supervisor").get("/api/v1/complaints/" + complaintId).then().statusCode(200)
                .body("state", equalTo("ESCALATED")).body("category", equalTo("FEES"))
                .body("unitId", equalTo((int) unit.unitId()));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("description", "again"))
                .post("/api/v1/collection-cases/" + caseId + "/complaint").then().statusCode(409);
    }
}
