package steward.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.billing.AccountService;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.web.Words;

/** The arrears pages: the list and its htmx fragment, a case's forms with their messages, roles. */
@QuarkusTest
class ArrearsPagesTest {

    @Inject
    ArrearsFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
        clock.set(Instant.parse("2035-02-10T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The items are named once, and said in the script's language: the same list reads in each. */
    @Test
    void theCallScriptListsTheItemsOwedAsTheReadersLanguageLists() {
        List<Words> items = List.of(AccountService.itemName(FeeItem.MANAGEMENT_FEE),
                AccountService.itemName(FeeItem.PARKING_MONTHLY));
        String english = MessageBundles.get(ArrearsMessages.class, Localized.Literal.of("en"))
                .call_script("Good Steward", "Mr Chen", "A-502", items, "HKD 1,200");
        assertTrue(english.contains("the Management fee, Monthly parking, HKD 1,200 in all"), english);
        String traditional = MessageBundles.get(ArrearsMessages.class, Localized.Literal.of("zh-Hant"))
                .call_script("好管家物業", "陳先生", "A-502", items, "HKD 1,200");
        assertTrue(traditional.contains("的 管理費、月租車位,合計"), traditional);
    }

    @Test
    void theListItsFragmentAndOpeningACase() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("8000000", 50);
        fixtures.refresh();
        Browser service = Browser.signIn("service");

        Document page = Jsoup.parse(service.get("/arrears").then().statusCode(200).extract().asString());
        assertEquals("欠費催收", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("#arrears-unit-" + unit.unitId()), "the unit in arrears is listed");
        assertTrue(page.selectFirst("#arrears-unit-" + unit.unitId() + " .overdue").text().contains("8,000,000"));

        Response fragment = service.htmx("/arrears?sort=AGE&minDays=40");
        fragment.then().statusCode(200).header("Vary", "HX-Request");
        String html = fragment.asString();
        assertFalse(html.contains("<html"), "only the rows");
        assertNotNull(Jsoup.parse(html).selectFirst("#arrears-rows #arrears-unit-" + unit.unitId()));

        Document refused = Jsoup.parse(service.get("/arrears?minDays=abc").then().statusCode(400).extract().asString());
        assertEquals("true", refused.selectFirst("input[name=minDays]").attr("aria-invalid"));

        Response opened = service.post("/arrears/cases", Map.of("unitId", String.valueOf(unit.unitId())));
        opened.then().statusCode(200);
        String location = opened.header("HX-Redirect");
        assertTrue(location.matches("/arrears/cases/\\d+"), location);

        Document again = Jsoup.parse(service.post("/arrears/cases", Map.of("unitId", String.valueOf(unit.unitId())))
                .then().statusCode(200).extract().asString());
        assertTrue(again.selectFirst("#arrears-rows .error").text().contains("#"), "already open: the case is named");

        Document casePage = Jsoup.parse(service.get(location).then().statusCode(200).extract().asString());
        assertTrue(casePage.selectFirst(".call-script").text().contains("好管家物業"), "the call script names the company");
        assertTrue(casePage.selectFirst(".call-script").text().contains("8,000,000"), "and the amount");
        assertNotNull(casePage.selectFirst(".visit-after-phone"), "a visit only after a call");
        assertEquals(null, casePage.selectFirst("form.visit-form"));
    }

    @Test
    void aCaseWhoseResidentHasNoPhoneOnFileHasNoNumberToDial() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("900", 20);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/dial").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aCaseFormComesBackWithTheMessageNextToTheField() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("900", 20);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Browser cashier = Browser.signIn("cashier");
        String path = "/arrears/cases/" + caseId + "/contacts";

        Document pastTime = Jsoup.parse(cashier.post(path, Map.of("kind", "PHONE", "outcome", "APPOINTMENT_AGREED",
                "appointmentAt", "2035-02-01T10:00")).then().statusCode(200).extract().asString());
        assertEquals("true", pastTime.selectFirst(".phone-form input[name=appointmentAt]").attr("aria-invalid"));
        assertNotNull(pastTime.selectFirst(".phone-form .field-error"));

        Document called = Jsoup.parse(cashier.post(path, Map.of("kind", "PHONE", "outcome", "REACHED"))
                .then().statusCode(200).extract().asString());
        assertEquals("已聯繫上", called.selectFirst(".contact-outcome").text());
        assertNotNull(called.selectFirst("form.visit-form"), "after the call, the visit form");

        Document noNotes = Jsoup.parse(cashier.post(path, Map.of("kind", "VISIT", "outcome", "VISIT_SCHEDULED",
                "appointmentAt", "2035-02-12T10:00")).then().statusCode(200).extract().asString());
        assertEquals("true", noNotes.selectFirst(".visit-form input[name=notes]").attr("aria-invalid"));
        assertEquals(1, noNotes.select(".contact").size(), "nothing stored");

        Document held = Jsoup.parse(cashier.post("/arrears/cases/" + caseId + "/hold", Map.of("reason", "有爭議"))
                .then().statusCode(200).extract().asString());
        assertTrue(held.selectFirst("#case-hold").text().contains("有爭議"));
        Document heldAgain = Jsoup.parse(cashier.post("/arrears/cases/" + caseId + "/release", Map.of())
                .then().statusCode(403).extract().asString());
        assertNotNull(heldAgain);

        Document printable = Jsoup.parse(cashier.get("/arrears/cases/" + caseId + "/statement").then().statusCode(200)
                .extract().asString());
        assertTrue(printable.selectFirst(".statement-total").text().contains("900"));
    }

    /** 三(五)2: the home visit's courtesy, and 三(五)4–5: the complaint met calmly, on the case in each language. */
    @Test
    void theCasePageShowsTheCourtesyOfAHomeVisitAndOfAComplaintInEachLanguage() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("300", 20);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String path = "/arrears/cases/" + caseId;
        Document traditional = Jsoup.parse(Browser.signIn("service").get(path).asString());
        String visit = traditional.selectFirst("[aria-labelledby=visit-heading]").text();
        assertTrue(visit.contains("要尊重客戶的生活習慣和個人喜好") && visit.contains("因工作造成的打擾應誠懇道歉")
                && visit.contains("不能對客戶家裡有任何評價"), visit);
        assertTrue(visit.contains("不好意思打擾您了"), "the apology to say: " + visit);
        String complaint = traditional.selectFirst("[aria-labelledby=complaint-heading]").text();
        assertTrue(complaint.contains("理智冷靜") && complaint.contains("及時報告上一級領導")
                && complaint.contains("誠摯道歉並虛心接受"), complaint);

        Document simplified = Jsoup.parse(Browser.signIn("service").language("zh-Hans").get(path).asString());
        assertTrue(simplified.selectFirst("[aria-labelledby=visit-heading]").text().contains("尊重客户的生活习惯"),
                simplified.selectFirst("[aria-labelledby=visit-heading]").text());
        Document english = Jsoup.parse(Browser.signIn("service").language("en").get(path).asString());
        String englishVisit = english.selectFirst("[aria-labelledby=visit-heading]").text();
        assertTrue(englishVisit.contains("respect the household's habits") && englishVisit.contains("never comment on "
                + "the home") && englishVisit.contains("I am sorry to disturb you"), englishVisit);
    }

    @Test
    void rolesAndSites() {
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("100", 20);
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Browser.signIn("desk").get("/arrears").then().statusCode(403);
        Browser.signIn("desk").get("/arrears/cases/" + caseId).then().statusCode(403);
        Browser.signIn(CashierFixtures.OTHER_SITE_CASHIER).get("/arrears/cases/" + caseId).then().statusCode(404);
        Browser.signIn("supervisor").get("/arrears/cases/" + caseId).then().statusCode(200);
    }
}
