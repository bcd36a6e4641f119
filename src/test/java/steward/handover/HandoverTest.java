package steward.handover;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The shift handover (issue 20): generated from records of every kind (a visitor still in, parcels on two shelves,
 * a key lent and an ID held, promises due in the next shift and later, a callback, a call-out, an open till),
 * confirmed by the incoming staff member section by section; a difference in the shelf count reaches the
 * supervisor; a handover unconfirmed 30 minutes into the shift alerts the supervisors once.
 */
@QuarkusTest
class HandoverTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    HandoverAlerts alerts;

    @Inject
    steward.notify.NotificationDispatcher dispatcher;

    TestSites.FreshSite site;

    @BeforeEach
    void setUp() {
        sites.ensure();
        site = sites.freshSite("hand");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TAIPEI).toInstant();
    }

    /** One record of every kind the handover lists, on the fresh site, at 14:40 before the 15:00 shift change. */
    Map<String, Long> recordsOfEveryKind() {
        String desk = site.account("desk");
        long visit = Api.as(desk).contentType(ContentType.JSON).body(Map.of("visitorName", "張先生", "hostResidentId",
                site.residentId(), "partySize", 2)).post("/api/v1/visits").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Long> parcels = new ArrayList<>();
        for (String shelf : List.of("A", "A", "B")) {
            parcels.add(Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "PARCEL", "unitId", site.unitId(),
                    "shelf", shelf)).post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        long loan = Api.as(desk).contentType(ContentType.JSON).body(Map.of("kind", "KEY", "description", "機房鑰匙",
                "borrowerKind", "CONTRACTOR", "borrowerName", "電梯保養 陳師傅", "depositIdType", "NATIONAL_ID",
                "depositIdLast4", "5566", "dueBackAt", at("2031-11-05T17:00").toString())).post("/api/v1/loans").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long complaint = Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("residentId",
                site.residentId(), "channel", "PHONE", "category", "NOISE", "severity", "LOW", "description", "樓上噪音"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        long dueTonight = promise(complaint, "晚上八點前回電說明處理結果", at("2031-11-05T20:00"));
        long dueTomorrow = promise(complaint, "明天派人量測", at("2031-11-06T10:00"));
        long callback = Api.as(desk).contentType(ContentType.JSON).body(Map.of("callerName", "黃太太",
                "ringsBeforeAnswer", 1, "category", "INQUIRY", "outcome", "CALLBACK_PROMISED", "callbackWhat",
                "查詢停車位後回電", "callbackDueAt", at("2031-11-06T11:00").toString())).post("/api/v1/calls").then()
                .statusCode(201).extract().jsonPath().getLong("callbackPromiseId");
        long callOut = Api.as(desk).contentType(ContentType.JSON).body(Map.of("username", site.account("service"),
                "reason", "B1 漏水")).post("/api/v1/call-outs").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(site.account("cashier")).contentType(ContentType.JSON).body(Map.of("kind", "FOB", "description", "備用磁扣",
                "borrowerKind", "VISITOR", "borrowerName", "訪客 吳小姐", "depositCash", "300",
                "dueBackAt", at("2031-11-05T18:00").toString())).post("/api/v1/loans").then().statusCode(201);
        return Map.of("visit", visit, "parcelA", parcels.get(0), "loan", loan, "dueTonight", dueTonight,
                "dueTomorrow", dueTomorrow, "callback", callback, "callOut", callOut);
    }

    long promise(long complaint, String what, Instant due) {
        return Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("what", what, "dueAt",
                due.toString())).post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void theHandoverIsGeneratedFromRecordsOfEveryKindAndADifferenceReachesTheSupervisor() {
        clock.set(at("2031-11-05T14:30"));
        Map<String, Long> records = recordsOfEveryKind();
        clock.set(at("2031-11-05T14:50"));
        JsonPath handover = Api.as(site.account("desk")).contentType(ContentType.JSON).body(Map.of("note", "B1 漏水已叫人"))
                .post("/api/v1/handovers").then().statusCode(201).body("shift", equalTo("EVENING"))
                .body("shiftStartsAt", equalTo(at("2031-11-05T15:00").toString())).body("state", equalTo("PENDING"))
                .extract().jsonPath();
        long id = handover.getLong("id");
        assertEquals(List.of("visitors", "mail", "loans", "ids_held", "promises", "callbacks", "call_outs", "till"),
                handover.getList("sections.key"));
        assertEquals(List.of(records.get("visit").intValue()), refs(handover, "visitors"));
        assertEquals(List.of("A", "B"), handover.getList("sections.find { it.key == 'mail' }.counts.detail"));
        assertEquals(List.of(2, 1), handover.getList("sections.find { it.key == 'mail' }.counts.quantity"));
        assertTrue(refs(handover, "loans").contains(records.get("loan").intValue()));
        assertEquals(List.of(records.get("loan").intValue()), refs(handover, "ids_held"));
        assertEquals(List.of(records.get("dueTonight").intValue()), refs(handover, "promises"),
                "due before the evening shift ends; tomorrow's is not");
        assertEquals(site.account("service"), handover.getString("sections.find { it.key == 'promises' }.lines[0].owner"));
        assertEquals(List.of(records.get("callback").intValue()), refs(handover, "callbacks"));
        assertEquals(List.of(records.get("callOut").intValue()), refs(handover, "call_outs"));
        assertEquals(300.0f, handover.getFloat("sections.find { it.key == 'till' }.lines[0].amount"), "the float");
        Api.as(site.account("service")).header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/handovers").then().statusCode(409)
                .body("detail", equalTo("測試 " + site.account("desk") + " has handed this shift over already"));

        // Sections and the kinds of their lines are named when read: the same handover in each reader's language.
        String idsHeld = "sections.find { it.key == 'ids_held' }";
        JsonPath english = Api.as(site.account("service")).header("Accept-Language", "en").get("/api/v1/handovers/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("IDs held at the desk", english.getString(idsHeld + ".title"));
        assertEquals("National ID", english.getString(idsHeld + ".lines[0].codeLabel"));
        JsonPath simplified = Api.as(site.account("service")).header("Accept-Language", "zh-Hans")
                .get("/api/v1/handovers/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("押在服务台的证件", simplified.getString(idsHeld + ".title"));
        assertEquals("身份证", simplified.getString(idsHeld + ".lines[0].codeLabel"));
        String page = Jsoup.parse(Browser.signIn(site.account("service")).language("en").get("/handovers/" + id)
                .asString()).select("section.handover-section").text();
        assertTrue(page.contains("IDs held at the desk") && page.contains("National ID"), page);

        // The outgoing staff member cannot take over; a section left out or a difference without words is refused.
        Api.as(site.account("desk")).contentType(ContentType.JSON).body(confirmation(Map.of())).post(confirm(id)).then()
                .statusCode(409);
        Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("sections", List.of(Map.of("section",
                "mail", "matches", false)))).post(confirm(id)).then().statusCode(400)
                .body("errors.field", hasItem("sections[0].difference"));
        Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("sections", List.of(Map.of("section",
                "mail", "matches", true)))).post(confirm(id)).then().statusCode(400)
                .body("errors.field", hasItem("sections"));

        clock.set(at("2031-11-05T15:05"));
        JsonPath confirmed = Api.as(site.account("service")).contentType(ContentType.JSON)
                .body(confirmation(Map.of("mail", Map.of("section", "mail", "matches", false, "difference",
                        "A 架只有 1 件", "missing", List.of(records.get("parcelA"))))))
                .post(confirm(id)).then().statusCode(200).body("state", equalTo("CONFIRMED"))
                .body("incoming", equalTo(site.account("service"))).extract().jsonPath();
        assertEquals(Boolean.FALSE, confirmed.get("sections.find { it.key == 'mail' }.matches"));
        assertEquals(List.of(true, false, false),
                confirmed.getList("sections.find { it.key == 'mail' }.lines.missing"));
        Api.as(site.account("cashier")).contentType(ContentType.JSON).body(confirmation(Map.of())).post(confirm(id)).then()
                .statusCode(409);

        // The difference reaches the supervisor: in the banner, the list of differences, and the dashboard.
        String key = "handover:" + id + ":difference:";
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "businessKey like ?1 and recipient = ?2 and channel = 'IN_APP'", key + "%", site.account("supervisor"))));
        JsonPath differences = Api.as(site.account("supervisor")).get("/api/v1/handovers/differences").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("A 架只有 1 件"), differences.getList("difference"));
        long difference = differences.getLong("[0].id");
        Api.as(site.account("desk")).get("/api/v1/handovers/differences").then().statusCode(403);
        JsonPath dashboard = Api.as(site.account("supervisor")).queryParam("date", "2031-11-05").get("/api/v1/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, dashboard.getInt("today.find { it.key == 'handovers' }.figures.find { it.key == 'differences_open' }.count"));
        assertEquals(1, dashboard.getInt("today.find { it.key == 'handovers' }.figures.find { it.key == 'confirmed_in_time' }.count"));
        Api.as(site.account("supervisor")).contentType(ContentType.JSON).body(Map.of("note", "第 3 件已由住戶領走,登記漏簽"))
                .post("/api/v1/handovers/differences/" + difference + "/settle").then().statusCode(200)
                .body("settledBy", equalTo("測試 " + site.account("supervisor")));
        Api.as(site.account("supervisor")).contentType(ContentType.JSON).body(Map.of("note", "again"))
                .post("/api/v1/handovers/differences/" + difference + "/settle").then().statusCode(409);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).get("/api/v1/handovers/" + id).then().statusCode(404);
    }

    @Test
    void aHandoverUnconfirmed30MinutesIntoTheShiftAlertsTheSupervisorsOnce() {
        clock.set(at("2031-11-12T22:50"));
        long id = Api.as(site.account("desk")).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/handovers")
                .then().statusCode(201).body("shift", equalTo("NIGHT")).extract().jsonPath().getLong("id");
        clock.set(at("2031-11-12T23:29"));
        alerts.alertLate();
        String key = "handover:" + id + ":late:" + site.account("supervisor");
        assertEquals(0, count(key));
        clock.set(at("2031-11-12T23:31"));
        alerts.alertLate();
        alerts.alertLate();
        assertEquals(1, count(key), "once");
        Api.as(site.account("supervisor")).queryParam("state", "LATE").get("/api/v1/handovers").then().statusCode(200)
                .body("id", hasItem((int) id));
        dispatcher.dispatchDue();
        Document banner = Jsoup.parse(Browser.signIn(site.account("supervisor")).htmx("/alerts/banner").asString());
        assertEquals(1, banner.select(".alert-item[data-key='" + key + "']").size(), banner.html());
        JsonPath dashboard = Api.as(site.account("supervisor")).queryParam("date", "2031-11-12").get("/api/v1/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, dashboard.getInt("today.find { it.key == 'handovers' }.figures.find { it.key == 'late' }.count"));
        Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("sections", List.of(
                Map.of("section", "visitors", "matches", true), Map.of("section", "mail", "matches", true),
                Map.of("section", "loans", "matches", true), Map.of("section", "ids_held", "matches", true),
                Map.of("section", "promises", "matches", true), Map.of("section", "callbacks", "matches", true),
                Map.of("section", "call_outs", "matches", true), Map.of("section", "till", "matches", true))))
                .post(confirm(id)).then().statusCode(200);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("businessKey = ?1 "
                + "and channel = 'IN_APP'", key).firstResult().clearedAt), "off the banner once confirmed");
    }

    @Test
    void onThePageTheIncomingStaffMemberConfirmsEachSection() {
        clock.set(at("2031-11-19T06:50"));
        Browser desk = Browser.signIn(site.account("desk"));
        Document preview = Jsoup.parse(desk.get("/handovers/new").asString());
        assertEquals(8, preview.select("section.handover-section").size());
        desk.post("/handovers", Map.of("note", "夜班平安"));
        long id = Api.as(site.account("desk")).get("/api/v1/handovers").jsonPath().getLong("[0].id");
        Document own = Jsoup.parse(desk.get("/handovers/" + id).asString());
        assertTrue(own.select("form.handover-confirm").isEmpty(), "not the outgoing one's to confirm");
        Browser service = Browser.signIn(site.account("service"));
        Document refused = Jsoup.parse(service.post("/handovers/" + id + "/confirm", Map.of("matches-mail", "false"))
                .asString());
        assertFalse(refused.select(".field-error").isEmpty(), refused.text());
        java.util.Map<String, String> form = new java.util.HashMap<>();
        for (String section : List.of("visitors", "mail", "loans", "ids_held", "promises", "callbacks", "call_outs",
                "till")) {
            form.put("matches-" + section, "true");
        }
        Document confirmed = Jsoup.parse(service.post("/handovers/" + id + "/confirm", form).asString());
        assertTrue(confirmed.select("form.handover-confirm").isEmpty(), confirmed.text());
        Api.as(site.account("service")).get("/api/v1/handovers/" + id).then().body("state", equalTo("CONFIRMED"));
    }

    static Map<String, Object> confirmation(Map<String, Map<String, Object>> differences) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String section : List.of("visitors", "mail", "loans", "ids_held", "promises", "callbacks", "call_outs",
                "till")) {
            sections.add(differences.getOrDefault(section, Map.of("section", section, "matches", true)));
        }
        return Map.of("sections", sections);
    }

    static String confirm(long id) {
        return "/api/v1/handovers/" + id + "/confirm";
    }

    static List<Integer> refs(JsonPath handover, String section) {
        return handover.getList("sections.find { it.key == '" + section + "' }.lines.refId");
    }

    static long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("businessKey = ?1 and channel = 'IN_APP'",
                key));
    }

}
