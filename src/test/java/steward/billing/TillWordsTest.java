package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * What the till names (a card's kind and status, a statement line, a receipt's method and lines, a fee standard's
 * item, space and unit) is said when it is read, in the reader's language: the same card, statement, receipt and
 * fee sheet read by the API and on the page in English and in simplified Chinese, whoever wrote them.
 */
@QuarkusTest
class TillWordsTest {

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
    void aCardItsChargesAndTheirReceiptReadInTheCallersLanguage() {
        Map<String, Object> parking = new HashMap<>(Map.of("unitId", unit.unitId(), "residentId", unit.residentId(),
                "kind", "PARKING", "idType", "NATIONAL_ID", "idLast4", "789A", "plateNumber", "ABC-1234",
                "parkingSpace", "B1-024", "spaceType", "CAR"));
        JsonPath issued = CardTest.issue(parking).then().statusCode(201).extract().jsonPath();
        long card = issued.getLong("id");
        // Each charge of the card names its number, as typed or given: the same in every language.
        String number = " · " + issued.getString("cardNumber");
        List<String> charges = List.of("Parking card" + number, "Card deposit" + number);
        List<String> simplifiedCharges = List.of("停车卡" + number, "卡片押金" + number);

        JsonPath english = in("en").get("/api/v1/cards/" + card).then().statusCode(200).extract().jsonPath();
        assertEquals("Parking card", english.getString("kindName"));
        assertEquals("Active", english.getString("statusName"));
        assertEquals(charges, english.getList("charges.description"));
        JsonPath simplified = in("zh-Hans").get("/api/v1/cards/" + card).then().statusCode(200).extract().jsonPath();
        assertEquals("停车卡", simplified.getString("kindName"));
        assertEquals("使用中", simplified.getString("statusName"));
        assertEquals(simplifiedCharges, simplified.getList("charges.description"));
        assertEquals("停車卡", Api.as("cashier").get("/api/v1/cards/" + card).jsonPath().getString("kindName"),
                "without a language, the desk's own");

        // The language the user chose (the cookie) wins over the browser's, as for a page.
        assertEquals(charges, in("zh-Hans").cookie("steward-lang", "en")
                .get("/api/v1/accounts/" + unit.unitId() + "/statement").then().statusCode(200).extract().jsonPath()
                .getList("lines.description"));
        assertEquals(simplifiedCharges, in("zh-Hans").get("/api/v1/accounts/" + unit.unitId() + "/statement")
                .jsonPath().getList("due.description"));

        String receiptNo = PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "600",
                "method", "CASH", "tendered", "600")).then().statusCode(201).extract().path("receiptNo");
        JsonPath receipt = in("en").get("/api/v1/receipts/" + receiptNo).then().statusCode(200).extract().jsonPath();
        assertEquals("Cash", receipt.getString("methodName"));
        assertEquals(charges, receipt.getList("lines.description"));
        assertEquals("现金", in("zh-Hans").get("/api/v1/receipts/" + receiptNo).jsonPath().getString("methodName"));
        assertTrue(in("en").get("/api/v1/accounts/" + unit.unitId() + "/statement").jsonPath()
                .getList("lines.description").contains("Payment · Cash"), "the payment's line names its method");

        // The pages say the same things in the reader's language.
        Document account = page("en", "/cashier/units/" + unit.unitId());
        assertEquals("Parking card", account.selectFirst(".card-kind").text());
        assertEquals("Active", account.selectFirst(".card-status").text());
        assertEquals("停车卡", page("zh-Hans", "/cashier/units/" + unit.unitId()).selectFirst(".card-kind").text());
        String statement = page("en", "/cashier/units/" + unit.unitId() + "/statement").select(".statement-lines")
                .text();
        assertTrue(statement.contains("Card deposit") && statement.contains("Payment · Cash · " + receiptNo),
                statement);
        String printed = page("zh-Hans", "/cashier/receipts/" + receiptNo).text();
        assertTrue(printed.contains("现金") && printed.contains("卡片押金"), printed);
    }

    @Test
    void theFeeSheetNamesItemsSpacesAndUnitsInTheCallersLanguage() {
        JsonPath english = in("en").get("/api/v1/fee-standards").then().statusCode(200).extract().jsonPath();
        String car = "find { it.item == 'PARKING_MONTHLY' && it.variant == 'CAR' }";
        assertEquals("Monthly parking", english.getString(car + ".itemName"));
        assertEquals("Car", english.getString(car + ".variantName"));
        assertEquals("per month", english.getString(car + ".chargeUnitName"));
        assertEquals("", english.getString("find { it.item == 'MANAGEMENT_FEE' }.variantName"),
                "an item without a variant names none");
        JsonPath simplified = in("zh-Hans").get("/api/v1/fee-standards").then().statusCode(200).extract().jsonPath();
        assertEquals("月租车位", simplified.getString(car + ".itemName"));
        assertEquals("汽车", simplified.getString(car + ".variantName"));
        assertEquals("每月", simplified.getString(car + ".chargeUnitName"));

        String sheet = page("en", "/cashier/fees").select("table.fees").text();
        assertTrue(sheet.contains("Monthly parking Car") && sheet.contains("per month"), sheet);
        String simplifiedSheet = page("zh-Hans", "/cashier/fees").select("table.fees").text();
        assertTrue(simplifiedSheet.contains("月租车位 汽车") && simplifiedSheet.contains("每月"), simplifiedSheet);
    }

    private static io.restassured.specification.RequestSpecification in(String language) {
        return Api.as("cashier").header("Accept-Language", language);
    }

    private static Document page(String language, String path) {
        return Jsoup.parse(Browser.signIn("cashier").language(language).get(path).then().statusCode(200).extract()
                .asString());
    }
}
