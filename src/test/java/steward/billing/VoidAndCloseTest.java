package steward.billing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestClock;
import steward.support.TestSites;

/** A supervisor voids a receipt (reversals, the number kept); a cashier closes the day, which locks its cash. */
@QuarkusTest
class VoidAndCloseTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    TestClock clock;

    CashierFixtures.FreshUnit unit;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
        unit = fixtures.newUnit();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSupervisorVoidsAReceiptWithReversalsAndTheNumberIsKept() {
        long charge = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "900.00", LocalDate.of(2026, 1, 31));
        String receiptNo = PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "900",
                "method", "CARD")).then().statusCode(201).extract().path("receiptNo");
        assertEquals(0f, PaymentTest.statement(unit.unitId()).getFloat("balance"));

        voidAs("cashier", receiptNo, "客戶要求改用現金").then().statusCode(403);
        voidAs("supervisor", receiptNo, " ").then().statusCode(400).body("errors.field", hasItem("reason"));
        voidAs("supervisor", receiptNo, "刷卡機重複扣款,改日重收").then().statusCode(200)
                .body("receiptNo", equalTo(receiptNo)).body("status", equalTo("VOIDED"))
                .body("voidedBy", equalTo("supervisor")).body("voidReason", equalTo("刷卡機重複扣款,改日重收"));
        voidAs("supervisor", receiptNo, "再作廢一次").then().statusCode(409).contentType("application/problem+json");

        Api.as("cashier").get("/api/v1/receipts/" + receiptNo).then().statusCode(200).body("status", equalTo("VOIDED"));
        JsonPath statement = PaymentTest.statement(unit.unitId());
        assertEquals(List.of("CHARGE", "PAYMENT", "REVERSAL"), statement.getList("lines.kind"));
        assertEquals(List.of(receiptNo, receiptNo), statement.getList("lines.findAll { it.receiptNo }.receiptNo"));
        assertEquals(900.00f, statement.getFloat("balance"), "the charge is due again");
        assertEquals(List.of(charge), PaymentTest.longs(statement.getList("due.chargeId")));
        PaymentTest.assertLedgerTotalIsTheBalance(statement);
    }

    @Test
    void theDailyCloseCountsTheCashAndLocksTheCashiersDay() {
        // A day of its own, so that closing it locks nothing another test posts today.
        clock.set(Instant.parse("2031-05-12T02:00:00Z"));
        LocalDate day = LocalDate.of(2031, 5, 12);
        long card = CardTest.issue(Map.of("unitId", unit.unitId(), "residentId", unit.residentId(), "kind", "ACCESS",
                "idType", "PASSPORT", "idLast4", "K9Q2")).then().statusCode(201).extract().jsonPath().getLong("id");
        String cash = PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "600",
                "method", "CASH", "tendered", "1000")).then().statusCode(201).body("change", equalTo(400.00f))
                .extract().path("receiptNo");
        PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "50", "method", "CARD"))
                .then().statusCode(201);
        CardTest.giveBack(card, "CASH").then().statusCode(200);

        Api.as("cashier").get("/api/v1/cash-days/" + day).then().statusCode(200)
                .body("cashPayments", equalTo(1)).body("received", equalTo(1000.00f))
                .body("changeGiven", equalTo(400.00f)).body("refunds", equalTo(500.00f))
                .body("expected", equalTo(100.00f)).body("closed", equalTo(false));

        close(day, Map.of("counted", "90")).then().statusCode(400).body("errors.field", hasItem("note"));
        close(day, Map.of("counted", "-1")).then().statusCode(400).body("errors.field", hasItem("counted"));
        Api.as("cashier").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("counted", "100", "note", "差".repeat(501))).post("/api/v1/cash-days/" + day + "/close")
                .then().statusCode(400)
                .body("errors.find { it.field == 'note' }.message", equalTo("At most 500 characters"));
        Api.as("cashier").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("counted", "0.1234567")).post("/api/v1/cash-days/" + day + "/close").then()
                .statusCode(400)
                .body("errors.find { it.field == 'counted' }.message", equalTo("Please enter a valid amount"));
        close(day.plusDays(1), Map.of("counted", "0")).then().statusCode(400).body("errors.field", hasItem("date"));
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("counted", "0")).post("/api/v1/cash-days/yesterday/close")
                .then().statusCode(400).body("errors.field", hasItem("date"));
        close(day, Map.of("counted", "90", "note", "少 10 元,已報主管")).then().statusCode(200)
                .body("closed", equalTo(true)).body("counted", equalTo(90.00f)).body("difference", equalTo(-10.00f))
                .body("note", equalTo("少 10 元,已報主管"));
        close(day, Map.of("counted", "100")).then().statusCode(409);

        // The day is locked for this cashier's cash, not for other methods, nor for another day.
        PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "10", "method", "CASH"))
                .then().statusCode(409).contentType("application/problem+json");
        PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "10", "method", "MOBILE",
                "reference", "JKO-1")).then().statusCode(201);
        voidAs("supervisor", cash, "日結後不可作廢現金").then().statusCode(409);

        signOff("cashier", "cashier", day).then().statusCode(403);
        Api.as("desk").get("/api/v1/cash-days/" + day).then().statusCode(403);
        Api.as("supervisor").get("/api/v1/cash-days/" + day + "/closes").then().statusCode(200)
                .body("cashier", hasItem("cashier"));
        signOff("supervisor", "cashier", day).then().statusCode(200)
                .body("signedOffBy", equalTo("supervisor"));
        signOff("supervisor", "cashier", day).then().statusCode(409);
        signOff("supervisor", "nobody", day).then().statusCode(404);

        clock.set(Instant.parse("2031-05-13T02:00:00Z"));
        PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "10", "method", "CASH"))
                .then().statusCode(201);
    }

    private static io.restassured.response.Response voidAs(String role, String receiptNo, String reason) {
        return Api.as(role).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/receipts/" + receiptNo + "/void");
    }

    private static io.restassured.response.Response signOff(String role, String cashier, LocalDate day) {
        return Api.as(role).contentType(ContentType.JSON).post("/api/v1/cash-days/" + day + "/closes/" + cashier + "/sign-off");
    }

    private static io.restassured.response.Response close(LocalDate day, Map<String, Object> body) {
        return Api.as("cashier").contentType(ContentType.JSON).body(body).post("/api/v1/cash-days/" + day + "/close");
    }
}
