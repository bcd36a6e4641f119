package steward.billing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Payments through the API: the arithmetic, exactly once, bad input, roles and sites. */
@QuarkusTest
class PaymentTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    CashierFixtures.FreshUnit unit;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
        unit = fixtures.newUnit();
    }

    @Test
    void cashGivesChangeAndPaysTheOldestChargesFirst() {
        long january = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1000.00", LocalDate.of(2026, 1, 31));
        long march = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "300.00", LocalDate.of(2026, 3, 31));
        long february = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "500.00", LocalDate.of(2026, 2, 28));

        JsonPath receipt = pay(key(), Map.of("unitId", unit.unitId(), "amount", "1200", "method", "CASH",
                "tendered", "2000")).then().statusCode(201)
                .header("Location", containsString("/api/v1/receipts/"))
                .body("receiptNo", matchesPattern("\\d{4}-\\d{6}"))
                .body("amount", equalTo(1200.00f)).body("change", equalTo(800.00f)).body("tendered", equalTo(2000.00f))
                .extract().jsonPath();
        assertEquals(List.of("1000.0", "200.0"), receipt.getList("lines.amount").stream().map(String::valueOf).toList(),
                "January in full, then February: oldest first");
        JsonPath readBack = Api.as("cashier").get("/api/v1/receipts/" + receipt.getString("receiptNo")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(receipt.getList("lines"), readBack.getList("lines"), "the receipt read back lists them alike");

        JsonPath statement = statement(unit.unitId());
        assertEquals(600.00f, statement.getFloat("balance"));
        assertEquals(List.of(february, march), longs(statement.getList("due.chargeId")));
        assertEquals(List.of(300.00f, 300.00f), statement.getList("due.due"));
        assertEquals(0, january - january);
        assertLedgerTotalIsTheBalance(statement);
    }

    @Test
    void chosenLinesArePaidAndTheRestStaysDue() {
        long older = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1000.00", LocalDate.of(2026, 1, 31));
        long parking = fixtures.charge(unit.unitId(), FeeItem.PARKING_CARD, "100.00", LocalDate.of(2026, 2, 5));
        pay(key(), Map.of("unitId", unit.unitId(), "chargeIds", List.of(parking), "amount", "100", "method", "MOBILE",
                "reference", "LINEPAY-7781")).then().statusCode(201).body("change", equalTo(0f))
                .body("reference", equalTo("LINEPAY-7781")).body("lines", org.hamcrest.Matchers.hasSize(1));
        JsonPath statement = statement(unit.unitId());
        assertEquals(List.of(older), longs(statement.getList("due.chargeId")));
        assertEquals(1000.00f, statement.getFloat("balance"));
    }

    @Test
    void anOverpaymentStaysAsCreditAndPaysTheNextCharge() {
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "600.00", LocalDate.of(2026, 1, 31));
        pay(key(), Map.of("unitId", unit.unitId(), "amount", "2000", "method", "TRANSFER", "reference", "TX-1"))
                .then().statusCode(201).body("credited", equalTo(1400.00f));
        JsonPath statement = statement(unit.unitId());
        assertEquals(-1400.00f, statement.getFloat("balance"));
        assertEquals(1400.00f, statement.getFloat("credit"));
        assertTrue(statement.getList("due").isEmpty());

        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "500.00", LocalDate.of(2026, 2, 28));
        statement = statement(unit.unitId());
        assertTrue(statement.getList("due").isEmpty(), "the credit pays the new charge");
        assertEquals(-900.00f, statement.getFloat("balance"));
        assertLedgerTotalIsTheBalance(statement);
    }

    @Test
    void amountsAreRoundedHalfUpToTheCurrencysMinorUnit() {
        assertEquals(new BigDecimal("100.01"), Money.round(new BigDecimal("100.005"), "TWD"));
        assertEquals(new BigDecimal("100.00"), Money.round(new BigDecimal("100.004"), "TWD"));
        assertEquals(new BigDecimal("101.00"), Money.round(new BigDecimal("100.5"), "JPY"), "no minor unit: yen");
        assertEquals("1,234,567.50", Money.format(new BigDecimal("1234567.5"), "TWD"));
        pay(key(), Map.of("unitId", unit.unitId(), "amount", "100.005", "method", "CASH", "tendered", "200"))
                .then().statusCode(201).body("amount", equalTo(100.01f)).body("change", equalTo(99.99f));
    }

    @Test
    void theSameKeyReturnsTheSameReceiptAndOtherContentIsAConflict() {
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "800.00", LocalDate.of(2026, 1, 31));
        String key = key();
        Map<String, Object> body = Map.of("unitId", unit.unitId(), "amount", "800", "method", "CASH", "tendered", "1000");
        String first = pay(key, body).then().statusCode(201).extract().asString();
        String again = pay(key, body).then().statusCode(200).extract().asString();
        assertEquals(first, again, "the same receipt, the same body");

        Map<String, Object> other = new HashMap<>(body);
        other.put("amount", "700");
        pay(key, other).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(JsonPath.from(first).getString("receiptNo")));
        assertEquals(1, statement(unit.unitId()).getList("lines.findAll { it.kind == 'PAYMENT' }").size());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long charge = fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "500.00", LocalDate.of(2026, 1, 31));
        CashierFixtures.FreshUnit other = fixtures.newUnit();
        long otherCharge = fixtures.charge(other.unitId(), FeeItem.MANAGEMENT_FEE, "500.00", LocalDate.of(2026, 1, 31));
        long otherSiteUnit = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "1棟1單元101").get("/api/v1/units")
                .jsonPath().getLong("[0].id");

        Api.as("cashier").contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.unitId(), "amount", "500", "method", "CASH")).post("/api/v1/payments")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        refuse(Map.of("unitId", unit.unitId(), "amount", "-5", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "0", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "0.004", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "999999999999", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "1e-999999999", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "1e999999999", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "abc", "method", "CASH"), "amount");
        refuse(Map.of("unitId", unit.unitId(), "amount", "500", "method", "CASH", "tendered", "499.99"), "tendered");
        refuse(Map.of("unitId", unit.unitId(), "amount", "500", "method", "CARD", "tendered", "600"), "tendered");
        refuse(Map.of("unitId", unit.unitId(), "amount", "500", "method", "BITCOIN"), "method");
        refuse(Map.of("unitId", unit.unitId(), "amount", "500", "method", "TRANSFER"), "reference");
        refuse(Map.of("unitId", unit.unitId(), "amount", "500", "method", "CASH", "chargeIds", List.of(otherCharge)),
                "chargeIds");
        refuse(Map.of("unitId", otherSiteUnit, "amount", "500", "method", "CASH"), "unitId");
        refuse(Map.of("amount", "500", "method", "CASH"), "unitId");

        JsonPath statement = statement(unit.unitId());
        assertEquals(1, statement.getList("lines").size(), "only the charge: nothing half-written");
        assertEquals(List.of(charge), longs(statement.getList("due.chargeId")));
    }

    /** A refusal is said in the reader's language: the request's rules and the service's alike, conflicts too. */
    @Test
    void refusalsAreSaidInTheReadersLanguage() {
        payIn("en", key(), Map.of("unitId", unit.unitId(), "amount", "999999999999", "method", "CASH",
                "tendered", "-5", "reference", "號".repeat(61))).then().statusCode(400)
                .body("errors.find { it.field == 'amount' }.message",
                        equalTo("Too large: at most 10000000.00 in one payment"))
                .body("errors.find { it.field == 'tendered' }.message", equalTo("The amount must be more than zero"))
                .body("errors.find { it.field == 'reference' }.message", equalTo("At most 60 characters"));
        payIn("zh-Hans", key(), Map.of("unitId", unit.unitId(), "amount", "1e-999999999", "method", "BITCOIN"))
                .then().statusCode(400)
                .body("errors.find { it.field == 'amount' }.message", equalTo("请输入正确的金额"))
                .body("errors.find { it.field == 'method' }.message", equalTo("请选择付款方式"));
        payIn("en", key(), Map.of("unitId", unit.unitId(), "amount", "0.004", "method", "CASH")).then()
                .statusCode(400)
                .body("errors.find { it.field == 'amount' }.message", equalTo("The amount must be more than zero"));

        String key = key();
        String receiptNo = pay(key, Map.of("unitId", unit.unitId(), "amount", "10", "method", "CASH")).then()
                .statusCode(201).extract().path("receiptNo");
        payIn("en", key, Map.of("unitId", unit.unitId(), "amount", "11", "method", "CASH")).then().statusCode(409)
                .body("detail", equalTo("This key was already used for receipt " + receiptNo
                        + " with other content; nothing was posted"));
    }

    private static Response payIn(String language, String key, Map<String, Object> body) {
        return Api.as("cashier").header("Accept-Language", language).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/payments");
    }

    @Test
    void rolesAndSites() {
        Map<String, Object> body = Map.of("unitId", unit.unitId(), "amount", "10", "method", "CASH");
        for (String role : List.of("desk", "service", "admin")) {
            Api.as(role).header("Idempotency-Key", key()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/payments").then().statusCode(403);
            Api.as(role).get("/api/v1/accounts/" + unit.unitId() + "/statement").then().statusCode(403);
        }
        String receiptNo = pay(key(), body).then().statusCode(201).extract().path("receiptNo");
        Api.as("supervisor").get("/api/v1/receipts/" + receiptNo).then().statusCode(200)
                .body("unitLabel", equalTo(unit.label()));
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).get("/api/v1/receipts/" + receiptNo).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(CashierFixtures.OTHER_SITE_CASHIER).get("/api/v1/accounts/" + unit.unitId() + "/statement")
                .then().statusCode(404);
        Api.as("cashier").get("/api/v1/accounts/999999999/statement").then().statusCode(404);
        Api.as("cashier").get("/api/v1/receipts/1999-000001").then().statusCode(404);
    }

    static Response pay(String key, Map<String, Object> body) {
        return Api.as("cashier").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/payments");
    }

    static JsonPath statement(long unitId) {
        return Api.as("cashier").get("/api/v1/accounts/" + unitId + "/statement").then().statusCode(200).extract()
                .jsonPath();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** The statement's balance is the sum of its lines, and what is due less the credit. */
    static void assertLedgerTotalIsTheBalance(JsonPath statement) {
        BigDecimal sum = statement.getList("lines.amount").stream().map(v -> new BigDecimal(v.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balance = new BigDecimal(statement.getString("balance"));
        assertEquals(0, sum.compareTo(balance), "ledger " + sum + " vs balance " + balance);
        BigDecimal due = new BigDecimal(statement.getString("totalDue"));
        BigDecimal credit = new BigDecimal(statement.getString("credit"));
        assertEquals(0, due.subtract(credit).compareTo(balance));
    }

    private void refuse(Map<String, Object> body, String field) {
        pay(key(), body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
