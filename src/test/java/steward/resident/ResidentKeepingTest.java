package steward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.arrears.ArrearsFixtures;
import steward.arrears.ReminderOutbox;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.notify.NotificationState;
import steward.support.Api;
import steward.support.SmsGatewayStub;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Keeping residents current: details, phones and consents changed with every field audited (phones masked); a
 * move-out per unit that withdraws what still waits to be sent and, from the last unit, makes the resident erasable
 * end to end; a change of owner in one step that leaves the unit's arrears with the unit; a consent withdrawn that
 * stops the next reminder. The desk reads residents but cannot change them; another site's supervisor finds none.
 */
@QuarkusTest
class ResidentKeepingTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures cashier;

    @Inject
    ArrearsFixtures arrears;

    @Inject
    ReminderOutbox outbox;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        arrears.ensure();
        SmsGatewayStub.accepting();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void movingIntoTheUnitTheResidentLivesInIsAConflictThatChangesNothing() {
        TestSites.FreshSite site = sites.freshSite("move-in");
        Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("unitId", site.unitId()))
                .post("/api/v1/residents/" + site.residentId() + "/move-in").then().statusCode(409)
                .contentType("application/problem+json");
        List<Long> units = Api.as(site.account("service")).get("/api/v1/residents/" + site.residentId()).jsonPath()
                .getList("units.id", Long.class);
        assertEquals(List.of(site.unitId()), units);
    }

    @Test
    void anEditIsAuditedFieldByFieldWithPhonesMasked() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        Map<String, Object> details = details("林繳費", List.of("0912 345 001"));
        details.put("email", "lin@example.test");
        put(home.residentId(), details).then().statusCode(200).body("phonesMasked", equalTo(List.of("0912-***-001")))
                .body("email", equalTo("lin@example.test"));
        details.put("phones", List.of("0912 345 001", "+886 922 333 444"));
        details.put("name", "林新名");
        put(home.residentId(), details).then().statusCode(200).body("name", equalTo("林新名"));

        String detail = Api.as("supervisor").queryParam("residentId", home.residentId())
                .queryParam("action", "UPDATE_RESIDENT").get("/api/v1/audit").jsonPath().getString("[0].detail");
        assertTrue(detail.contains("\"name\":{\"before\":\"林繳費\",\"after\":\"林新名\"}"), detail);
        assertTrue(detail.contains("\"phones\":{\"before\":[\"0912-***-001\"],\"after\":[\"0912-***-001\",\"0922-***-444\"]}"),
                detail);
        assertFalse(detail.contains("922333444") || detail.contains("912345001"), "no full number in the trail");
        assertFalse(detail.contains("email"), "only the fields that changed: " + detail);
    }

    @Test
    void theDeskReadsResidentsButCannotChangeThemAndAnotherSiteFindsNone() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        Api.as("desk").get("/api/v1/residents/" + home.residentId()).then().statusCode(200);
        Api.as("desk").contentType(ContentType.JSON).body(details("改名", List.of()))
                .put("/api/v1/residents/" + home.residentId()).then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("unitId", home.unitId(), "date", today().toString()))
                .post("/api/v1/residents/" + home.residentId() + "/move-out").then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("date", today().toString(), "newOwner",
                details("新屋主", List.of()))).post("/api/v1/units/" + home.unitId() + "/owner-change").then()
                .statusCode(403);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(details("改名", List.of()))
                .put("/api/v1/residents/" + home.residentId()).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("unitId", home.unitId(), "date", today().toString()))
                .post("/api/v1/residents/" + home.residentId() + "/move-out").then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("date", today().toString(),
                "newOwner", details("新屋主", List.of()))).post("/api/v1/units/" + home.unitId() + "/owner-change")
                .then().statusCode(404);
        Api.as("service").get("/api/v1/residents/" + home.residentId()).then().body("name", equalTo("林繳費"));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        refuse(home, Map.of("name", ""), "name");
        refuse(home, Map.of("phones", List.of("1", "2", "3", "4", "5", "6")), "phones");
        refuse(home, Map.of("phones", List.of("12ab")), "phones");
        refuse(home, Map.of("email", "not-an-email"), "email");
        refuse(home, Map.of("preferredLanguage", "fr"), "preferredLanguage");
        refuse(home, Map.of("phones", List.of("0912 345 002"), "consentSms", true), "consentSmsHow");
        refuse(home, Map.of("consentEmail", true, "consentEmailHow", "IN_WRITING"), "email");
        refuse(home, Map.of("phones", List.of("0912 345 002"), "consentSms", true, "consentSmsHow", "BY_PHONE",
                "consentSmsOn", today().plusDays(1).toString()), "consentSmsOn");
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("unitId", home.unitId(), "date", today().plusDays(1).toString()))
                .post("/api/v1/residents/" + home.residentId() + "/move-out").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("unitId", 987654321L, "date", today().toString()))
                .post("/api/v1/residents/" + home.residentId() + "/move-out").then().statusCode(400)
                .body("errors.field", hasItem("unitId"));
        Api.as("service").get("/api/v1/residents/" + home.residentId()).then().body("name", equalTo("林繳費"))
                .body("phonesMasked", equalTo(List.of())).body("units.id", hasItem((int) home.unitId()));
        assertEquals(0, Api.as("supervisor").queryParam("residentId", home.residentId())
                .queryParam("action", "UPDATE_RESIDENT").get("/api/v1/audit").jsonPath().getList("$").size());
    }

    @Test
    void movingOutOfTheLastUnitWithdrawsWhatWaitsAndMakesTheResidentErasable() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        Map<String, Object> details = details("林繳費", List.of("0912 345 003"));
        details.putAll(Map.of("consentSms", true, "consentSmsHow", "IN_WRITING"));
        put(home.residentId(), details).then().statusCode(200);
        long parcel = Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "PARCEL",
                "recipientResidentId", home.residentId(), "unitId", home.unitId())).post("/api/v1/items").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of(NotificationState.PENDING), states(home.residentId()), "the pickup code waits to go");

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "住戶申請"))
                .post("/api/v1/residents/" + home.residentId() + "/erasure").then().statusCode(409);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("unitId", home.unitId(), "date", today().toString()))
                .post("/api/v1/residents/" + home.residentId() + "/move-out").then().statusCode(200)
                .body("units", equalTo(List.of())).body("movedOut", equalTo(today().toString()))
                .body("residences[0].movedOut", equalTo(today().toString()));
        assertEquals(List.of(NotificationState.WITHDRAWN), states(home.residentId()), "nothing more is sent");
        Api.as("supervisor").queryParam("residentId", home.residentId()).queryParam("action", "MOVE_OUT")
                .get("/api/v1/audit").then().body("detail", hasItem(containsString(home.label())));

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "住戶遷出,依申請刪除"))
                .post("/api/v1/residents/" + home.residentId() + "/erasure").then().statusCode(200);
        JsonPath file = Api.as("service").get("/api/v1/residents/" + home.residentId()).jsonPath();
        assertTrue(file.getBoolean("erased"));
        assertEquals(List.of(), file.getList("phonesMasked"));
        assertTrue(file.getList("records.open.id").contains((int) parcel)
                || file.getList("records.history.id").contains((int) parcel), "the history stays");
        put(home.residentId(), details("又改名", List.of())).then().statusCode(409);
    }

    @Test
    void movingOutOfOneOfTwoUnitsKeepsTheOtherAndItsMessages() {
        CashierFixtures.FreshUnit first = cashier.newUnit();
        CashierFixtures.FreshUnit second = cashier.newUnit();
        Api.as("service").contentType(ContentType.JSON).body(Map.of("unitId", second.unitId(),
                "date", today().minusDays(10).toString())).post("/api/v1/residents/" + first.residentId() + "/move-in")
                .then().statusCode(200).body("units.size()", equalTo(2));
        Map<String, Object> details = details("林繳費", List.of("0912 345 004"));
        details.putAll(Map.of("consentSms", true, "consentSmsHow", "IN_PERSON"));
        put(first.residentId(), details).then().statusCode(200);
        for (long unit : List.of(first.unitId(), second.unitId())) {
            Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "LETTER", "recipientResidentId",
                    first.residentId(), "unitId", unit)).post("/api/v1/items").then().statusCode(201);
        }
        Api.as("service").contentType(ContentType.JSON).body(Map.of("unitId", first.unitId(), "date",
                today().toString())).post("/api/v1/residents/" + first.residentId() + "/move-out").then()
                .statusCode(200).body("units.id", equalTo(List.of((int) second.unitId()))).body("movedOut", equalTo(null));
        Map<Long, NotificationState> byUnit = new HashMap<>();
        notifications(first.residentId()).forEach(n -> byUnit.put(n.unitId, n.state));
        assertEquals(Map.of(first.unitId(), NotificationState.WITHDRAWN, second.unitId(), NotificationState.PENDING),
                byUnit);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "還住在另一戶"))
                .post("/api/v1/residents/" + first.residentId() + "/erasure").then().statusCode(409);
    }

    @Test
    void aChangeOfOwnerLeavesTheUnitsArrearsWithTheUnit() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        cashier.charge(home.unitId(), FeeItem.MANAGEMENT_FEE, "1500", today().minusDays(40));
        arrears.refresh();
        String balance = statementBalance(home.unitId());
        Api.as("service").get("/api/v1/residents/" + home.residentId()).then()
                .body("records.accounts[0].overdue", equalTo(1500.0f));

        Map<String, Object> buyer = details("買方新屋主", List.of("0933 000 777"));
        Response changed = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("date", today().toString(), "newOwner", buyer))
                .post("/api/v1/units/" + home.unitId() + "/owner-change");
        changed.then().statusCode(200).body("occupants.find { it.name == '林繳費' }.movedOut", equalTo(today().toString()))
                .body("occupants.find { it.name == '買方新屋主' }.movedOut", equalTo(null))
                .body("occupants.find { it.name == '買方新屋主' }.kind", equalTo("OWNER"))
                .body("records.accounts[0].overdue", equalTo(1500.0f));
        assertEquals(balance, statementBalance(home.unitId()), "the unit's account is the unit's");

        long newOwner = changed.jsonPath().getLong("occupants.find { it.name == '買方新屋主' }.residentId");
        Api.as("service").get("/api/v1/residents/" + newOwner).then().body("records.accounts[0].unitId",
                equalTo((int) home.unitId())).body("records.accounts[0].overdue", equalTo(1500.0f));
        Api.as("service").get("/api/v1/residents/" + home.residentId()).then().body("units", equalTo(List.of()))
                .body("records.accounts", equalTo(List.of()));
        Api.as("supervisor").queryParam("residentId", newOwner).queryParam("action", "CHANGE_OWNER")
                .get("/api/v1/audit").then().body("size()", equalTo(1))
                .body("[0].detail", containsString("\"previousOwners\":[" + home.residentId() + "]"));

        // The same again names no new owner twice, and a tenant may buy: one of the two, never both or neither.
        Api.as("service").contentType(ContentType.JSON).body(Map.of("date", today().toString()))
                .post("/api/v1/units/" + home.unitId() + "/owner-change").then().statusCode(400)
                .body("errors.field", hasItem("newOwnerId"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("date", today().toString(), "newOwnerId", newOwner))
                .post("/api/v1/units/" + home.unitId() + "/owner-change").then().statusCode(400)
                .body("errors.field", hasItem("newOwnerId"));
    }

    @Test
    void aWithdrawnConsentStopsTheNextReminder() {
        // Messages first, so that the 15-day step is an SMS (the seed's order calls first and sends after the call).
        arrears.policy("MESSAGES_FIRST", "service");
        try {
            withdrawnConsentStopsTheNextReminder();
        } finally {
            arrears.defaultPolicy();
        }
    }

    private void withdrawnConsentStopsTheNextReminder() {
        CashierFixtures.FreshUnit home = cashier.newUnit();
        cashier.charge(home.unitId(), FeeItem.MANAGEMENT_FEE, "1000", LocalDate.of(2032, 3, 31));
        at("2032-04-01T10:00");
        Map<String, Object> details = details("林繳費", List.of("0912 345 005"));
        details.putAll(Map.of("consentSms", true, "consentSmsHow", "IN_WRITING"));
        put(home.residentId(), details).then().statusCode(200);

        at("2032-04-15T10:00");
        arrears.evaluate();
        outbox.queueDecided();
        List<Notification> first = notifications(home.residentId());
        assertEquals(List.of(NotificationChannel.SMS), first.stream().map(n -> n.channel).toList(), "the 15-day SMS");

        at("2032-04-16T09:00");
        details.putAll(Map.of("consentSms", false, "consentSmsHow", "BY_PHONE"));
        put(home.residentId(), details).then().statusCode(200).body("smsConsent.given", equalTo(false))
                .body("smsConsent.how", equalTo("BY_PHONE"));
        assertEquals(List.of(NotificationState.WITHDRAWN), states(home.residentId()), "what waited is withdrawn");

        at("2032-04-30T10:00");
        arrears.evaluate();
        outbox.queueDecided();
        assertTrue(notifications(home.residentId()).stream().noneMatch(n -> n.channel == NotificationChannel.SMS
                && n.state != NotificationState.WITHDRAWN), "no SMS after the consent was withdrawn");
        Api.as("supervisor").queryParam("residentId", home.residentId()).queryParam("action", "UPDATE_RESIDENT")
                .get("/api/v1/audit").then().body("detail", hasItem(containsString("\"how\":\"BY_PHONE\"")))
                .body("detail", hasItem(not(containsString("0912345005"))));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Map<String, Object> details(String name, List<String> phones) {
        return new HashMap<>(Map.of("name", name, "kind", "OWNER", "phones", phones, "preferredLanguage", "zh-Hant"));
    }

    private static Response put(long resident, Map<String, Object> details) {
        return Api.as("service").contentType(ContentType.JSON).body(details).put("/api/v1/residents/" + resident);
    }

    private static void refuse(CashierFixtures.FreshUnit home, Map<String, Object> changes, String field) {
        Map<String, Object> body = details("林繳費", List.of());
        body.putAll(changes);
        put(home.residentId(), body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TAIPEI);
    }

    private void at(String taipeiTime) {
        clock.set(LocalDateTime.parse(taipeiTime).atZone(TAIPEI).toInstant());
    }

    private static String statementBalance(long unitId) {
        return Api.as("cashier").get("/api/v1/accounts/" + unitId + "/statement").then().statusCode(200).extract()
                .jsonPath().getString("balance");
    }

    private static List<Notification> notifications(long residentId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("residentId = ?1 order by id", residentId));
    }

    private static List<NotificationState> states(long residentId) {
        return notifications(residentId).stream().map(n -> n.state).toList();
    }
}
