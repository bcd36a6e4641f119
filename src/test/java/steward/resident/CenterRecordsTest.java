package steward.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.arrears.ArrearsFixtures;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.support.Api;
import steward.support.Browser;

/**
 * The resident's file and the unit's file show, on one screen, everything the center has with them: the account and
 * the collection case, what is open (a complaint, a promise with its due time, mail waiting, an active card, a visitor
 * in), and the calls, inquiries and proxies, each linked to its page where the reader's role may open it.
 */
@QuarkusTest
class CenterRecordsTest {

    static final Set<String> EVERY_KIND = new TreeSet<>(List.of("COMPLAINT", "PROMISE", "MAIL", "CARD", "VISIT", "CALL",
            "INQUIRY", "PROXY", "CASE"));

    @Inject
    ArrearsFixtures arrears;

    @Inject
    CashierFixtures cashier;

    CashierFixtures.FreshUnit home;
    long complaint;
    long parcel;

    @BeforeEach
    void everyKindOfRecord() {
        arrears.ensure();
        home = cashier.newUnit();
        String phone = "0955 " + String.format("%03d", home.unitId() % 1000) + " " + String.format("%03d",
                home.unitId() / 1000 % 1000);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("name", "林繳費", "kind", "OWNER", "phones",
                List.of(phone))).put("/api/v1/residents/" + home.residentId()).then().statusCode(200);

        complaint = created(Api.as("desk").contentType(ContentType.JSON).body(Map.of("residentId", home.residentId(),
                "unitId", home.unitId(), "channel", "DESK", "category", "NOISE", "severity", "LOW", "description",
                "樓上半夜施工")).post("/api/v1/complaints"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("what", "明天下午回電說明",
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(201);
        parcel = created(Api.as("desk").contentType(ContentType.JSON).body(Map.of("kind", "PARCEL",
                "recipientResidentId", home.residentId(), "unitId", home.unitId(), "sender", "宅配通"))
                .post("/api/v1/items"));
        Map<String, Object> card = new HashMap<>(Map.of("unitId", home.unitId(), "residentId", home.residentId(),
                "kind", "ACCESS", "idType", "NATIONAL_ID", "idLast4", "123A"));
        Api.as("cashier").contentType(ContentType.JSON).body(card).post("/api/v1/cards").then().statusCode(201);
        created(Api.as("desk").contentType(ContentType.JSON).body(Map.of("visitorName", "送貨員",
                "hostResidentId", home.residentId())).post("/api/v1/visits"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("callerPhone", phone, "ringsBeforeAnswer", 2,
                "category", "REPAIR", "outcome", "ANSWERED", "notes", "浴室漏水")).post("/api/v1/calls").then()
                .statusCode(201);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("channel", "DESK", "question", "管理費怎麼繳?",
                "residentId", home.residentId())).post("/api/v1/inquiries").then().statusCode(201);
        Api.as("service").contentType(ContentType.JSON).body(Map.of("residentId", home.residentId(),
                "name", "林代領", "consentNote", "住戶當面授權")).post("/api/v1/mail-proxies").then().statusCode(201);
        cashier.charge(home.unitId(), FeeItem.MANAGEMENT_FEE, "2000", LocalDate.now(ZoneId.of("Asia/Taipei"))
                .minusDays(35));
        arrears.refresh();
        ArrearsFixtures.openCase("service", home.unitId()).then().statusCode(201);
    }

    @Test
    void theResidentsFileHoldsEveryKindOfRecordNewestFirst() {
        JsonPath file = Api.as("service").get("/api/v1/residents/" + home.residentId()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(EVERY_KIND, kinds(file), "every kind of record");
        assertEquals(2000.0f, file.getFloat("records.accounts[0].overdue"));
        assertNotNull(file.get("records.accounts[0].collectionCaseId"));
        List<Map<String, Object>> open = file.getList("records.open");
        Map<String, Object> promise = open.stream().filter(e -> e.get("kind").equals("PROMISE")).findFirst()
                .orElseThrow();
        assertNotNull(promise.get("dueAt"), "a promise with its due time");
        assertEquals("/complaints/" + complaint, promise.get("link"), "a complaint's promise opens the complaint");
        assertTrue(open.stream().anyMatch(e -> e.get("kind").equals("MAIL") && e.get("state").equals("WAITING")),
                "mail waiting");
        List<String> times = new ArrayList<>();
        open.forEach(e -> times.add((String) e.get("at")));
        List<String> newestFirst = new ArrayList<>(times);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, times, "newest first");

        Document page = Jsoup.parse(Browser.signIn("service").get("/residents/" + home.residentId()).asString());
        for (String kind : EVERY_KIND) {
            assertNotNull(page.selectFirst(".records .record[data-kind=" + kind + "]"), kind + " on the page");
        }
        Element mail = page.selectFirst(".record[data-kind=MAIL][data-id=" + parcel + "] a");
        assertEquals("/mailroom/items/" + parcel, mail.attr("href"));
        assertTrue(page.selectFirst(".accounts .account").text().contains("2,000"), page.selectFirst(".accounts").text());
    }

    @Test
    void theUnitsFileHoldsTheSameAndLinksOnlyWhatTheReaderMayOpen() {
        JsonPath file = Api.as("desk").get("/api/v1/units/" + home.unitId()).then().statusCode(200).extract()
                .jsonPath();
        Set<String> kinds = kinds(file);
        assertEquals(EVERY_KIND, kinds, "every kind of record, the proxy of its resident too");
        assertEquals("林繳費", file.getString("occupants[0].name"));

        List<Map<String, Object>> all = new ArrayList<>(file.getList("records.open"));
        all.addAll(file.getList("records.history"));
        Map<String, Object> card = all.stream().filter(e -> e.get("kind").equals("CARD")).findFirst().orElseThrow();
        assertNull(card.get("link"), "the desk does not open the till");
        Map<String, Object> collection = all.stream().filter(e -> e.get("kind").equals("CASE")).findFirst()
                .orElseThrow();
        assertNull(collection.get("link"), "nor the collection case");

        Document page = Jsoup.parse(Browser.signIn("cashier").get("/units/" + home.unitId()).asString());
        assertEquals("/cashier/units/" + home.unitId(),
                page.selectFirst(".record[data-kind=CARD] a").attr("href"), "the cashier does");
        assertFalse(page.select(".occupants a[href=/residents/" + home.residentId() + "]").isEmpty(),
                "one tap to the resident's file");
    }

    @Test
    void theFileIsOneTapFromTheSearchTheCallPanelAndTheVisitorForm() {
        Browser desk = Browser.signIn("desk");
        Document search = Jsoup.parse(desk.htmx("/residents?q=" + home.label()).asString());
        assertFalse(search.select("a[href=/residents/" + home.residentId() + "]").isEmpty(), "from the search");
        assertFalse(search.select(".units-found a[href=/units/" + home.unitId() + "]").isEmpty(),
                "the unit's file from the search too");
        String phone = Api.as("service").get("/api/v1/residents/" + home.residentId()).jsonPath()
                .getString("phonesMasked[0]");
        assertNotNull(phone);
        Document hosts = Jsoup.parse(desk.htmx("/desk/hosts?hostQuery=" + home.label()).asString());
        assertFalse(hosts.select("a.file-link[href=/residents/" + home.residentId() + "]").isEmpty(),
                "from the visitor form's host list");
        Document board = Jsoup.parse(desk.get("/desk").asString());
        assertFalse(board.select(".desk-call-who a[href=/residents/" + home.residentId() + "]").isEmpty(),
                "from the day's calls on the board");
    }

    private static Set<String> kinds(JsonPath file) {
        Set<String> kinds = new TreeSet<>(file.getList("records.open.kind"));
        kinds.addAll(file.getList("records.history.kind"));
        return kinds;
    }

    private static long created(io.restassured.response.Response response) {
        response.then().statusCode(201);
        return response.jsonPath().getLong("id");
    }
}
