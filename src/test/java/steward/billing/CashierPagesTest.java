package steward.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/** The till's pages and htmx fragments as a cashier's tablet uses them. */
@QuarkusTest
class CashierPagesTest {

    static final String PHRASE = "這是您的發票和零錢,請收好";

    @Inject
    TestSites sites;

    @Inject
    CashierFixtures fixtures;

    @Inject
    TestClock clock;

    CashierFixtures.FreshUnit unit;

    @BeforeEach
    void fixtures() {
        sites.ensure();
        fixtures.ensure();
        unit = fixtures.newUnit();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTillIsTheCashiersStartPageAndFindsUnits() {
        Browser cashier = Browser.signIn("cashier");
        Response home = cashier.get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/cashier"));
        Document page = Jsoup.parse(cashier.get("/cashier").asString());
        assertNotNull(page.selectFirst("input[name=q][hx-get=/cashier]"));
        assertTrue(page.select("nav a").eachText().containsAll(java.util.List.of("收費櫃檯", "收費標準", "日結")));

        Document fragment = Jsoup.parseBodyFragment(cashier.htmx("/cashier?q=" + unit.label()).asString());
        assertNull(fragment.selectFirst("header.topbar"), "a fragment, not a page");
        assertEquals("/cashier/units/" + unit.unitId(), fragment.selectFirst("a.unit-result").attr("href"));
    }

    @Test
    void aCashPaymentShowsTheChangeInLargeTypeWithThePhrase() {
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1000.00", LocalDate.of(2026, 1, 31));
        long newer = fixtures.charge(unit.unitId(), FeeItem.PARKING_CARD, "100.00", LocalDate.of(2026, 2, 5));
        Browser cashier = Browser.signIn("cashier");
        Document page = Jsoup.parse(cashier.get("/cashier/units/" + unit.unitId()).asString());
        assertEquals(2, page.select("input[name=chargeIds][checked]").size(), "every line due is chosen");
        assertEquals("1100.00", page.selectFirst("input[name=amount]").val());
        String key = page.selectFirst("input[name=idempotencyKey]").val();
        String another = Jsoup.parse(cashier.get("/cashier/units/" + unit.unitId()).asString())
                .selectFirst("input[name=idempotencyKey]").val();
        assertNotEquals(key, another, "a key per form shown");

        Document amount = Jsoup.parseBodyFragment(cashier.htmx("/cashier/units/" + unit.unitId() + "/amount?chargeIds="
                + newer).asString());
        assertEquals("100.00", amount.selectFirst("input[name=amount]").val(), "the amount follows the lines ticked");

        Map<String, String> form = Map.of("idempotencyKey", key, "amount", "1100", "method", "CASH", "tendered", "2000");
        Response paid = cashier.post("/cashier/units/" + unit.unitId() + "/payments", form);
        assertEquals(200, paid.statusCode());
        Document fragment = Jsoup.parseBodyFragment(paid.asString());
        assertEquals("900.00", fragment.selectFirst(".change").text());
        assertTrue(fragment.selectFirst(".big-phrase").text().contains(PHRASE));
        assertTrue(fragment.selectFirst(".farewell").text().contains("「先生/小姐,再見!」"),
                "the seed's farewell to the customer (三(一)5): " + fragment.selectFirst(".farewell").text());
        String receiptNo = fragment.selectFirst(".receipt-no strong").text();

        Document again = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/payments", form)
                .asString());
        assertEquals(receiptNo, again.selectFirst(".receipt-no strong").text(), "a double tap: the same receipt");
        Map<String, String> changed = new HashMap<>(form);
        changed.put("amount", "1000");
        Document conflict = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/payments",
                changed).asString());
        assertTrue(conflict.selectFirst("p.error").text().contains(receiptNo));
        assertEquals(1, PaymentTest.statement(unit.unitId()).getList("lines.findAll { it.kind == 'PAYMENT' }").size());
    }

    @Test
    void badInputComesBackNextToTheFieldAndNothingIsStored() {
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "500.00", LocalDate.of(2026, 1, 31));
        Browser cashier = Browser.signIn("cashier");
        Document short_ = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/payments",
                Map.of("idempotencyKey", PaymentTest.key(), "amount", "500", "method", "CASH", "tendered", "300"))
                .asString());
        assertEquals("true", short_.selectFirst("input[name=tendered]").attr("aria-invalid"));
        assertFalse(short_.select(".field-error").text().isBlank());
        Document negative = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/payments",
                Map.of("idempotencyKey", PaymentTest.key(), "amount", "-500", "method", "CASH")).asString());
        assertEquals("true", negative.selectFirst("input[name=amount]").attr("aria-invalid"));
        assertEquals("-500", negative.selectFirst("input[name=amount]").val(), "what was typed stays");

        Document fullId = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/cards",
                Map.of("kind", "ACCESS", "residentId", String.valueOf(unit.residentId()), "idType", "NATIONAL_ID",
                        "idLast4", "A123456789")).asString());
        assertEquals("true", fullId.selectFirst("input[name=idLast4]").attr("aria-invalid"));
        assertTrue(fullId.select(".field-error").text().contains("末四碼"));
        assertEquals(1, PaymentTest.statement(unit.unitId()).getList("lines").size(), "only the charge");
    }

    @Test
    void aCardIssuedAtTheTillIsChargedAndTheReceiptPrintsOnceAsOriginalThenAsCopy() {
        Browser cashier = Browser.signIn("cashier");
        Response issued = cashier.post("/cashier/units/" + unit.unitId() + "/cards", Map.of("kind", "PARKING",
                "residentId", String.valueOf(unit.residentId()), "idType", "DRIVING_LICENCE", "idLast4", "4321",
                "plateNumber", "RAB-5678", "parkingSpace", "B1-101", "spaceType", "CAR"));
        String next = issued.header("HX-Redirect");
        assertTrue(next.startsWith("/cashier/units/" + unit.unitId() + "?card="), next);
        Document account = Jsoup.parse(cashier.get(next).asString());
        assertTrue(account.selectFirst(".notice-ok").text().contains("已發卡"));
        assertEquals("600.00", account.selectFirst("input[name=amount]").val());
        assertTrue(account.select(".card-row .card-number").text().startsWith("P"));

        String receiptNo = Jsoup.parseBodyFragment(cashier.post("/cashier/units/" + unit.unitId() + "/payments",
                Map.of("idempotencyKey", account.selectFirst("input[name=idempotencyKey]").val(), "amount", "600",
                        "method", "CASH", "tendered", "1000")).asString()).selectFirst(".receipt-no strong").text();

        String first = cashier.post("/cashier/receipts/" + receiptNo + "/prints", Map.of("paper", "THERMAL_80MM"))
                .header("HX-Redirect");
        Document original = Jsoup.parse(cashier.get(first).asString());
        assertNotNull(original.selectFirst("article.receipt.paper-THERMAL_80MM"));
        assertEquals("正本", original.selectFirst(".original-mark").text());
        assertNull(original.selectFirst(".copy-mark"));
        assertEquals(receiptNo, original.selectFirst(".receipt-no").text());
        String second = cashier.post("/cashier/receipts/" + receiptNo + "/prints", Map.of("paper", "A4"))
                .header("HX-Redirect");
        Document copy = Jsoup.parse(cashier.get(second).asString());
        assertEquals("副本", copy.selectFirst(".copy-mark").text());
        assertNotNull(copy.selectFirst("article.receipt.paper-A4"));
        assertEquals(400, cashier.post("/cashier/receipts/" + receiptNo + "/prints", Map.of("paper", "NAPKIN"))
                .statusCode());
    }

    @Test
    void aSupervisorVoidsOnTheReceiptPageAndACashierCannot() {
        String receiptNo = PaymentTest.pay(PaymentTest.key(), Map.of("unitId", unit.unitId(), "amount", "300",
                "method", "CARD")).then().statusCode(201).extract().path("receiptNo");
        Browser cashier = Browser.signIn("cashier");
        Document page = Jsoup.parse(cashier.get("/cashier/receipts/" + receiptNo).asString());
        assertNull(page.selectFirst("form[action$=/void]"), "no void form for a cashier");
        assertEquals(403, cashier.post("/cashier/receipts/" + receiptNo + "/void", Map.of("reason", "想作廢")).statusCode());

        Browser supervisor = Browser.signIn("supervisor");
        Document empty = Jsoup.parseBodyFragment(supervisor.post("/cashier/receipts/" + receiptNo + "/void",
                Map.of("reason", "")).asString());
        assertEquals("true", empty.selectFirst("input[name=reason]").attr("aria-invalid"));
        Document voided = Jsoup.parseBodyFragment(supervisor.post("/cashier/receipts/" + receiptNo + "/void",
                Map.of("reason", "金額輸入錯誤")).asString());
        assertTrue(voided.selectFirst(".void-note").text().contains("金額輸入錯誤"));
        assertEquals("已作廢", Jsoup.parse(supervisor.get("/cashier/receipts/" + receiptNo).asString())
                .selectFirst(".void-mark").text());
    }

    @Test
    void theStatementTheFeeSheetAndTheCloseArePages() {
        fixtures.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1815.00", LocalDate.of(2026, 1, 31));
        Browser cashier = Browser.signIn("cashier");
        Document statement = Jsoup.parse(cashier.get("/cashier/units/" + unit.unitId() + "/statement").asString());
        assertEquals("1,815.00", statement.selectFirst(".statement-balance").text());
        assertTrue(statement.select(".statement-lines tbody td").eachText().contains("管理費 2026-01"));

        Browser desk = Browser.signIn("desk");
        Document fees = Jsoup.parse(desk.get("/cashier/fees").asString());
        assertTrue(fees.select("table.fees td").eachText().contains("門禁卡"));
        assertNull(fees.selectFirst("#fee-form"), "only supervisors change prices");
        assertEquals(403, desk.get("/cashier").statusCode());
        Browser supervisor = Browser.signIn("supervisor");
        Document badPrice = Jsoup.parseBodyFragment(supervisor.post("/cashier/fees", Map.of("item", "FAX_PAGE",
                "price", "五元", "effectiveFrom", "2045-01-01")).asString());
        assertEquals("true", badPrice.selectFirst("input[name=price]").attr("aria-invalid"));
        assertEquals("/cashier/fees", supervisor.post("/cashier/fees", Map.of("item", "FAX_PAGE", "price", "6",
                "effectiveFrom", "2045-01-01")).header("HX-Redirect"));
        assertTrue(Jsoup.parse(desk.get("/cashier/fees").asString()).select("table.fees td").eachText()
                .contains("2045-01-01"), "a price to come is on the sheet");
        assertEquals(403, Browser.signIn("service").get("/cashier/fees").statusCode());
        assertEquals(404, Browser.signIn(CashierFixtures.OTHER_SITE_CASHIER).get("/cashier/units/" + unit.unitId())
                .statusCode());

        clock.set(Instant.parse("2033-08-08T03:00:00Z"));
        cashier = Browser.signIn("cashier"); // years later: the earlier session has long expired
        Document tooLong = Jsoup.parseBodyFragment(cashier.post("/cashier/close",
                Map.of("date", "2033-08-08", "counted", "0", "note", "差".repeat(501))).asString());
        assertEquals("true", tooLong.selectFirst("input[name=note]").attr("aria-invalid"));
        assertEquals("最多 500 個字", tooLong.selectFirst(".field-error").text());
        Document badCount = Jsoup.parseBodyFragment(cashier.post("/cashier/close",
                Map.of("date", "2033-08-08", "counted", "99999999")).asString());
        assertEquals("請輸入正確的金額", badCount.selectFirst(".field-error").text());
        Document close = Jsoup.parseBodyFragment(cashier.post("/cashier/close",
                Map.of("date", "2033-08-08", "counted", "0")).asString());
        assertTrue(close.selectFirst(".notice-ok").text().contains("日結"), close.outerHtml());
        Document again = Jsoup.parseBodyFragment(cashier.post("/cashier/close",
                Map.of("date", "2033-08-08", "counted", "0")).asString());
        assertFalse(again.select("p.error").isEmpty() && again.select(".notice-ok").isEmpty());
        Document supervisorView = Jsoup.parse(Browser.signIn("supervisor").get("/cashier/close?date=2033-08-08").asString());
        assertTrue(supervisorView.select("table.closes td").eachText().contains("測試 cashier"));
    }

    /** The replace and return forms are plain forms: a refusal is the account page, the message at the card. */
    @Test
    void aRefusedReplacementOrReturnComesBackAtTheCardOnTheAccountPage() {
        Browser cashier = Browser.signIn("cashier");
        String issued = cashier.post("/cashier/units/" + unit.unitId() + "/cards", Map.of("kind", "ACCESS",
                "residentId", String.valueOf(unit.residentId()), "idType", "NATIONAL_ID", "idLast4", "1234"))
                .header("HX-Redirect");
        String card = issued.substring(issued.indexOf("?card=") + "?card=".length());
        String token = cashier.csrfToken();

        Response fullId = cashier.request().header("X-CSRF-TOKEN", token).formParams(Map.of("idType", "NATIONAL_ID",
                "idLast4", "A123456789")).post("/cashier/cards/" + card + "/replace");
        assertEquals(400, fullId.statusCode());
        Document page = Jsoup.parse(fullId.asString());
        org.jsoup.nodes.Element refused = page.selectFirst("details[open] form[action=/cashier/cards/" + card
                + "/replace]");
        assertNotNull(refused, "the refused form is open on the account page");
        assertEquals("true", refused.selectFirst("input[name=idLast4]").attr("aria-invalid"));
        assertEquals("A123456789", refused.selectFirst("input[name=idLast4]").val(), "what was typed stays");
        assertTrue(refused.select(".field-error").text().contains("末四碼"));

        Response returned = cashier.request().header("X-CSRF-TOKEN", token).formParams(Map.of("refund", "CREDIT"))
                .post("/cashier/cards/" + card + "/return");
        assertEquals(303, returned.statusCode());
        assertTrue(returned.header("Location").endsWith("/cashier/units/" + unit.unitId() + "?returned=" + card));
        Response again = cashier.request().header("X-CSRF-TOKEN", token).formParams(Map.of("refund", "CREDIT"))
                .post("/cashier/cards/" + card + "/return");
        assertEquals(409, again.statusCode());
        assertFalse(Jsoup.parse(again.asString()).select(".card-row p.error").text().isBlank(),
                "why the card cannot be returned, at the card");
    }

    /** 三(四)3–4: 「請、您」字不離口 when asking for the ID, and the pen and the form ready, in each language. */
    @Test
    void theCardFormAsksForTheIdAndOffersThePenInEachLanguage() {
        String path = "/cashier/units/" + unit.unitId();
        Document traditional = Jsoup.parse(Browser.signIn("cashier").get(path).asString());
        String card = traditional.selectFirst("#card-issue").text();
        assertTrue(card.contains("請您出示身分證件") && card.contains("筆在這裡"), card);
        assertTrue(card.contains("條理清晰,不急不躁"), "the seed's manner (三(一)4): " + card);
        String simplified = Jsoup.parse(Browser.signIn("cashier").language("zh-Hans").get(path).asString())
                .selectFirst("#card-issue").text();
        assertTrue(simplified.contains("请您出示身份证件") && simplified.contains("笔在这里"), simplified);
        String english = Jsoup.parse(Browser.signIn("cashier").language("en").get(path).asString())
                .selectFirst("#card-issue").text();
        assertTrue(english.contains("May I see your ID, please?") && english.contains("here is a pen"), english);
    }

    @Test
    void theTillSpeaksTheUsersLanguage() {
        Browser cashier = Browser.signIn("cashier");
        assertEquals("Find a resident", Jsoup.parse(cashier.request().cookie("steward-lang", "en").get("/residents")
                .asString()).selectFirst("h1").text(), "every page returned by a resource, not only the till's");
        String english = cashier.request().cookie("steward-lang", "en").get("/cashier/units/" + unit.unitId()).asString();
        assertTrue(english.contains("Take payment") && english.contains("Issue a card"));
        Map<String, String> form = Map.of("idempotencyKey", PaymentTest.key(), "amount", "10", "method", "CASH",
                "tendered", "20");
        String token = cashier.csrfToken();
        String simplified = cashier.request().cookie("steward-lang", "zh-Hans").header("HX-Request", "true")
                .header("X-CSRF-TOKEN", token).formParams(form)
                .post("/cashier/units/" + unit.unitId() + "/payments").asString();
        assertTrue(simplified.contains("这是您的发票和零钱,请收好"), simplified);
    }

    private static void assertNull(Object value, String message) {
        org.junit.jupiter.api.Assertions.assertNull(value, message);
    }

    private static void assertNull(Object value) {
        org.junit.jupiter.api.Assertions.assertNull(value);
    }
}
