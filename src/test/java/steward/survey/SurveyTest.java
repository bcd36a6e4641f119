package steward.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.resident.Resident;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The resident's word (issue 20): resolving a complaint sends the resident a survey link by the channel they
 * consented to, in their language; the public page shows nothing but the complaint's category and date; the link
 * is single-use, signed (a forged one is refused), expires after 14 days, and the page is rate-limited; the
 * answer sits beside the staff member's entry and counts on the dashboard; a low score sends the complaint back.
 */
@QuarkusTest
class SurveyTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9._-]+)");

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    TestSites.FreshSite site;

    /** A client address of its own per test (behind the trusted local proxy), so rate limits do not meet. */
    String address;

    @BeforeEach
    void setUp() {
        sites.ensure();
        site = sites.freshSite("word");
        address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":"
                + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
        QuarkusTransaction.requiringNew().run(() -> {
            Resident resident = Resident.findById(site.residentId());
            resident.recordEmailConsent(true, clock.instant(), steward.resident.ConsentMethod.IN_WRITING);
            resident.email = "lin-" + site.prefix() + "@example.com";
            resident.preferredLanguage = "zh-Hans";
        });
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /** A complaint of the fresh site's resident, resolved by its service account: the token of the link sent. */
    String resolvedComplaint(long[] complaintId) {
        long id = Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("residentId",
                site.residentId(), "channel", "PHONE", "category", "CLEANLINESS", "severity", "LOW",
                "description", "私密描述:三樓住戶堆放垃圾")).post("/api/v1/complaints").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        complaintId[0] = id;
        Api.as(site.account("service")).contentType(ContentType.JSON).body(Map.of("resolution", "已清除並勸導",
                "satisfaction", 5)).post("/api/v1/complaints/" + id + "/resolve").then().statusCode(200);
        JsonPath surveys = Api.as(site.account("service")).get("/api/v1/complaints/" + id + "/surveys").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("EMAIL", surveys.getString("[0].channels"), "the channel the resident consented to");
        long survey = surveys.getLong("[0].id");
        Notification sent = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "businessKey = ?1", "survey:" + survey + ":invitation").firstResult());
        assertEquals("zh-Hans", sent.language);
        assertTrue(sent.body.contains("您反映的问题已处理完毕"), "in the resident's language: " + sent.body);
        Matcher link = LINK.matcher(sent.body);
        assertTrue(link.find(), sent.body);
        return link.group(1);
    }

    Response get(String token) {
        return Api.anonymous().header("X-Forwarded-For", address).get("/survey/" + token);
    }

    /** The resident's browser, as the survey page left it: its cookies and the form's CSRF field. */
    record Visit(Map<String, String> cookies, String csrfName, String csrfValue) {
    }

    /** Opens the page of a valid link, as the resident does before answering. */
    Visit visit(String token) {
        Response page = get(token);
        var field = Jsoup.parse(page.asString()).selectFirst("form.survey-form input[type=hidden]");
        assertNotNull(field, "the form of an open survey");
        return new Visit(page.cookies(), field.attr("name"), field.attr("value"));
    }

    /** Sends the form from a page the resident opened (to this link, or, as a forger would, to another). */
    Response answer(Visit visit, String token, Map<String, String> form) {
        return Api.anonymous().header("X-Forwarded-For", address).cookies(visit.cookies()).formParams(form)
                .formParam(visit.csrfName(), visit.csrfValue()).post("/survey/" + token);
    }

    @Test
    void theResidentAnswersOnceWithoutSigningInAndTheAnswerSitsBesideTheStaffEntry() {
        long[] complaint = new long[1];
        String token = resolvedComplaint(complaint);
        Response opened = get(token);
        assertEquals(200, opened.statusCode());
        Document page = Jsoup.parse(opened.asString());
        assertTrue(page.text().contains("清洁") || page.text().contains("清潔"), page.text());
        assertFalse(page.text().contains("私密描述"), "nothing about the complaint beyond its title");
        assertEquals("zh-Hans", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("input[name=satisfaction][value=5]"));

        Visit visit = visit(token);
        Response refused = answer(visit, token, Map.of("promiseKept", "YES"));
        assertEquals(400, refused.statusCode());
        assertFalse(Jsoup.parse(refused.asString()).select(".field-error").isEmpty());

        Response recorded = answer(visit, token, Map.of("satisfaction", "4", "promiseKept", "YES", "comment", "清潔阿姨很辛苦"));
        assertEquals(200, recorded.statusCode());
        assertEquals(1, Jsoup.parse(recorded.asString()).select("#survey-status").size());
        Response again = answer(visit, token, Map.of("satisfaction", "1", "promiseKept", "NO"));
        assertTrue(Jsoup.parse(again.asString()).selectFirst("#survey-status").text().contains("已经填写过"),
                "a link used once is used up");
        JsonPath surveys = Api.as(site.account("supervisor")).get("/api/v1/complaints/" + complaint[0] + "/surveys")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, surveys.getInt("[0].satisfaction"), "the first answer stands");
        assertEquals("YES", surveys.getString("[0].promiseKept"));
        Api.as(site.account("service")).get("/api/v1/complaints/" + complaint[0]).then().body("state", equalTo("RESOLVED"))
                .body("satisfaction", equalTo(5));

        Document shown = Jsoup.parse(Browser.signIn(site.account("service")).get("/complaints/" + complaint[0])
                .asString());
        assertTrue(shown.selectFirst(".resident-word").text().contains("清潔阿姨很辛苦"), shown.text());
        assertNotNull(shown.selectFirst(".satisfaction"), "beside the staff member's own entry");

        JsonPath dashboard = Api.as(site.account("supervisor")).get("/api/v1/dashboard").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(1, dashboard.getInt("today.find { it.key == 'surveys' }.figures.find { it.key == 'answered' }.count"));
        assertEquals(1, dashboard.getInt("today.find { it.key == 'surveys' }.figures.find { it.key == 'score_4' }.count"));
        Map<String, Number> counts = dashboard.getMap("staff.find { it.username == '" + site.account("service")
                + "' }.counts");
        assertEquals(1, counts.get("surveys_answered").intValue());
        assertEquals(1, counts.get("residents_satisfied").intValue());
    }

    @Test
    void aRefusalOnTheSurveyIsInTheResidentsLanguageWhateverTheBrowserAsksFor() {
        String token = resolvedComplaint(new long[1]);
        Visit visit = visit(token);
        for (String browser : List.of("en", "zh-Hant")) {
            Response refused = Api.anonymous().header("X-Forwarded-For", address).header("Accept-Language", browser)
                    .cookies(visit.cookies()).formParams(Map.of("promiseKept", "YES"))
                    .formParam(visit.csrfName(), visit.csrfValue()).post("/survey/" + token);
            assertEquals(400, refused.statusCode());
            Document page = Jsoup.parse(refused.asString());
            assertEquals("zh-Hans", page.selectFirst("html").attr("lang"), "the page in the resident's language");
            assertEquals("请选择 1 到 5 分", page.select(".field-error").text(),
                    "the score's refusal in the resident's language, asked for in " + browser);
        }
    }

    @Test
    void aForgedOrAlteredLinkIsRefusedAndAnExpiredOneSaysSo() {
        long[] complaint = new long[1];
        String token = resolvedComplaint(complaint);
        String[] parts = token.split("\\.");
        assertEquals(404, get(parts[0] + "." + parts[1] + ".forged").statusCode(), "a forged signature");
        assertEquals(404, get((Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2]).statusCode(),
                "another survey's id under this signature");
        assertEquals(404, get("not-a-token").statusCode());
        Visit visit = visit(token);
        assertEquals(404, answer(visit, parts[0] + "." + parts[1] + ".forged", Map.of("satisfaction", "5",
                "promiseKept", "YES")).statusCode());
        clock.set(Instant.now().plus(Duration.ofDays(15)));
        Response expired = get(token);
        assertEquals(410, expired.statusCode());
        assertTrue(Jsoup.parse(expired.asString()).text().contains("已过期"), expired.asString());
        assertEquals(410, answer(visit, token, Map.of("satisfaction", "5", "promiseKept", "YES")).statusCode());
        Api.as(site.account("service")).get("/api/v1/complaints/" + complaint[0] + "/surveys").then()
                .body("[0].state", equalTo("SENT"));
    }

    @Test
    void aLowScoreSendsTheComplaintBackToTheSupervisors() {
        long[] complaint = new long[1];
        String token = resolvedComplaint(complaint);
        assertEquals(200, answer(visit(token), token, Map.of("satisfaction", "2", "promiseKept", "NO", "comment",
                "垃圾又堆回來了")).statusCode());
        JsonPath now = Api.as(site.account("supervisor")).get("/api/v1/complaints/" + complaint[0]).then().extract()
                .jsonPath();
        assertEquals("ESCALATED", now.getString("state"));
        assertEquals("resident", now.getString("events.find { it.kind == 'REOPENED' }.actor"));
        assertEquals("垃圾又堆回來了", now.getString("events.find { it.kind == 'REOPENED' }.text"));
        long survey = Api.as(site.account("supervisor")).get("/api/v1/complaints/" + complaint[0] + "/surveys").jsonPath()
                .getLong("[0].id");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Notification.count("businessKey = ?1 and channel "
                + "= 'IN_APP'", "survey:" + survey + ":low:" + site.account("supervisor"))));
        Api.as(site.account("supervisor")).get("/api/v1/dashboard").then()
                .body("today.find { it.key == 'surveys' }.figures.find { it.key == 'reopened' }.count", equalTo(1));
    }

    @Test
    void thePublicPageIsRateLimitedPerClientAddress() {
        Response last = null;
        for (int i = 0; i < 61; i++) {
            last = get("x.y.z" + i);
        }
        assertEquals(429, last.statusCode());
        assertNotNull(last.header("Retry-After"));
        address = "2001:db8:1::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
        assertEquals(404, get("x.y.z").statusCode(), "another address is not held back");
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/complaints/987654321/surveys").then().statusCode(404);
    }

}
