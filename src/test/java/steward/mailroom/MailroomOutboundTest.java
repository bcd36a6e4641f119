package steward.mailroom;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.resident.Phones;
import steward.support.Api;
import steward.support.TestSites;

/** Documents and faxes sent for a resident: the destination checked, the call to confirm, the fee on the account. */
@QuarkusTest
class MailroomOutboundTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures cashier;

    CashierFixtures.FreshUnit unit;

    @BeforeEach
    void setUp() {
        sites.ensure();
        cashier.ensure();
        unit = cashier.newUnit();
    }

    @Test
    void aFaxIsRegisteredChargedByThePageConfirmedByPhoneAndOnTheAccount() {
        Response created = register("desk", fax(Map.of()));
        created.then().statusCode(201)
                .body("kind", equalTo("FAX"))
                .body("unitId", equalTo((int) unit.unitId()))
                .body("faxNumber", equalTo(Phones.display("+886223456789")))
                .body("fee", equalTo(15.0f))
                .body("confirmation", equalTo("PENDING"));
        long id = created.jsonPath().getLong("id");

        // The fee standard is 5 a page: three pages, one charge of 15 on the unit's account.
        Response statement = Api.as("cashier").get("/api/v1/accounts/" + unit.unitId() + "/statement");
        statement.then().statusCode(200);
        List<Map<String, Object>> lines = statement.jsonPath().getList("lines");
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("FAX_PAGE", lines.get(0).get("item"));
        assertEquals(0, new BigDecimal("15.00").compareTo(new BigDecimal(lines.get(0).get("amount").toString())));

        confirm("desk", id, Map.of("reached", false, "note", "無人接聽")).then().statusCode(200)
                .body("confirmation", equalTo("NOT_REACHED")).body("confirmedBy", equalTo("desk"));
        confirm("service", id, Map.of("reached", true)).then().statusCode(200)
                .body("confirmation", equalTo("CONFIRMED")).body("confirmedAt", notNullValue());
        confirm("desk", id, Map.of("reached", true)).then().statusCode(409).contentType("application/problem+json");

        JsonPath custody = Api.as("desk").get("/api/v1/outbound-documents/" + id + "/custody").jsonPath();
        List<String> actions = custody.getList("action");
        assertEquals(List.of("REGISTERED", "FEE_POSTED", "CONFIRMATION_CALL", "CONFIRMATION_CALL"), actions);
        String confirmed = custody.getList("detail", String.class).get(3);
        assertTrue(confirmed.contains("台北市大安區仁愛路四段1號") && confirmed.contains(Phones.display("+886223456789")),
                "the address confirmed like the number: " + confirmed);
        Api.as("supervisor").get("/api/v1/outbound-documents").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void aDocumentWithoutAFeeChargesNothing() {
        Map<String, Object> document = new HashMap<>(Map.of("kind", "DOCUMENT", "residentId", unit.residentId(),
                "destinationAddress", "台北市信義區市府路1號", "recipientName", "張經理", "recipientPhone", "02 2720 8889",
                "pages", 2));
        register("service", document).then().statusCode(201).body("fee", equalTo(0.0f));
        Api.as("cashier").get("/api/v1/accounts/" + unit.unitId() + "/statement").then()
                .body("lines.size()", equalTo(0));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = Api.as("desk").get("/api/v1/outbound-documents").jsonPath().getList("id").size();
        refuse(fax(Map.of("kind", "TELEX")), "kind");
        refuse(fax(Map.of("faxNumber", "not a number")), "faxNumber");
        refuse(fax(Map.of("recipientPhone", "12")), "recipientPhone");
        refuse(fax(Map.of("recipientName", " ")), "recipientName");
        refuse(fax(Map.of("pages", 0)), "pages");
        refuse(fax(Map.of("pages", "many")), "pages");
        refuse(fax(Map.of("fee", -5)), "fee");
        refuse(fax(Map.of("residentId", 999_999_999)), "residentId");
        Map<String, Object> noSender = fax(Map.of());
        noSender.remove("residentId");
        refuse(noSender, "residentId");
        Map<String, Object> document = fax(Map.of("kind", "DOCUMENT"));
        document.remove("destinationAddress");
        refuse(document, "destinationAddress");
        // 二(六)1: a fax's destination address is asked and confirmed like its number.
        Map<String, Object> faxWithoutAddress = fax(Map.of());
        faxWithoutAddress.remove("destinationAddress");
        refuse(faxWithoutAddress, "destinationAddress");
        refuse(fax(Map.of("destinationAddress", "  ")), "destinationAddress");
        assertEquals(before, Api.as("desk").get("/api/v1/outbound-documents").jsonPath().getList("id").size());
        Api.as("cashier").get("/api/v1/accounts/" + unit.unitId() + "/statement").then()
                .body("lines.size()", equalTo(0));

        long id = register("desk", fax(Map.of())).jsonPath().getLong("id");
        confirm("desk", id, Map.of()).then().statusCode(400).body("errors.field", hasItem("reached"));
    }

    @Test
    void rolesAndSites() {
        register("cashier", fax(Map.of())).then().statusCode(403);
        register("admin", fax(Map.of())).then().statusCode(403);
        long id = register("supervisor", fax(Map.of())).jsonPath().getLong("id");
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/outbound-documents/" + id).then().statusCode(404);
        confirm(TestSites.OTHER_SITE_DESK, id, Map.of("reached", true)).then().statusCode(404);
        register(TestSites.OTHER_SITE_DESK, fax(Map.of())).then().statusCode(400)
                .body("errors.field", hasItem("residentId"));
    }

    private Map<String, Object> fax(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "FAX", "residentId", unit.residentId(),
                "destinationAddress", "台北市大安區仁愛路四段1號 王律師事務所", "faxNumber", "02 2345 6789",
                "recipientName", "王律師", "recipientPhone", "02-2345-6788", "pages", 3));
        body.putAll(changes);
        return body;
    }

    private static Response register(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/outbound-documents");
    }

    private static Response confirm(String role, long id, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body)
                .post("/api/v1/outbound-documents/" + id + "/confirmation");
    }

    private static void refuse(Map<String, Object> body, String field) {
        register("desk", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
