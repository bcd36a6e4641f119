package steward.arrears;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.support.Api;
import steward.support.Browser;

/**
 * Supervisors keep the site's collection rules: the order (the page says which one the seed asks for), who gets a
 * new case, and each rule; the next evaluation follows them, and bad rules are refused. The rule mechanics are
 * shown on a site that sends messages first, whose rules are all automated.
 */
@QuarkusTest
class ArrearsRulesTest {

    @Inject
    ArrearsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
        fixtures.policy("MESSAGES_FIRST", "service");
    }

    /** The rules are the whole site's: the next test starts again from the configured defaults. */
    @AfterEach
    void defaultRules() {
        fixtures.defaultPolicy();
    }

    @Test
    void theSupervisorMovesTheFirstReminderOnThePageAndTheNextEvaluationFollowsIt() {
        Api.as("service").get("/api/v1/arrears/rules").then().statusCode(200)
                .body("code", equalTo(List.of("FIRST_SMS", "SMS_AND_EMAIL", "STAFF_CALL", "WRITTEN_DEMAND")))
                .body("daysOverdue", equalTo(List.of(15, 30, 60, 90)));
        CashierFixtures.FreshUnit early = fixtures.unitOwing("500", 12);
        fixtures.evaluate();
        assertEquals(List.of(), ruleCodes(early), "12 days overdue: nothing under the 15-day rule");

        Browser supervisor = Browser.signIn("supervisor");
        Document changed = Jsoup.parse(supervisor.post("/arrears/rules/FIRST_SMS",
                Map.of("daysOverdue", "10", "action", "SMS", "enabled", "true")).asString());
        assertEquals("10", ruleForm(changed, "FIRST_SMS").selectFirst("input[name=daysOverdue]").val());

        fixtures.evaluate();
        assertEquals(List.of("FIRST_SMS"), ruleCodes(early), "the next evaluation uses the new day");
    }

    @Test
    void aRuleTurnedOffRemindsNoMoreAndANewRuleAddsAStep() {
        change("supervisor", "SMS_AND_EMAIL", Map.of("enabled", false)).then().statusCode(200)
                .body("enabled", equalTo(false)).body("daysOverdue", equalTo(30));
        CashierFixtures.FreshUnit unit = fixtures.unitOwing("800", 35);
        fixtures.evaluate();
        assertEquals(List.of("FIRST_SMS"), ruleCodes(unit), "the 30-day reminder is off");

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("daysOverdue", 45, "action", "STAFF_CALL"))
                .post("/api/v1/arrears/rules").then().statusCode(201).body("code", equalTo("D45_STAFF_CALL"));
        CashierFixtures.FreshUnit later = fixtures.unitOwing("800", 50);
        fixtures.evaluate();
        assertTrue(ruleCodes(later).contains("D45_STAFF_CALL"), ruleCodes(later).toString());
        assertTrue(!ruleCodes(later).contains("STAFF_CALL"), "the 60-day call is not due yet");
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndNothingChanges() {
        refused(change("supervisor", "FIRST_SMS", Map.of("daysOverdue", "0")), "daysOverdue");
        refused(change("supervisor", "FIRST_SMS", Map.of("daysOverdue", "十五")), "daysOverdue");
        refused(change("supervisor", "FIRST_SMS", Map.of("action", "FAX")), "action");
        // Two reminders to the resident on the same day would remind twice.
        refused(change("supervisor", "SMS_AND_EMAIL", Map.of("daysOverdue", 15)), "daysOverdue");
        refused(Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("daysOverdue", 15, "action", "SMS"))
                .post("/api/v1/arrears/rules"), "daysOverdue");
        change("supervisor", "NO_SUCH_RULE", Map.of("daysOverdue", 20)).then().statusCode(404);
        Api.as("service").get("/api/v1/arrears/rules").then()
                .body("daysOverdue", equalTo(List.of(15, 30, 60, 90)))
                .body("enabled", equalTo(List.of(true, true, true, true)));

        Document page = Jsoup.parse(Browser.signIn("supervisor")
                .post("/arrears/rules/FIRST_SMS", Map.of("daysOverdue", "abc", "action", "SMS", "enabled", "true"))
                .asString());
        Element days = ruleForm(page, "FIRST_SMS").selectFirst("input[name=daysOverdue]");
        assertEquals("true", days.attr("aria-invalid"));
        assertEquals("abc", days.val(), "what was typed comes back next to its message");
        assertNotNull(days.parent().selectFirst(".field-error"));
    }

    @Test
    void onlySupervisorsChangeRulesAndOthersReadThem() {
        change("service", "FIRST_SMS", Map.of("daysOverdue", 5)).then().statusCode(403);
        Api.as("cashier").contentType(ContentType.JSON).body(Map.of("daysOverdue", 5, "action", "SMS"))
                .post("/api/v1/arrears/rules").then().statusCode(403);
        Api.as("desk").get("/api/v1/arrears/rules").then().statusCode(403);
        assertEquals(403, Browser.signIn("service")
                .post("/arrears/rules/FIRST_SMS", Map.of("daysOverdue", "5", "action", "SMS")).statusCode());

        Document read = Jsoup.parse(Browser.signIn("cashier").get("/arrears/rules").asString());
        assertTrue(read.select("form.rule-form").isEmpty(), "cashiers read the rules");
        assertTrue(read.selectFirst("li[data-rule=FIRST_SMS]").text().contains("15"));
        Api.as("service").get("/api/v1/arrears/rules").then().body("daysOverdue", hasItem(15));
    }

    @Test
    void theRulesPageSaysWhichOrderTheSeedAsksForAndThatNothingIsBlocked() {
        Browser cashier = Browser.signIn("cashier");
        Document page = Jsoup.parse(cashier.get("/arrears/rules").asString());
        assertTrue(page.selectFirst(".seed-order").text().contains("首先電話預約客戶,請其約定來交費的時間"),
                page.selectFirst(".seed-order").text());
        assertEquals("MESSAGES_FIRST", page.selectFirst(".order-current").attr("data-order"));
        assertTrue(page.selectFirst(".order-current").text().contains("先發訊息"));
        assertTrue(page.selectFirst(".no-blocking").text().contains("不會因欠費停用住戶的門禁卡"),
                page.selectFirst(".no-blocking").text());
        assertTrue(page.select("form.policy-form").isEmpty(), "only supervisors change the order");

        Document english = Jsoup.parse(Browser.signIn("service").language("en").get("/arrears/rules").asString());
        assertTrue(english.selectFirst(".seed-order").text().contains("First telephone the customer"));
        assertTrue(english.selectFirst(".no-blocking").text().contains("never blocks a resident's access card"));
        Document simplified = Jsoup.parse(Browser.signIn("service").language("zh-Hans").get("/arrears/rules")
                .asString());
        assertTrue(simplified.selectFirst(".seed-order").text().contains("首先电话预约客户"));
        assertTrue(simplified.selectFirst(".no-blocking").text().contains("不会因欠费停用住户的门禁卡"));
    }

    @Test
    void theSupervisorChoosesTheSeedsOrderOnThePageAndItsRulesReplaceTheOthers() {
        Browser supervisor = Browser.signIn("supervisor");
        Document changed = Jsoup.parse(supervisor.post("/arrears/policy", Map.of("callOrder", "PHONE_FIRST",
                "assignment", "ROUND_ROBIN", "assignee", "", "letterLanguage", "en")).asString());
        assertEquals("PHONE_FIRST", changed.selectFirst(".order-current").attr("data-order"));
        Api.as("service").get("/api/v1/arrears/rules").then()
                .body("findAll { it.enabled }.code", equalTo(List.of("FIRST_CALL", "STATEMENT", "WRITTEN_DEMAND")))
                .body("findAll { it.enabled }.action",
                        equalTo(List.of("STAFF_CALL", "STATEMENT_EMAIL", "WRITTEN_DEMAND")))
                .body("findAll { !it.enabled }.code", equalTo(List.of("FIRST_SMS", "SMS_AND_EMAIL", "STAFF_CALL")));
        Api.as("service").get("/api/v1/arrears/policy").then().statusCode(200)
                .body("callOrder", equalTo("PHONE_FIRST")).body("assignment", equalTo("ROUND_ROBIN"))
                .body("letterLanguage", equalTo("en"));
    }

    @Test
    void aNamedCollectorIsOneOfTheSitesCustomerServiceAndBadChoicesAreRefused() {
        refused(policy("supervisor", Map.of("callOrder", "PHONE_FIRST", "assignment", "NAMED", "letterLanguage",
                "zh-Hant")), "assignee");
        refused(policy("supervisor", Map.of("callOrder", "PHONE_FIRST", "assignment", "NAMED", "assignee", "cashier",
                "letterLanguage", "zh-Hant")), "assignee");
        refused(policy("supervisor", Map.of("callOrder", "PHONE_FIRST", "assignment", "ROUND_ROBIN",
                "letterLanguage", "fr")), "letterLanguage");
        refused(policy("supervisor", Map.of("callOrder", "FAX_FIRST", "assignment", "ROUND_ROBIN",
                "letterLanguage", "en")), "callOrder");
        policy("service", Map.of("callOrder", "PHONE_FIRST", "assignment", "ROUND_ROBIN", "letterLanguage", "en"))
                .then().statusCode(403);
        Api.as("desk").get("/api/v1/arrears/policy").then().statusCode(403);
        Api.as("service").get("/api/v1/arrears/policy").then().body("callOrder", equalTo("MESSAGES_FIRST"))
                .body("assignee", equalTo("service"));

        Document page = Jsoup.parse(Browser.signIn("supervisor").post("/arrears/policy", Map.of("callOrder",
                "PHONE_FIRST", "assignment", "NAMED", "assignee", "", "letterLanguage", "zh-Hant")).asString());
        Element assignee = page.selectFirst("form.policy-form select[name=assignee]");
        assertEquals("true", assignee.attr("aria-invalid"));
        assertNotNull(assignee.parent().selectFirst(".field-error"), "the message next to the field");
        assertEquals("MESSAGES_FIRST", page.selectFirst(".order-current").attr("data-order"), "nothing changed");
    }

    private static Response policy(String role, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).put("/api/v1/arrears/policy");
    }

    private static Response change(String role, String code, Map<String, Object> body) {
        return Api.as(role).contentType(ContentType.JSON).body(body).put("/api/v1/arrears/rules/" + code);
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Element ruleForm(Document page, String code) {
        return page.selectFirst("li[data-rule=" + code + "] form.rule-form");
    }

    private static List<String> ruleCodes(CashierFixtures.FreshUnit unit) {
        return QuarkusTransaction.requiringNew().call(() -> ArrearsReminder
                .<ArrearsReminder>list("unitId = ?1 order by id", unit.unitId()).stream().map(r -> r.ruleCode).toList());
    }
}
