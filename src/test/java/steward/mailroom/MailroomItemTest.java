package steward.mailroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/** Items received at the desk through the JSON API: hand-over, wrong codes and the lock, consent, custody. */
@QuarkusTest
class MailroomItemTest {

    @Inject
    TestSites sites;

    @Inject
    DataSource dataSource;

    long chen;
    long wangXiaohua;
    long unit502;
    long unit301;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = residentId("陳大文");
        wangXiaohua = residentId("王小華");
        unit502 = unitId("5棟2單元502");
        unit301 = unitId("5棟2單元301");
    }

    @Test
    void aParcelIsRegisteredAndHandedOverWithItsPickupCode() {
        Response created = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen, "sender", "黑貓宅急便",
                "tracking", "TW123456789", "shelf", "A3", "sealed", false));
        created.then().statusCode(201).body("pickupCode", matchesPattern("[0-9]{6}"));
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("pickupCode");

        Api.as("desk").get("/api/v1/items/" + id).then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("recipientName", equalTo("陳*文"))
                .body("unitLabel", equalTo("5棟2單元502"))
                .body("shelf", equalTo("A3"))
                .body("pickupCode", nullValue());
        Api.as("service").queryParam("unitId", unit502).get("/api/v1/items").then().statusCode(200)
                .body("id", hasItem((int) id));

        handOver("desk", id, Map.of("pickupCode", code, "receivedBy", "陳大文")).then().statusCode(200)
                .body("status", equalTo("HANDED_OVER"))
                .body("receiverName", equalTo("陳*文"))
                .body("identifiedBy", equalTo("CODE"))
                .body("handedOverAt", notNullValue());

        List<String> actions = custody("supervisor", id).jsonPath().getList("action");
        assertEquals("RECEIVED", actions.get(0));
        assertEquals("HANDED_OVER", actions.get(actions.size() - 1));
        custody("desk", id).then().body("actor", hasItem("desk"));

        handOver("desk", id, Map.of("pickupCode", code, "receivedBy", "陳大文")).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/items/" + id + "/return").then().statusCode(409);
    }

    @Test
    void aHouseholdMemberCollectsWithAnIdCheckKeepingOnlyTypeAndLastFour() {
        long id = register("desk", Map.of("kind", "LETTER", "recipientResidentId", chen)).jsonPath().getLong("id");
        // 李美玲 lives in 陳大文's unit: a household member collects without any further consent.
        handOver("desk", id, Map.of("idCheck", Map.of("type", "NATIONAL_ID", "last4", "6789"), "receivedBy", "李美玲"))
                .then().statusCode(200)
                .body("identifiedBy", equalTo("ID"))
                .body("receiverName", equalTo("李*玲"));
        String detail = custody("desk", id).jsonPath().getString("find { it.action == 'HANDED_OVER' }.detail");
        assertTrue(detail.contains("6789"), detail);
    }

    @Test
    void handOverToSomeoneWithoutConsentIsRefusedAndNothingChanges() {
        Response created = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen));
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("pickupCode");
        // 王小華 lives in another unit; even with an ID checked she is a third party.
        handOver("desk", id, Map.of("idCheck", Map.of("type", "PASSPORT", "last4", "A123"), "receivedBy", "王小華"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("receivedBy"));
        handOver("desk", id, Map.of("pickupCode", code, "receivedBy", "路人甲")).then().statusCode(400)
                .body("errors.field", hasItem("receivedBy"));
        Api.as("desk").get("/api/v1/items/" + id).then().body("status", equalTo("WAITING")).body("wrongCodes", equalTo(0));
        assertEquals(List.of("RECEIVED"), custody("desk", id).jsonPath().getList("action"));

        // Once the resident names her as a proxy (service records the consent), she may collect.
        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("residentId", chen, "name", "王小華", "consentNote", "住戶來電授權")).post("/api/v1/mail-proxies")
                .then().statusCode(403);
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("residentId", chen, "name", "王小華", "consentNote", "住戶來電授權")).post("/api/v1/mail-proxies")
                .then().statusCode(201).body("name", equalTo("王小華"));
        Api.as("desk").queryParam("residentId", chen).get("/api/v1/mail-proxies").then().statusCode(200)
                .body("name", hasItem("王小華"));
        handOver("desk", id, Map.of("idCheck", Map.of("type", "PASSPORT", "last4", "A123"), "receivedBy", "王小华"))
                .then().statusCode(200).body("status", equalTo("HANDED_OVER"));
    }

    @Test
    void fiveWrongCodesLockTheItemUntilASupervisorReleasesIt() throws Exception {
        Response created = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen));
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("pickupCode");
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            handOver("desk", id, Map.of("pickupCode", wrong, "receivedBy", "陳大文")).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString(String.valueOf(5 - attempt)));
        }
        handOver("desk", id, Map.of("pickupCode", wrong, "receivedBy", "陳大文")).then().statusCode(423);
        // Locked: even the right code is refused.
        handOver("desk", id, Map.of("pickupCode", code, "receivedBy", "陳大文")).then().statusCode(423);
        Api.as("desk").get("/api/v1/items/" + id).then().body("status", equalTo("LOCKED")).body("wrongCodes", equalTo(5));

        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/items/" + id + "/release").then().statusCode(403);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("note", "住戶本人到場"))
                .post("/api/v1/items/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("WAITING")).body("wrongCodes", equalTo(0));
        // The note is optional, so a client may send no body and no content type at all (RestAssured would add a
        // form's content type): read as no note, so the answer is about the item, not the request.
        HttpResponse<String> bare = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                        + RestAssured.port + "/api/v1/items/" + id + "/release"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("supervisor:" + TestSites.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, bare.statusCode(), bare.body());
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/items/" + id + "/release").then()
                .statusCode(409);
        handOver("desk", id, Map.of("pickupCode", code, "receivedBy", "陳大文")).then().statusCode(200);

        List<String> actions = custody("desk", id).jsonPath().getList("action");
        assertEquals(5, actions.stream().filter("WRONG_CODE"::equals).count(), actions.toString());
        assertTrue(actions.containsAll(List.of("LOCKED", "RELEASED", "HANDED_OVER")), actions.toString());
    }

    @Test
    void wrongCodesTypedOnManyTabletsAtOnceAreAllCounted() throws Exception {
        Response created = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen));
        long id = created.jsonPath().getLong("id");
        String wrong = created.jsonPath().getString("pickupCode").equals("000000") ? "111111" : "000000";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> handOver("desk", id, Map.of("pickupCode", wrong, "receivedBy", "陳大文")).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            assertEquals(4, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
            assertEquals(4, statuses.stream().filter(s -> s == 423).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        Api.as("desk").get("/api/v1/items/" + id).then().body("status", equalTo("LOCKED")).body("wrongCodes", equalTo(5));
        assertEquals(5, custody("desk", id).jsonPath().getList("action").stream().filter("WRONG_CODE"::equals).count());
    }

    @Test
    void sealedItemsNeverShowTheirDescription() {
        long id = register("desk", Map.of("kind", "DOCUMENT", "recipientResidentId", chen, "sealed", true,
                "description", "法院傳票")).jsonPath().getLong("id");
        long open = register("desk", Map.of("kind", "DOCUMENT", "recipientResidentId", chen, "sealed", false,
                "description", "社區通知")).jsonPath().getLong("id");
        Api.as("desk").get("/api/v1/items/" + id).then().body("sealed", equalTo(true)).body("description", nullValue());
        Api.as("desk").get("/api/v1/items/" + open).then().body("description", equalTo("社區通知"));
        for (String role : List.of("desk", "service", "supervisor")) {
            assertFalse(Api.as(role).get("/api/v1/items").asString().contains("法院傳票"), role);
            assertFalse(custody(role, id).asString().contains("法院傳票"), role);
        }
    }

    @Test
    void internalItemsAreAcknowledgedByTheirRecipient() {
        Response created = register("desk", Map.of("kind", "DOCUMENT", "recipientStaff", "cashier", "sender", "總公司財務部"));
        created.then().statusCode(201).body("pickupCode", nullValue()).body("notifiedBy", hasItem("IN_APP"));
        long id = created.jsonPath().getLong("id");
        handOver("desk", id, Map.of("idCheck", Map.of("type", "NATIONAL_ID", "last4", "1234"), "receivedBy", "測試 cashier"))
                .then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).body("{}").post("/api/v1/items/" + id + "/acknowledge").then().statusCode(403);
        Api.as("cashier").contentType(ContentType.JSON).body("{}").post("/api/v1/items/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("HANDED_OVER")).body("identifiedBy", equalTo("STAFF"));
        Api.as("cashier").contentType(ContentType.JSON).body("{}").post("/api/v1/items/" + id + "/acknowledge").then().statusCode(409);
        assertEquals(List.of("RECEIVED", "NOTIFIED", "HANDED_OVER"), custody("desk", id).jsonPath().getList("action"));
    }

    @Test
    void anItemIsReturnedToItsSender() {
        long id = register("desk", Map.of("kind", "PARCEL", "unitId", unit301)).jsonPath().getLong("id");
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("note", "查無此人")).post("/api/v1/items/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"));
        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/items/" + id + "/return").then().statusCode(409);
        custody("desk", id).then().body("action", hasItem("RETURNED")).body("detail", hasItem("查無此人"));
    }

    @Test
    void custodyEventsCannotBeChangedOrDeleted() throws SQLException {
        register("desk", Map.of("kind", "KEY", "unitId", unit301));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update mail_custody_event set actor = 'nobody'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from mail_custody_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate mail_custody_event cascade"));
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = Api.as("desk").queryParam("status", "WAITING").get("/api/v1/items").jsonPath().getList("id").size();
        refuse(Map.of("kind", "BOX", "recipientResidentId", chen), "kind");
        refuse(Map.of("kind", "PARCEL"), "recipientResidentId");
        refuse(Map.of("kind", "PARCEL", "recipientResidentId", 999_999_999), "recipientResidentId");
        refuse(Map.of("kind", "PARCEL", "recipientResidentId", chen, "unitId", unit301), "unitId");
        refuse(Map.of("kind", "PARCEL", "recipientStaff", "nobody-here"), "recipientStaff");
        refuse(Map.of("kind", "PARCEL", "unitId", unit301, "shelf", "x".repeat(21)), "shelf");
        refuse(Map.of("kind", "PARCEL", "unitId", unit301, "sealed", "maybe"), "sealed");
        Api.as("desk").contentType(ContentType.JSON).body("{not json").post("/api/v1/items").then().statusCode(400);
        assertEquals(before,
                Api.as("desk").queryParam("status", "WAITING").get("/api/v1/items").jsonPath().getList("id").size());
        Api.as("desk").queryParam("status", "LOST").get("/api/v1/items").then().statusCode(400)
                .body("errors.field", hasItem("status"));

        long id = register("desk", Map.of("kind", "PARCEL", "recipientResidentId", chen)).jsonPath().getLong("id");
        handOver("desk", id, Map.of("receivedBy", "陳大文")).then().statusCode(400).body("errors.field", hasItem("pickupCode"));
        handOver("desk", id, Map.of("pickupCode", "12ab", "receivedBy", "陳大文")).then().statusCode(400)
                .body("errors.field", hasItem("pickupCode"));
        handOver("desk", id, Map.of("pickupCode", "123456")).then().statusCode(400).body("errors.field", hasItem("receivedBy"));
        handOver("desk", id, Map.of("idCheck", Map.of("type", "LIBRARY_CARD", "last4", "12"), "receivedBy", "陳大文"))
                .then().statusCode(400).body("errors.field", hasItem("idCheck.type")).body("errors.field", hasItem("idCheck.last4"));
        handOver("desk", id, Map.of("pickupCode", "123456", "receivedBy", "陳大文", "signature", "data:image/png;base64,!!!"))
                .then().statusCode(400).body("errors.field", hasItem("signature"));
        Api.as("desk").get("/api/v1/items/" + id).then().body("wrongCodes", equalTo(0)).body("status", equalTo("WAITING"));
    }

    @Test
    void rolesAndSites() {
        Map<String, Object> parcel = Map.of("kind", "PARCEL", "recipientResidentId", chen);
        for (String role : List.of("desk", "service", "supervisor")) {
            register(role, parcel).then().statusCode(201);
        }
        for (String role : List.of("cashier", "admin")) {
            register(role, parcel).then().statusCode(403);
            Api.as(role).get("/api/v1/items").then().statusCode(403);
        }
        Api.anonymous().get("/api/v1/items").then().statusCode(401);
        long id = register("desk", parcel).jsonPath().getLong("id");
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/items/" + id).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/items/" + id + "/custody").then().statusCode(404);
        handOver(TestSites.OTHER_SITE_DESK, id, Map.of("pickupCode", "123456", "receivedBy", "陳大文")).then()
                .statusCode(404);
        assertFalse(Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/items").jsonPath().getList("id").contains((int) id));
        // A resident of another site is unknown here.
        long wangWu = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents").jsonPath()
                .getLong("[0].id");
        refuse(Map.of("kind", "PARCEL", "recipientResidentId", wangWu), "recipientResidentId");
    }

    static Response register(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/items");
    }

    static Response handOver(String role, long id, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/api/v1/items/" + id + "/handover");
    }

    static Response custody(String role, long id) {
        return Api.as(role).get("/api/v1/items/" + id + "/custody");
    }

    static long residentId(String name) {
        return Api.as("desk").queryParam("q", name).get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    static long unitId(String label) {
        return Api.as("desk").queryParam("q", label).get("/api/v1/units").jsonPath().getLong("[0].id");
    }

    private static void refuse(Map<String, Object> body, String field) {
        register("desk", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
