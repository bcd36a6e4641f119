package steward.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** The complaint, promise, praise and outbox pages as a tablet uses them: htmx fragments, messages by fields. */
@QuarkusTest
class ComplaintPagesTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @Test
    void serviceStartsOnTheComplaintsAndTakesOneThroughTheForm() {
        Browser service = Browser.signIn("service");
        var home = service.request().get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/complaints"), home.header("Location"));

        Document intake = Jsoup.parse(service.get("/complaints/new").asString());
        assertNotNull(intake.selectFirst("form[hx-post=/complaints] input[name=q][hx-get=/complaints/new/customers]"));
        assertTrue(intake.select(".phrase").text().contains("已經記錄"), "the phrase that tells the customer");

        Document customers = Jsoup.parseBodyFragment(service.htmx("/complaints/new/customers?q=陳大文").asString());
        String chen = customers.selectFirst(".resident-choice:has(.name:contains(陳大文)) input[name=residentId]").val();

        var refused = service.post("/complaints", Map.of("q", "陳大文", "residentId", chen, "description", " "));
        assertEquals(200, refused.statusCode(), "htmx swaps only 2xx");
        Document form = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", form.selectFirst("textarea[name=description]").attr("aria-invalid"));
        assertEquals("true", form.selectFirst("fieldset:has(input[name=channel])").attr("aria-invalid"));
        assertFalse(form.select(".field-error").isEmpty());
        assertNotNull(form.selectFirst("input[name=residentId][value=" + chen + "][checked]"), "the choice is kept");

        Map<String, String> good = new HashMap<>(Map.of("q", "陳大文", "residentId", chen, "channel", "DESK",
                "category", "CLEANLINESS", "severity", "LOW", "description", "大廳地板很髒"));
        var taken = service.post("/complaints", good);
        assertEquals(200, taken.statusCode());
        String page = taken.header("HX-Redirect");
        assertTrue(page.matches("/complaints/\\d+"), page);

        Document detail = Jsoup.parse(service.get(page).asString());
        assertEquals("陳大文", detail.selectFirst("h1.resident-name").text());
        assertEquals("5棟2單元502", detail.selectFirst(".facts .unit").text());
        assertEquals("處理中", detail.selectFirst("#complaint-state").text());
    }

    @Test
    void eachStepReRendersTheComplaintWithMessagesNextToTheFields() {
        long id = Complaints.ofChen("停車場照明不足");
        Browser service = Browser.signIn("service");
        String base = "/complaints/" + id;

        String past = LocalDateTime.now(TAIPEI).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        Document refused = Jsoup.parseBodyFragment(
                service.post(base + "/promises", Map.of("what", "修燈", "dueAt", past)).asString());
        assertEquals("true", refused.selectFirst("input[name=dueAt]").attr("aria-invalid"));
        assertEquals("修燈", refused.selectFirst("input[name=what]").val(), "what was typed stays");
        assertTrue(refused.select("#complaint .promise").isEmpty(), "no promise made");

        String tomorrow = LocalDateTime.now(TAIPEI).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
        Document promised = Jsoup.parseBodyFragment(
                service.post(base + "/promises", Map.of("what", "明天修好照明", "dueAt", tomorrow)).asString());
        assertEquals("明天修好照明", promised.selectFirst("#complaint .promise .promise-what").text());
        assertTrue(promised.selectFirst("#complaint .promise .due").text().contains(tomorrow.replace('T', ' ')));

        Document blocked = Jsoup.parseBodyFragment(
                service.post(base + "/resolve", Map.of("resolution", "已修好", "satisfaction", "5")).asString());
        assertTrue(blocked.selectFirst(".resolve-form .error").text().contains("承諾"), "open promises first");

        String promiseId = promised.selectFirst("#complaint .promise").id().replace("promise-", "");
        Document kept = Jsoup.parseBodyFragment(service.post(base + "/promises/" + promiseId + "/kept", Map.of()).asString());
        assertEquals("已兌現", kept.selectFirst("#promise-" + promiseId + " .badge").text());

        Document resolved = Jsoup.parseBodyFragment(
                service.post(base + "/resolve", Map.of("resolution", "已加裝兩盞燈", "satisfaction", "5")).asString());
        assertEquals("已結案", resolved.selectFirst("#complaint-state").text());
        assertTrue(resolved.selectFirst(".satisfaction").text().contains("非常滿意"));
        assertTrue(resolved.select(".history .event").eachText().stream().anyMatch(t -> t.contains("已加裝兩盞燈")));

        Browser desk = Browser.signIn("desk");
        assertEquals(403, desk.post(base + "/reopen", Map.of("reason", "x")).statusCode());
        assertTrue(Jsoup.parse(desk.get(base).asString()).select(".reopen-form").isEmpty(), "no form desk may not use");
        assertEquals(404, Browser.signIn(TestSites.OTHER_SITE_DESK).get(base).statusCode());
        assertEquals(403, Browser.signIn("cashier").get("/complaints").statusCode());
    }

    /** 三(三)4: the apologies beside the compensation form, in each language. */
    @Test
    void theCompensationFormHasTheSeedsApologiesInEachLanguage() {
        long id = Complaints.ofChen("電梯又故障");
        String path = "/complaints/" + id;
        String traditional = Jsoup.parse(Browser.signIn("service").get(path).asString())
                .selectFirst("[aria-labelledby=compensation-heading]").text();
        assertTrue(traditional.contains("「請您原諒」") && traditional.contains("「請您多包涵」")
                && traditional.contains("「請您別介意」"), traditional);
        String simplified = Jsoup.parse(Browser.signIn("service").language("zh-Hans").get(path).asString())
                .selectFirst("[aria-labelledby=compensation-heading]").text();
        assertTrue(simplified.contains("「请您原谅」") && simplified.contains("「请您多包涵」")
                && simplified.contains("「请您别介意」"), simplified);
        String english = Jsoup.parse(Browser.signIn("service").language("en").get(path).asString())
                .selectFirst("[aria-labelledby=compensation-heading]").text();
        assertTrue(english.contains("Please forgive us") && english.contains("Please bear with us")
                && english.contains("Please don't mind"), english);
    }

    /** 三(一)2, 4, 5: listen leaning forward and nodding, work calmly, and the farewell, on the intake. */
    @Test
    void theIntakeSaysHowToListenAndToWorkAndHowToSayGoodbye() {
        String traditional = Jsoup.parse(Browser.signIn("service").get("/complaints/new").asString()).text();
        assertTrue(traditional.contains("身體略微前傾、眼望對方") && traditional.contains("點頭致意"), traditional);
        assertTrue(traditional.contains("條理清晰,不急不躁"), traditional);
        assertTrue(traditional.contains("「先生/小姐,再見!」"), traditional);
        String simplified = Jsoup.parse(Browser.signIn("service").language("zh-Hans").get("/complaints/new")
                .asString()).text();
        assertTrue(simplified.contains("身体略微前倾、眼望对方") && simplified.contains("条理清晰,不急不躁")
                && simplified.contains("“先生/小姐,再见!”"), simplified);
        String english = Jsoup.parse(Browser.signIn("service").language("en").get("/complaints/new").asString())
                .text();
        assertTrue(english.contains("lean slightly forward") && english.contains("nod")
                && english.contains("never hurried") && english.contains("Goodbye, Sir/Madam!"), english);
    }

    @Test
    void thePagesSpeakTheUsersLanguage() {
        long id = Complaints.ofChen("Noise at night");
        Browser service = Browser.signIn("service");
        Document english = Jsoup.parse(service.request().cookie("steward-lang", "en").get("/complaints/" + id).asString());
        assertEquals("Open", english.selectFirst("#complaint-state").text());
        assertEquals("Sign out", english.selectFirst("form[action=/logout] button").text(), "the layout follows the choice too");
        assertTrue(english.select("nav.nav a").eachText().containsAll(java.util.List.of("Complaints", "Promises", "Praise")));
        Document simplified = Jsoup.parse(service.request().cookie("steward-lang", "zh-Hans").get("/complaints/" + id).asString());
        assertEquals("处理中", simplified.selectFirst("#complaint-state").text());
        Document traditional = Jsoup.parse(service.get("/promises").asString());
        assertTrue(traditional.select("h1").text().contains("對客戶的承諾"));
    }

    @Test
    void theLedgerPageKeepsAndRenegotiatesWithOneTap() {
        long id = Complaints.ofChen("熱水器故障");
        long promise = Complaints.promise("service", id, "今天下午派人維修熱水器", Instant.now().plus(Duration.ofHours(4)));
        Browser service = Browser.signIn("service");
        Document ledger = Jsoup.parse(service.get("/promises").asString());
        assertNotNull(ledger.selectFirst("#promise-" + promise + " form[hx-post=/promises/" + promise + "/kept]"));

        Document refused = Jsoup.parseBodyFragment(service.post("/promises/" + promise + "/renegotiate",
                Map.of("state", "OPEN", "newDueAt", LocalDateTime.now(TAIPEI).plusDays(2).truncatedTo(ChronoUnit.MINUTES)
                        .toString())).asString());
        assertEquals("true", refused.selectFirst("#promise-" + promise + " input[name=customerAgreed]").attr("aria-invalid"));
        assertNotNull(refused.selectFirst("#promise-" + promise + " details[open]"));

        Document kept = Jsoup.parseBodyFragment(service.post("/promises/" + promise + "/kept", Map.of("state", "OPEN")).asString());
        assertTrue(kept.select("#promise-" + promise).isEmpty(), "no longer open");
        Document again = Jsoup.parseBodyFragment(service.post("/promises/" + promise + "/kept", Map.of("state", "KEPT")).asString());
        assertTrue(again.selectFirst("#promise-" + promise + " .error").text().contains("已經結束"));
    }

    @Test
    void praiseIsRecordedAtTheDeskAndThanked() {
        Browser desk = Browser.signIn("desk");
        Document page = Jsoup.parse(desk.get("/praise").asString());
        assertTrue(page.selectFirst(".phrase").text().contains("謝謝"), "the phrase for thanking");
        Document refused = Jsoup.parseBodyFragment(desk.post("/praise", Map.of("staff", "", "what", "")).asString());
        assertEquals("true", refused.selectFirst("select[name=staff]").attr("aria-invalid"));
        Document recorded = Jsoup.parseBodyFragment(desk.post("/praise",
                Map.of("staff", "service", "what", "耐心解答停車問題", "customerName", "王小華", "thanked", "true")).asString());
        assertTrue(recorded.select(".praise-list li").eachText().stream().anyMatch(t -> t.contains("耐心解答停車問題")));
        assertNotNull(recorded.selectFirst(".praise-records tr[data-staff=service]"));
    }

    @Test
    void everyPageCarriesTheAlertBannerAndSupervisorsSeeTheOutbox() {
        Document complaints = Jsoup.parse(Browser.signIn("desk").get("/complaints").asString());
        assertNotNull(complaints.selectFirst("#alerts[hx-get=/alerts/banner][hx-trigger]"));
        Document residents = Jsoup.parse(Browser.signIn("cashier").get("/residents").asString());
        assertNotNull(residents.selectFirst("#alerts[hx-get=/alerts/banner]"), "other capabilities' pages too");
        assertEquals(200, Browser.signIn("cashier").htmx("/alerts/banner").statusCode());
        Document outbox = Jsoup.parse(Browser.signIn("supervisor").get("/notifications").asString());
        assertNotNull(outbox.selectFirst("h1"));
        assertEquals(403, Browser.signIn("desk").get("/notifications").statusCode());
        Api.as("supervisor").queryParam("state", "LOST").get("/api/v1/notifications").then().statusCode(400);
    }
}
