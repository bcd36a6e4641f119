package steward.center;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.resident.Site;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** Improvement suggestions (三(四)2): proposed by anyone, decided by a supervisor with a reason, tracked to done. */
@QuarkusTest
class SuggestionTest {

    @Inject
    TestSites sites;

    @Inject
    CenterFigures figures;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    private static long propose(String who, String title) {
        return Api.as(who).contentType(ContentType.JSON).body(Map.of("title", title, "body", "收費窗口旁放一份常見收費標準的說明卡"))
                .post("/api/v1/suggestions").then().statusCode(201).body("state", equalTo("PROPOSED"))
                .body("proposer", equalTo(who)).extract().jsonPath().getLong("id");
    }

    @Test
    void acceptedSuggestionsAreTrackedToDoneAndCountOnTheProposersRecord() {
        long siteA = QuarkusTransaction.requiringNew().call(() -> Site.findByCode(TestSites.SITE_A).id);
        Instant from = Instant.now().minus(Duration.ofMinutes(1));
        List<CenterFigures.SuggestionRecord> before = figures.suggestionsPerStaff(siteA, from, Instant.now().plusSeconds(3600));
        long accepted = propose("cashier", "收費標準說明卡");
        long declined = propose("cashier", "每天延長營業");

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "很好,下週一開始"))
                .post("/api/v1/suggestions/" + accepted + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("decidedBy", equalTo("supervisor"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "人手不足"))
                .post("/api/v1/suggestions/" + declined + "/decline").then().statusCode(200)
                .body("state", equalTo("DECLINED")).body("decisionReason", equalTo("人手不足"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Notification.count("businessKey = ?1 and recipient = ?2",
                "suggestion:" + accepted + ":decided", "cashier")), "the proposer is told");

        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/suggestions/" + accepted + "/decline").then().statusCode(409);
        Api.as("desk").contentType(ContentType.JSON).post("/api/v1/suggestions/" + accepted + "/done").then().statusCode(403);
        Api.as("cashier").contentType(ContentType.JSON).post("/api/v1/suggestions/" + declined + "/done").then().statusCode(409);
        Api.as("cashier").contentType(ContentType.JSON).post("/api/v1/suggestions/" + accepted + "/done").then().statusCode(200)
                .body("state", equalTo("DONE"));
        Api.as("desk").queryParam("state", "DONE").get("/api/v1/suggestions").then().statusCode(200)
                .body("id", hasItem((int) accepted));

        CenterFigures.SuggestionRecord cashier = figures.suggestionsPerStaff(siteA, from, Instant.now().plusSeconds(3600))
                .stream().filter(r -> r.username().equals("cashier")).findFirst().orElseThrow();
        long earlier = before.stream().filter(r -> r.username().equals("cashier")).mapToLong(r -> r.proposed()).sum();
        assertEquals(earlier + 2, cashier.proposed());
        assertTrue(cashier.accepted() >= 1 && cashier.done() >= 1);
    }

    @Test
    void rolesOtherSitesAndBadInput() {
        long id = propose("desk", "前台放置雨傘套");
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("reason", "好"))
                .post("/api/v1/suggestions/" + id + "/accept").then().statusCode(403);
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "好"))
                .post("/api/v1/suggestions/" + id + "/accept").then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/suggestions/" + id).then().statusCode(404);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reason", "  "))
                .post("/api/v1/suggestions/" + id + "/accept").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("title", "", "body", "x".repeat(2001)))
                .post("/api/v1/suggestions").then().statusCode(400).body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("body"));
        Api.as("desk").queryParam("state", "MAYBE").get("/api/v1/suggestions").then().statusCode(400)
                .body("errors.field", hasItem("state"));
        Api.as("supervisor").get("/api/v1/suggestions/" + id).then().statusCode(200).body("state", equalTo("PROPOSED"));
    }

    @Test
    void thePageProposesAndTheSupervisorDecides() {
        Browser desk = Browser.signIn("desk");
        Document refused = Jsoup.parse(desk.post("/suggestions", Map.of("title", "", "body", "")).asString());
        assertNotNull(refused.selectFirst("input[name=title][aria-invalid=true]"));
        Document list = Jsoup.parse(desk.post("/suggestions", Map.of("title", "訪客登記改用平板簽名",
                "body", "減少紙本,訪客資料也不會被旁人看到")).asString());
        String item = list.select("li.suggestion").stream().filter(li -> li.text().contains("訪客登記改用平板簽名"))
                .findFirst().orElseThrow().id();
        assertTrue(list.select("#" + item + " form[hx-post$=/accept]").isEmpty(), "deciding is the supervisor's");

        Browser supervisor = Browser.signIn("supervisor");
        long id = Long.parseLong(item.replace("suggestion-", ""));
        // The decision's rules are its record's: a reason too long is shown next to it, nothing decided.
        Document tooLong = Jsoup.parse(supervisor.language("en")
                .post("/suggestions/" + id + "/accept", Map.of("reason", "理".repeat(501))).asString());
        assertEquals(List.of("At most 500 characters"), tooLong.select("#" + item + " .field-error").eachText());
        supervisor.language("zh-Hant");
        Api.as("supervisor").get("/api/v1/suggestions/" + id).then().body("state", equalTo("PROPOSED"));
        Document decided = Jsoup.parse(supervisor.post("/suggestions/" + id + "/accept", Map.of("reason", "試行一個月"))
                .asString());
        assertTrue(decided.selectFirst("#" + item).text().contains("試行一個月"));
        assertNotNull(decided.selectFirst("#" + item + " form[hx-post$=/done]"));
    }
}
