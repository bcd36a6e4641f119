package steward.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steward.billing.CashierFixtures;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** A resident's data: the export holds everything about them and nothing about others; erasure keeps receipts. */
@QuarkusTest
class PrivacyTest {

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures cashier;

    @Inject
    EntityManager em;

    CashierFixtures.FreshUnit home;
    CashierFixtures.FreshUnit neighbour;
    String receiptNo;
    long card;

    @BeforeEach
    void resident() {
        sites.ensure();
        cashier.ensure();
        home = cashier.newUnit();
        neighbour = cashier.newUnit();
        sql("update resident set name = '郭隱私', phones = '{+886911222333}', email = 'kuo@example.com' where id = ?1",
                home.residentId());
        // Records of the resident: a visitor, a call, a complaint, a parking card and a receipt for their unit.
        visit(home.residentId(), "訪客甲", "ABC1234");
        visit(neighbour.residentId(), "鄰居的訪客", "XYZ9876");
        sql("""
                insert into phone_call (site_id, caller_name, caller_phone, resident_id, rings_before_answer,
                  category, notes, outcome, started_at, ended_at, answered_by)
                select site_id, '郭隱私', '+886911222333', id, 2, 'REPAIR', '漏水', 'ANSWERED', now(), now(), 'desk'
                from resident where id = ?1""", home.residentId());
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("residentId", home.residentId(), "channel", "DESK", "category", "NOISE",
                        "description", "樓上噪音", "severity", "LOW", "customerPhone", "0911 222 333"))
                .post("/api/v1/complaints").then().statusCode(201);
        Map<String, Object> parking = new HashMap<>(Map.of("unitId", home.unitId(), "residentId", home.residentId(),
                "kind", "PARKING", "plateNumber", "KUO-8888", "parkingSpace", "B1-" + home.unitId() % 1000,
                "spaceType", "CAR", "idType", "NATIONAL_ID", "idLast4", "789A"));
        card = Api.as("cashier").contentType(ContentType.JSON).body(parking).post("/api/v1/cards").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        receiptNo = Api.as("cashier").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("unitId", home.unitId(), "amount", "300", "method", "CASH", "tendered", "300"))
                .post("/api/v1/payments").then().statusCode(201).extract().path("receiptNo");
    }

    @Test
    void theExportHoldsEverythingAboutTheResidentAndNothingAboutOthers() {
        JsonPath export = Api.as("supervisor").get("/api/v1/residents/" + home.residentId() + "/export").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("郭隱私", export.getString("resident.name"));
        assertEquals(List.of("+886911222333"), export.getList("resident.phones"));
        assertEquals("kuo@example.com", export.getString("resident.email"));
        assertEquals(List.of(home.label()), export.getList("resident.units"));
        assertEquals(List.of("訪客甲"), export.getList("records.visits.visitor_name"));
        assertEquals(List.of("漏水"), export.getList("records.calls.notes"));
        assertEquals(List.of("樓上噪音"), export.getList("records.complaints.description"));
        assertEquals(List.of("KUO-8888"), export.getList("records.cards.plate_number"));
        String all = Api.as("supervisor").get("/api/v1/residents/" + home.residentId() + "/export").asString();
        assertFalse(all.contains("鄰居的訪客"), "another resident's visitor");
        assertFalse(all.contains("XYZ9876"));

        // The export is audited, and shows in the resident's own export afterwards.
        List<Map<String, Object>> events = Api.as("supervisor").queryParam("residentId", home.residentId())
                .queryParam("action", "EXPORT_RESIDENT").get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertEquals(2, events.size());
        assertEquals("supervisor", events.get(0).get("actor"));
        assertTrue(all.contains("EXPORT_RESIDENT"));

        // The page offers the download, with the counts of what is held.
        Document page = Jsoup.parse(Browser.signIn("supervisor").get("/privacy/residents/" + home.residentId())
                .then().statusCode(200).extract().asString());
        assertEquals("1 筆", page.selectFirst("[data-source=visits] strong").text());
        Response file = Browser.signIn("admin").get("/privacy/residents/" + home.residentId() + "/export.json");
        assertEquals(200, file.statusCode());
        assertTrue(file.header("Content-Disposition").contains("attachment"));
        assertEquals("郭隱私", file.jsonPath().getString("resident.name"));
    }

    @Test
    void onlySupervisorsAndAdminsOfTheSiteMayExportOrErase() {
        for (String role : List.of("desk", "service", "cashier")) {
            Api.as(role).get("/api/v1/residents/" + home.residentId() + "/export").then().statusCode(403);
            Api.as(role).contentType(ContentType.JSON).body(Map.of("reason", "遷出")).post(
                    "/api/v1/residents/" + home.residentId() + "/erasure").then().statusCode(403);
            assertEquals(403, Browser.signIn(role).get("/privacy/residents/" + home.residentId()).statusCode());
        }
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get("/api/v1/residents/" + home.residentId() + "/export").then()
                .statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "遷出"))
                .post("/api/v1/residents/" + home.residentId() + "/erasure").then().statusCode(404);
        Api.as("supervisor").get("/api/v1/residents/999999999/export").then().statusCode(404);
    }

    @Test
    void erasureAnonymisesAMovedOutResidentAndLeavesReceiptsIntact() {
        String erasure = "/api/v1/residents/" + home.residentId() + "/erasure";
        // Still living here: refused.
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "遷出")).post(erasure).then()
                .statusCode(409).contentType("application/problem+json");
        sql("update resident set moved_out = ?2 where id = ?1", home.residentId(), LocalDate.now().minusDays(1));
        // No reason: refused, naming the field, and nothing changed.
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", " ")).post(erasure).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        assertEquals("郭隱私", Api.as("supervisor").get("/api/v1/residents/" + home.residentId()).path("name"));

        JsonPath statementBefore = statement();
        JsonPath receiptBefore = receipt();
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "住戶遷出滿一年,依申請刪除"))
                .post(erasure).then().statusCode(200).body("changed.visits", equalTo(1))
                .body("changed.cards", equalTo(1));

        JsonPath export = Api.as("supervisor").get("/api/v1/residents/" + home.residentId() + "/export").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("已刪除的住戶", export.getString("resident.name"));
        assertTrue(export.getList("resident.phones").isEmpty());
        assertNull(export.get("resident.email"));
        assertEquals(List.of("—"), export.getList("records.visits.visitor_name"));
        assertEquals(java.util.Collections.singletonList(null), export.getList("records.visits.plate_number"));
        assertEquals(java.util.Collections.singletonList(null), export.getList("records.calls.caller_phone"));
        assertEquals(java.util.Collections.singletonList(null), export.getList("records.complaints.customer_phone"));
        assertEquals(List.of("—"), export.getList("records.cards.plate_number"));
        assertEquals(List.of("XXXX"), export.getList("records.cards.id_last4"));
        // The neighbour's visitor is untouched.
        assertEquals(List.of("鄰居的訪客"), Api.as("supervisor").get("/api/v1/residents/" + neighbour.residentId()
                + "/export").jsonPath().getList("records.visits.visitor_name"));

        // Receipts and the ledger are as they were.
        assertEquals(receiptBefore.getString("amount"), receipt().getString("amount"));
        assertEquals(receiptBefore.getString("receiptNo"), receipt().getString("receiptNo"));
        assertEquals(statementBefore.getString("balance"), statement().getString("balance"));
        assertEquals(statementBefore.getList("lines").size(), statement().getList("lines").size());

        // Once only; audited with the reason.
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "再一次")).post(erasure).then()
                .statusCode(409);
        List<Map<String, Object>> events = Api.as("supervisor").queryParam("residentId", home.residentId())
                .queryParam("action", "ERASE_RESIDENT").get("/api/v1/audit").jsonPath().getList("$");
        assertEquals(1, events.size());
        assertEquals("住戶遷出滿一年,依申請刪除", events.get(0).get("reason"));
        // The resident is no longer found by the old name.
        assertTrue(Api.as("desk").queryParam("q", "郭隱私").get("/api/v1/residents").jsonPath().getList("$").isEmpty());
    }

    @Test
    void theErasureFormAnswersHtmxWithTheMessageNextToTheField() {
        sql("update resident set moved_out = ?2 where id = ?1", home.residentId(), LocalDate.now().minusDays(1));
        Browser supervisor = Browser.signIn("supervisor");
        Response refused = supervisor.post("/privacy/residents/" + home.residentId() + "/erasure", Map.of("reason", ""));
        assertEquals(200, refused.statusCode());
        Document form = Jsoup.parse(refused.asString());
        assertEquals("true", form.selectFirst("#erasure-reason").attr("aria-invalid"));
        assertEquals("請至少填寫 2 個字的原因", form.selectFirst(".field-error").text());
        assertEquals("郭隱私", Api.as("supervisor").get("/api/v1/residents/" + home.residentId()).path("name"));

        Response erased = supervisor.post("/privacy/residents/" + home.residentId() + "/erasure",
                Map.of("reason", "遷出"));
        assertEquals(200, erased.statusCode());
        assertFalse(erased.asString().contains("<html"));
        assertTrue(Jsoup.parse(erased.asString()).selectFirst(".erased").text().contains("刪除"));
    }

    private JsonPath statement() {
        return Api.as("cashier").get("/api/v1/accounts/" + home.unitId() + "/statement").then().statusCode(200)
                .extract().jsonPath();
    }

    private JsonPath receipt() {
        return Api.as("cashier").get("/api/v1/receipts/" + receiptNo).then().statusCode(200).extract().jsonPath();
    }

    private static void visit(long host, String visitor, String plate) {
        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("visitorName", visitor, "hostResidentId", host, "plateNumber", plate,
                        "visitorPhone", "0977 123 321"))
                .post("/api/v1/visits").then().statusCode(201);
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }
}
