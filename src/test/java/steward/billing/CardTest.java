package steward.billing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Access and parking cards: the ID check, the fees, replacement of a lost card, the deposit returned. */
@QuarkusTest
class CardTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    DataSource dataSource;

    CashierFixtures.FreshUnit unit;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
        unit = fixtures.newUnit();
    }

    @Test
    void aParkingCardIsIssuedAfterTheIdCheckAndChargesItsFeeAndDeposit() throws Exception {
        JsonPath card = issue(parking()).then().statusCode(201)
                .body("kind", equalTo("PARKING")).body("status", equalTo("ACTIVE"))
                .body("plateNumber", equalTo("ABC-1234")).body("parkingSpace", equalTo("B1-023"))
                .body("idType", equalTo("NATIONAL_ID")).body("idLast4", equalTo("789A"))
                .body("deposit", equalTo(500.00f))
                .body("charges.item", hasItems("PARKING_CARD", "CARD_DEPOSIT"))
                .extract().jsonPath();
        assertTrue(card.getString("cardNumber").matches("P\\d{6}"), card.getString("cardNumber"));
        JsonPath statement = PaymentTest.statement(unit.unitId());
        assertEquals(600.00f, statement.getFloat("balance"), "card 100 and deposit 500");
        try (var connection = dataSource.getConnection(); var statementSql = connection.createStatement();
                var rows = statementSql.executeQuery("select id_type, id_last4 from card where id = " + card.getLong("id"))) {
            rows.next();
            assertEquals("789A", rows.getString("id_last4"), "the last four characters, nothing more");
        }
    }

    @Test
    void aFullIdNumberWhereTheLastFourAreExpectedIsRefusedAndNothingIsStored() {
        Map<String, Object> body = parking();
        body.put("idLast4", "A123456789");
        issue(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("idLast4"));
        body.put("idLast4", "12");
        issue(body).then().statusCode(400).body("errors.field", hasItem("idLast4"));
        body.put("idLast4", " - ");
        Api.as("cashier").header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/cards").then().statusCode(400)
                .body("errors.find { it.field == 'idLast4' }.message", equalTo("Please fill in this field"));
        body.put("idLast4", "789A");
        body.put("plateNumber", "");
        issue(body).then().statusCode(400).body("errors.field", hasItem("plateNumber"));
        body.put("plateNumber", "ABC-1234");
        body.put("idType", "LIBRARY_CARD");
        issue(body).then().statusCode(400).body("errors.field", hasItem("idType"));
        body.put("idType", "PASSPORT");
        body.put("residentId", otherUnitsResident());
        issue(body).then().statusCode(400).body("errors.field", hasItem("residentId"));
        body.put("residentId", unit.residentId());
        body.put("kind", "GATE");
        issue(body).then().statusCode(400).body("errors.field", hasItem("kind"));
        assertTrue(cards().isEmpty(), "nothing stored");
        assertTrue(PaymentTest.statement(unit.unitId()).getList("lines").isEmpty(), "nothing charged");
    }

    @Test
    void aCardNumberIsUniqueAmongActiveCards() {
        String number = "AC-" + System.nanoTime() % 1_000_000;
        Map<String, Object> access = access();
        access.put("cardNumber", number);
        long first = issue(access).then().statusCode(201).body("cardNumber", equalTo(number)).extract().jsonPath()
                .getLong("id");
        issue(access).then().statusCode(400).body("errors.field", hasItem("cardNumber"));
        giveBack(first, "CREDIT").then().statusCode(200).body("status", equalTo("RETURNED"));
        issue(access).then().statusCode(201).body("cardNumber", equalTo(number));
    }

    @Test
    void aLostCardIsBlockedAndReplacedForTheReplacementFee() {
        long lost = issue(access()).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath replacement = Api.as("cashier").contentType(ContentType.JSON)
                .body(Map.of("idType", "NATIONAL_ID", "idLast4", "5678")).post("/api/v1/cards/" + lost + "/replace")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("replacesCardId", equalTo((int) lost))
                .body("deposit", equalTo(500.00f)).body("charges.item", equalTo(List.of("CARD_REPLACEMENT")))
                .extract().jsonPath();
        Api.as("cashier").get("/api/v1/cards/" + lost).then().statusCode(200).body("status", equalTo("BLOCKED"));
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("idType", "NATIONAL_ID", "idLast4", "5678"))
                .post("/api/v1/cards/" + lost + "/replace").then().statusCode(409);
        assertEquals(800.00f, PaymentTest.statement(unit.unitId()).getFloat("balance"), "100 + 500 + 200");
        assertFalse(replacement.getString("cardNumber").isBlank());
    }

    @Test
    void aReturnedCardsDepositIsCreditedOrPaidOutInCashOnlyWhenPaid() {
        long card = issue(access()).then().statusCode(201).extract().jsonPath().getLong("id");
        giveBack(card, "CASH").then().statusCode(409);
        assertEquals("ACTIVE", Api.as("cashier").get("/api/v1/cards/" + card).jsonPath().getString("status"));
        PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "600", "method", "CARD"))
                .then().statusCode(201);
        giveBack(card, "CASH").then().statusCode(200).body("status", equalTo("RETURNED"));
        JsonPath statement = PaymentTest.statement(unit.unitId());
        assertEquals(0f, statement.getFloat("balance"), "deposit credited, then paid out in cash");
        assertEquals(List.of("CHARGE", "CHARGE", "PAYMENT", "CREDIT", "REFUND"), statement.getList("lines.kind"));
        giveBack(card, "CREDIT").then().statusCode(409);

        long second = issue(access()).then().statusCode(201).extract().jsonPath().getLong("id");
        giveBack(second, "CREDIT").then().statusCode(200);
        assertEquals(100.00f, PaymentTest.statement(unit.unitId()).getFloat("balance"), "the fee stays; the deposit is credited");
        giveBack(second, "MAYBE").then().statusCode(400).body("errors.field", hasItem("refund"));
    }

    @Test
    void rolesAndSites() {
        for (String role : List.of("desk", "service", "admin")) {
            Api.as(role).contentType(ContentType.JSON).body(access()).post("/api/v1/cards").then().statusCode(403);
        }
        long card = issue(access()).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).get("/api/v1/cards/" + card).then().statusCode(404);
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).contentType(ContentType.JSON).body(Map.of("refund", "CREDIT"))
                .post("/api/v1/cards/" + card + "/return").then().statusCode(404);
        Map<String, Object> body = access();
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).contentType(ContentType.JSON).body(body).post("/api/v1/cards")
                .then().statusCode(400).body("errors.field", hasItem("unitId")).body("errors.field", not(hasItem("kind")));
    }

    private Map<String, Object> parking() {
        Map<String, Object> body = access();
        body.put("kind", "PARKING");
        body.put("plateNumber", "abc-1234");
        body.put("parkingSpace", "B1-023");
        body.put("spaceType", "CAR");
        body.put("idLast4", "789a");
        return body;
    }

    private Map<String, Object> access() {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.unitId());
        body.put("residentId", unit.residentId());
        body.put("kind", "ACCESS");
        body.put("idType", "NATIONAL_ID");
        body.put("idLast4", "1234");
        return body;
    }

    private long otherUnitsResident() {
        return fixtures.newUnit().residentId();
    }

    private List<Object> cards() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select id from card where unit_id = " + unit.unitId())) {
            List<Object> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response issue(Map<String, Object> body) {
        return Api.as("cashier").contentType(ContentType.JSON).body(body).post("/api/v1/cards");
    }

    static Response giveBack(long card, String refund) {
        return Api.as("cashier").contentType(ContentType.JSON).body(Map.of("refund", refund))
                .post("/api/v1/cards/" + card + "/return");
    }
}
