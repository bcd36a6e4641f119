package steward.billing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** The fee sheet: readable by the desk, set by supervisors, a new price ends the old one and keeps it. */
@QuarkusTest
class FeeStandardTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
    }

    @Test
    void theDeskReadsTheFeeSheetAndServiceDoesNot() {
        Api.as("desk").get("/api/v1/fee-standards").then().statusCode(200)
                .body("item", hasItem("ACCESS_CARD")).body("chargeUnit", hasItem("PER_M2_MONTH"));
        Api.as("service").get("/api/v1/fee-standards").then().statusCode(403);
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("item", "FAX_PAGE", "price", "8",
                "effectiveFrom", "2040-01-01")).post("/api/v1/fee-standards").then().statusCode(403);
    }

    @Test
    void aNewPriceEndsTheCurrentOneTheDayBeforeAndHistoryIsKept() {
        String name = "鑰匙複製" + System.nanoTime() % 100_000;
        create(Map.of("item", "OTHER", "variant", name, "price", "50", "effectiveFrom", "2024-01-01"))
                .then().statusCode(201).body("inEffect", equalTo(true));
        create(Map.of("item", "OTHER", "variant", name, "price", "80", "effectiveFrom", "2050-07-01"))
                .then().statusCode(201).body("inEffect", equalTo(false)).body("price", equalTo(80.00f));
        create(Map.of("item", "OTHER", "variant", name, "price", "70", "effectiveFrom", "2050-07-01"))
                .then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));

        List<Map<String, Object>> history = Api.as("supervisor").queryParam("history", true).get("/api/v1/fee-standards")
                .jsonPath().getList("findAll { it.variant == '" + name + "' }");
        assertEquals(2, history.size());
        assertEquals("2050-07-01", history.get(0).get("effectiveFrom"));
        assertEquals("2050-06-30", history.get(1).get("effectiveTo"), "the old price ends the day before");
        assertTrue((Boolean) history.get(1).get("inEffect"));
    }

    @Test
    void badInputNamesTheField() {
        create(Map.of("item", "CAKE", "price", "5", "effectiveFrom", "2030-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("item"));
        create(Map.of("item", "PARKING_MONTHLY", "variant", "BUS", "price", "5", "effectiveFrom", "2030-01-01"))
                .then().statusCode(400).body("errors.field", hasItem("variant"));
        create(Map.of("item", "FAX_PAGE", "price", "-1", "effectiveFrom", "2030-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("price"));
        create(Map.of("item", "FAX_PAGE", "price", "6")).then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        create(Map.of("item", "FAX_PAGE", "price", "6", "effectiveFrom", "someday")).then().statusCode(400)
                .body("errors.field", hasItem("effectiveFrom"));
        // An unknown item is said together with the record's own rules, in the reader's language.
        Api.as("supervisor").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("item", "CAKE", "price", "0")).post("/api/v1/fee-standards").then().statusCode(400)
                .body("errors.find { it.field == 'item' }.message", equalTo("Choose an item"))
                .body("errors.find { it.field == 'price' }.message", equalTo("Please enter a valid amount"))
                .body("errors.find { it.field == 'effectiveFrom' }.message", equalTo("Please fill in this field"));
    }

    private static io.restassured.response.Response create(Map<String, Object> body) {
        return Api.as("supervisor").contentType(ContentType.JSON).body(body).post("/api/v1/fee-standards");
    }
}
