package steward.lending;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * What the desk lends and holds (issue 20): a key lent against an ID held and taken back with the returner's
 * signature; a cash deposit through the cashier's drawer and daily close; an ID missing only with a supervisor's
 * note; the overdue reminder once; bad input named; another site's loan not found.
 */
@QuarkusTest
class LendingTest {

    /** A one-pixel PNG, as the signature pad sends it. */
    static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk"
            + "YAAAAAMAASsJTYQAAAAASUVORK5CYII=";

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    LoanReminders reminders;

    long chen;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static String inHours(int hours) {
        return Instant.now().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> loan(Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "KEY", "description", "B 棟頂樓門鑰匙 " + UUID.randomUUID(),
                "dueBackAt", inHours(4)));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static JsonPath lend(String who, Map<String, Object> body) {
        return Api.as(who).contentType(ContentType.JSON).body(body).post("/api/v1/loans").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void aKeyLentToAResidentAgainstAnIdIsTakenBackWithASignature() {
        JsonPath lent = lend("desk", loan("residentId", chen, "depositIdType", "NATIONAL_ID", "depositIdLast4", "a12-3"));
        long id = lent.getLong("id");
        assertEquals("陳大文", lent.getString("borrowerName"), "a resident borrows as themselves");
        assertEquals("RESIDENT", lent.getString("borrowerKind"));
        assertEquals("A123", lent.getString("depositIdLast4"), "the last four characters only, as stored");
        assertEquals("HELD", lent.getString("idState"));
        Api.as("service").get("/api/v1/loans/ids-held").then().statusCode(200).body("id", hasItem((int) id));
        Api.as("desk").get("/api/v1/loans").then().body("id", hasItem((int) id));

        Api.as("desk").contentType(ContentType.JSON).body(Map.of("returnedBy", " ")).post("/api/v1/loans/" + id
                + "/return").then().statusCode(400).body("errors.field", hasItem("returnedBy"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("returnedBy", "陳大文", "signature", "data:image/png;base64,AAAA"))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(400).body("errors.field", hasItem("signature"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("returnedBy", "陳大文", "signature", SIGNATURE))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("idState", equalTo("HANDED_BACK")).body("hasSignature", equalTo(true));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("returnedBy", "陳大文", "signature", SIGNATURE))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(409);
        Api.as("desk").get("/api/v1/loans/ids-held").then().body("id", not(hasItem((int) id)));
        Api.as("desk").queryParam("state", "RETURNED").get("/api/v1/loans").then().body("id", hasItem((int) id));
        JsonPath detail = Api.as("desk").get("/api/v1/loans/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("LENT", "ID_HELD", "RETURNED", "ID_HANDED_BACK"), detail.getList("custody.action"));
        assertEquals("陳*文", detail.getString("custody[2].detail"), "names masked in the trail");
        assertEquals("身分證 · ****A123", detail.getString("custody[1].detail"),
                "the ID's type in the reader's language, never a constant");
        Browser desk = Browser.signIn("desk");
        assertEquals("image/png", desk.get("/loans/" + id + "/signature").contentType());
    }

    /**
     * The trail keeps what happened as data, and the service refuses by naming its message: both are said in the
     * language of whoever reads them, by the API and on the page.
     */
    @Test
    void theCustodyTrailAndARefusalAreSaidInTheReadersLanguage() {
        long id = lend("desk", loan("residentId", chen, "depositIdType", "NATIONAL_ID", "depositIdLast4", "b45-6"))
                .getLong("id");
        assertEquals("National ID · ****B456", Api.as("desk").header("Accept-Language", "en").get("/api/v1/loans/" + id)
                .then().statusCode(200).extract().jsonPath().getString("custody.find { it.action == 'ID_HELD' }.detail"));
        assertEquals("身份证 · ****B456", Api.as("desk").header("Accept-Language", "zh-Hans").get("/api/v1/loans/" + id)
                .jsonPath().getString("custody.find { it.action == 'ID_HELD' }.detail"));
        String english = Jsoup.parse(Browser.signIn("desk").language("en").get("/loans/" + id).asString())
                .select(".loan-custody").text();
        assertTrue(english.contains("National ID · ****B456"), english);
        String simplified = Jsoup.parse(Browser.signIn("desk").language("zh-Hans").get("/loans/" + id).asString())
                .select(".loan-custody").text();
        assertTrue(simplified.contains("身份证 · ****B456"), simplified);

        Map<String, String> back = Map.of("returnedBy", "陳大文", "signature", SIGNATURE);
        Api.as("desk").contentType(ContentType.JSON).body(back).post("/api/v1/loans/" + id + "/return").then()
                .statusCode(200);
        Api.as("desk").header("Accept-Language", "en").contentType(ContentType.JSON).body(back)
                .post("/api/v1/loans/" + id + "/return").then().statusCode(409).body("detail", equalTo("Already Returned"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String description = "手推車 " + UUID.randomUUID();
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "borrowerKind", "CONTRACTOR",
                "borrowerName", "王師傅", "depositIdType", "NATIONAL_ID", "depositIdLast4", "A123456789")).post("/api/v1/loans")
                .then().statusCode(400).body("errors.field", hasItem("depositIdLast4"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "borrowerKind", "CONTRACTOR",
                "borrowerName", "王師傅", "depositIdType", "PASSPORT")).post("/api/v1/loans")
                .then().statusCode(400).body("errors.field", hasItem("depositIdLast4"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "borrowerKind", "VISITOR",
                "dueBackAt", Instant.now().minusSeconds(60).toString())).post("/api/v1/loans").then().statusCode(400)
                .body("errors.field", hasItem("dueBackAt")).body("errors.field", hasItem("borrowerName"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "kind", "SPOON",
                "borrowerName", "王師傅")).post("/api/v1/loans").then().statusCode(400).body("errors.field", hasItem("kind"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "borrowerName", "王師傅",
                "borrowerPhone", "12", "residentId", 987654321L)).post("/api/v1/loans").then().statusCode(400)
                .body("errors.field", hasItem("borrowerPhone"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "residentId", 987654321L))
                .post("/api/v1/loans").then().statusCode(400).body("errors.field", hasItem("residentId"));
        Api.as("desk").contentType(ContentType.JSON).body(loan("description", description, "borrowerName", "王師傅",
                "depositCash", 500)).post("/api/v1/loans").then().statusCode(400).body("errors.field", hasItem("depositCash"));
        Api.as("desk").queryParam("state", "LOST").get("/api/v1/loans").then().statusCode(400)
                .body("errors.field", hasItem("state"));
        Api.as("desk").header("Accept-Language", "zh-TW").queryParam("state", "LOST").get("/api/v1/loans").then()
                .statusCode(400).body("errors[0].message", org.hamcrest.Matchers.equalTo("只能是:OUT, OVERDUE, RETURNED"));
        List<String> stored = Api.as("desk").get("/api/v1/loans").jsonPath().getList("description");
        assertTrue(stored.stream().noneMatch(description::equals), "nothing half-written");
    }

    @Test
    void aCashDepositGoesThroughTheCashiersDrawerAndOnlyACashierPaysItBack() {
        String cashier = sites.freshAccount("cashier");
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();
        long id = lend(cashier, loan("borrowerKind", "CONTRACTOR", "borrowerName", "大明水電 李師傅",
                "borrowerPhone", "0912 345 678", "depositCash", "500")).getLong("id");
        Api.as(cashier).get("/api/v1/cash-days/" + today).then().statusCode(200).body("deposits", equalTo(500.0f))
                .body("expected", equalTo(500.0f));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("returnedBy", "李師傅", "signature", SIGNATURE))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(409);
        Api.as(cashier).contentType(ContentType.JSON).body(Map.of("returnedBy", "李師傅", "signature", SIGNATURE))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(200).body("depositPaidBack", equalTo(true));
        Api.as(cashier).get("/api/v1/cash-days/" + today).then().body("deposits", equalTo(0.0f))
                .body("expected", equalTo(0.0f));
        JsonPath detail = Api.as(cashier).get("/api/v1/loans/" + id).jsonPath();
        assertEquals(List.of("LENT", "CASH_DEPOSIT_TAKEN", "RETURNED", "CASH_DEPOSIT_PAID_BACK"),
                detail.getList("custody.action"));
        assertEquals("0912-***-678", detail.getString("loan.borrowerPhoneMasked"));

        // Once the cashier's day is closed, no deposit goes into that drawer, and nothing is lent.
        Api.as(cashier).contentType(ContentType.JSON).body(Map.of("counted", "0"))
                .post("/api/v1/cash-days/" + today + "/close").then().statusCode(200);
        Api.as(cashier).contentType(ContentType.JSON).body(loan("borrowerKind", "CONTRACTOR", "borrowerName",
                "大明水電 陳師傅", "borrowerPhone", "0912 345 679", "depositCash", "300")).post("/api/v1/loans")
                .then().statusCode(409).contentType("application/problem+json");
        Api.as(cashier).get("/api/v1/cash-days/" + today).then().body("deposits", equalTo(0.0f));
    }

    @Test
    void anIdGoesMissingOnlyWithASupervisorsNote() {
        long id = lend("desk", loan("borrowerKind", "VISITOR", "borrowerName", "林先生", "depositIdType",
                "DRIVING_LICENCE", "depositIdLast4", "7788")).getLong("id");
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("note", "找不到")).post("/api/v1/loans/" + id
                + "/id-missing").then().statusCode(403);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("note", "")).post("/api/v1/loans/" + id
                + "/id-missing").then().statusCode(400).body("errors.field", hasItem("note"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("note", "抽屜翻遍了,已通知林先生並致歉"))
                .post("/api/v1/loans/" + id + "/id-missing").then().statusCode(200).body("idState", equalTo("MISSING"))
                .body("idMissingNote", equalTo("抽屜翻遍了,已通知林先生並致歉"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("note", "again")).post("/api/v1/loans/" + id
                + "/id-missing").then().statusCode(409);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/loans/" + id).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/v1/loans/" + id + "/id-missing").then().statusCode(404);
    }

    @Test
    void anOverdueLoanIsRemindedOnceHoweverOftenTheJobRuns() {
        String lender = sites.freshAccount("desk");
        long id = lend(lender, loan("borrowerKind", "STAFF", "borrowerName", "清潔組 阿姨", "dueBackAt", inHours(1)))
                .getLong("id");
        String key = "loan:" + id + ":overdue:" + lender;
        clock.set(Instant.now().plus(Duration.ofMinutes(30)));
        reminders.remindOverdue();
        assertEquals(0, count(key), "not yet due");
        clock.set(Instant.now().plus(Duration.ofHours(2)));
        reminders.remindOverdue();
        reminders.remindOverdue();
        assertEquals(1, count(key), "once, in the lender's banner");
        assertEquals(1, Api.as(lender).get("/api/v1/loans/" + id).jsonPath().getList("custody.action").stream()
                .filter("REMINDED"::equals).count());
        Api.as(lender).queryParam("state", "OVERDUE").get("/api/v1/loans").then().body("id", hasItem((int) id));
        clock.reset();
        Api.as(lender).contentType(ContentType.JSON).body(Map.of("returnedBy", "阿姨", "signature", SIGNATURE))
                .post("/api/v1/loans/" + id + "/return").then().statusCode(200);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "businessKey = ?1 and channel = 'IN_APP'", key).firstResult().clearedAt), "off the banner once back");
    }

    @Test
    void thePageLendsWithMessagesNextToTheFieldsAndTakesItBackWithASignature() {
        Browser desk = Browser.signIn("desk");
        Document refused = Jsoup.parse(desk.post("/loans", Map.of("kind", "KEY", "description", "",
                "borrowerKind", "CONTRACTOR", "borrowerName", "王師傅", "depositIdType", "NATIONAL_ID",
                "depositIdLast4", "A123456789", "dueBackAt", "")).asString());
        assertNotNull(refused.selectFirst("input[name=description][aria-invalid=true]"), refused.text());
        assertNotNull(refused.selectFirst("input[name=depositIdLast4][aria-invalid=true]"));
        assertNotNull(refused.selectFirst("input[name=dueBackAt][aria-invalid=true]"));
        String description = "會議室投影機 " + UUID.randomUUID().toString().substring(0, 6);
        String due = java.time.LocalDateTime.now(ZoneId.of("Asia/Taipei")).plusHours(3).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        Document lent = Jsoup.parse(desk.post("/loans", Map.of("kind", "TOOL", "description", description,
                "borrowerKind", "CONTRACTOR", "borrowerName", "王師傅", "depositIdType", "NATIONAL_ID",
                "depositIdLast4", "9876", "dueBackAt", due)).asString());
        var row = lent.select("tr.loan").stream().filter(r -> r.text().contains(description)).findFirst().orElseThrow();
        long id = Long.parseLong(row.id().replace("loan-", ""));
        assertTrue(lent.select("#id-held-" + id).size() == 1, "the ID is listed as held");
        Document unsigned = Jsoup.parse(desk.post("/loans/" + id + "/return", Map.of("returnedBy", "王師傅"))
                .asString());
        assertTrue(unsigned.select(".field-error").text().length() > 0, "the signature is asked for");
        Document back = Jsoup.parse(desk.post("/loans/" + id + "/return", Map.of("returnedBy", "王師傅",
                "signature", SIGNATURE)).asString());
        assertNotNull(back.selectFirst("img[src=/loans/" + id + "/signature]"), back.text());
    }

    static long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("businessKey = ?1 and channel = 'IN_APP'",
                key));
    }
}
