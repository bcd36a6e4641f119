package steward.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/** The desk board as the tablet uses it: the page, its htmx fragments, the phrase of each step, three languages. */
@QuarkusTest
class ReceptionDeskPageTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    long chen;
    long unit502;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        unit502 = ReceptionVisitTest.unitId("desk", "5棟2單元502");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * 二(四)1: the desk asks 「請問怎麼稱呼您?是否已與*先生/(女士)聯繫好」 and records the answer; 二(三)2 and 三(一)2:
     * how to listen, in each language.
     */
    @Test
    void registrationAsksWhetherTheVisitWasArrangedAndSaysHowToListen() {
        Browser desk = Browser.signIn("desk");
        Document page = Jsoup.parse(desk.get("/desk").asString());
        assertTrue(page.selectFirst(".desk-arranged legend").text().contains("「請問怎麼稱呼您?是否已與*先生/(女士)聯繫好?」"),
                page.selectFirst(".desk-arranged legend").text());
        assertEquals(List.of("true", "false"), page.select(".desk-arranged input[name=arranged]").eachAttr("value"));
        String hint = page.selectFirst(".desk-phrase-hint").text();
        assertTrue(hint.contains("身體略微前傾、眼望對方") && hint.contains("點頭致意"), hint);

        Document registered = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "r:" + chen,
                "visitorName", "歐陽", "arranged", "true")).asString());
        String id = registered.selectFirst(".desk-visit").attr("data-visit");
        assertTrue(registered.selectFirst(".desk-status").text().contains("已約"));
        assertEquals(Boolean.TRUE, Api.as("desk").get("/api/v1/visits/" + id).jsonPath().get("arranged"));

        Document english = Jsoup.parse(Browser.signIn("desk").language("en").get("/desk").asString());
        assertTrue(english.selectFirst(".desk-arranged legend").text().contains("Have you arranged the visit with"));
        assertTrue(english.selectFirst(".desk-phrase-hint").text().contains("lean slightly forward"));
        Document simplified = Jsoup.parse(Browser.signIn("desk").language("zh-Hans").get("/desk").asString());
        assertTrue(simplified.selectFirst(".desk-arranged legend").text().contains("请问怎么称呼您?是否已与*先生/(女士)联系好?"));
        assertTrue(simplified.selectFirst(".desk-phrase-hint").text().contains("身体略微前倾、眼望对方"));
    }

    /** An arranged visit registered when the resident calls: expected on the board, one tap when they come. */
    @Test
    void anArrangedVisitRegisteredBeforeArrivalIsExpectedAndArrivesWithOneTap() {
        clock.set(java.time.LocalDateTime.parse("2050-01-10T10:00").atZone(java.time.ZoneId.of("Asia/Taipei"))
                .toInstant());
        Browser desk = Browser.signIn("desk");
        Document refused = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "r:" + chen,
                "visitorName", "司徒", "arranged", "false", "expectedAt", "2050-01-10T11:30")).asString());
        assertEquals("true", refused.selectFirst("input[name=expectedAt]").attr("aria-invalid"),
                "only an arranged visit is registered before it comes");

        Document expected = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "r:" + chen,
                "visitorName", "司徒", "arranged", "true", "expectedAt", "2050-01-10T11:30")).asString());
        String id = expected.selectFirst(".desk-visit").attr("data-visit");
        assertEquals("EXPECTED", expected.selectFirst(".desk-visit").attr("data-status"));
        assertTrue(expected.selectFirst(".desk-status").text().contains("01-10 11:30"), expected.text());
        Document board = Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString());
        assertNotNull(board.selectFirst("[data-column=expected] .desk-card[data-visit=" + id + "]"), "expected");
        assertNotNull(board.selectFirst("[data-column=expected] form[hx-post=/desk/visits/" + id + "/arrived]"),
                "one tap from the board");

        clock.set(java.time.LocalDateTime.parse("2050-01-10T11:25").atZone(java.time.ZoneId.of("Asia/Taipei"))
                .toInstant());
        Document arrived = Jsoup.parseBodyFragment(desk.post("/desk/visits/" + id + "/arrived", Map.of()).asString());
        assertEquals("「請稍候,我馬上幫您聯繫。」", arrived.selectFirst(".desk-phrase-text").text());
        assertEquals("REGISTERED", arrived.selectFirst(".desk-visit").attr("data-status"));
        board = Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString());
        assertNotNull(board.selectFirst("[data-column=registered] .desk-card[data-visit=" + id + "]"));
        assertEquals(409, Api.as("desk").contentType(io.restassured.http.ContentType.JSON)
                .post("/api/v1/visits/" + id + "/arrived").statusCode(), "arrived once");

        String other = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "r:" + chen,
                "visitorName", "上官", "arranged", "true", "expectedAt", "2050-01-10T15:00")).asString())
                .selectFirst(".desk-visit").attr("data-visit");
        Document cancelled = Jsoup.parseBodyFragment(desk.post("/desk/visits/" + other + "/cancel", Map.of())
                .asString());
        assertEquals("CANCELLED", cancelled.selectFirst(".desk-visit").attr("data-status"));
        assertNull(Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString())
                .selectFirst(".desk-card[data-visit=" + other + "]"), "gone from the board");
    }

    @Test
    void theDeskLandsOnTheBoard() {
        Response home = Browser.signIn("desk").get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith("/desk"), home.header("Location"));
        Document page = Jsoup.parse(Browser.signIn("desk").get("/desk").asString());
        assertEquals("「您好,有什麼可以幫到您嗎?」", page.selectFirst(".desk-phrase-text").text());
        assertNotNull(page.selectFirst("nav a[href=/desk]"), "in the navigation");
        assertEquals(5, page.select(".desk-column").size());
        assertNotNull(page.selectFirst("[data-column=expected]"), "the arranged visitors expected come first");
        assertNotNull(page.selectFirst("#board[hx-trigger*=every]"), "the board keeps itself current");
        assertTrue(page.selectFirst("label[for=visitorName]").text().contains("「請問您貴姓?」"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "service", "supervisor" })
    void serviceAndSupervisorsMayUseTheBoard(String role) {
        assertEquals(200, Browser.signIn(role).get("/desk").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "cashier", "admin" })
    void otherRolesAreRefusedThePages(String role) {
        Browser browser = Browser.signIn(role);
        assertEquals(403, browser.get("/desk").statusCode());
        assertEquals(403, browser.htmx("/desk/board").statusCode());
        assertEquals(403, browser.post("/desk/calls", Map.of()).statusCode());
        assertEquals(403, browser.post("/desk/visits", Map.of("visitorName", "林", "host", "r:" + chen)).statusCode());
    }

    @Test
    void aVisitorGoesFromTheFormToTheFarewellOnThePanel() {
        Browser desk = Browser.signIn("desk");
        Response registered = desk.post("/desk/visits", Map.of("hostQuery", "陳大文", "host", "r:" + chen,
                "visitorName", "林", "partySize", "2", "visitorPhone", "0933 111 222"));
        assertEquals(200, registered.statusCode());
        assertEquals(ReceptionResource.CHANGED_EVENT, registered.header("HX-Trigger"), "the board refreshes at once");
        Document panel = Jsoup.parseBodyFragment(registered.asString());
        assertNull(panel.selectFirst("html header"), "a fragment, not a page");
        assertEquals("「請稍候,我馬上幫您聯繫。」", panel.selectFirst(".desk-phrase-text").text());
        assertTrue(panel.selectFirst(".desk-phrase-hint").text().contains("陳先生/小姐"));
        assertEquals("林", panel.selectFirst(".desk-visitor").ownText().strip());
        assertEquals(List.of("CONFIRMED", "ASKED_TO_WAIT", "ABSENT", "DECLINED"),
                panel.select(".desk-actions button[name=outcome]").eachAttr("value"));
        String id = panel.selectFirst(".desk-visit").attr("data-visit");

        Document confirmed = Jsoup.parseBodyFragment(
                desk.post("/desk/visits/" + id + "/host-response", Map.of("outcome", "CONFIRMED")).asString());
        assertEquals("「讓您久等了,您要找的客人在 5棟2單元502。」", confirmed.selectFirst(".desk-phrase-text").text());
        assertEquals("以手勢示意方向。", confirmed.selectFirst(".desk-phrase-hint").text());

        Document board = Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString());
        assertNotNull(board.selectFirst("[data-column=admitted] .desk-card[data-visit=" + id + "]"));
        assertTrue(board.selectFirst("[data-column=admitted] .desk-card[data-visit=" + id + "]").text()
                .contains("0933-***-222"), "the visitor's phone masked");
        assertFalse(board.html().contains("111222"));

        Document farewell = Jsoup.parseBodyFragment(desk.post("/desk/visits/" + id + "/checkout", Map.of()).asString());
        assertEquals("「請慢走,歡迎您再來。」", farewell.selectFirst(".desk-phrase-text").text());
        board = Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString());
        assertNotNull(board.selectFirst("[data-column=left] .desk-card[data-visit=" + id + "]"));
        int count = Integer.parseInt(board.selectFirst("[data-column=left] .desk-count").text());
        assertEquals(board.select("[data-column=left] .desk-card").size(), count);
    }

    @Test
    void aWaitingVisitorIsServedTeaOnThePanel() {
        Browser desk = Browser.signIn("desk");
        String id = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "u:" + unit502,
                "visitorName", "馮")).asString()).selectFirst(".desk-visit").attr("data-visit");
        Document waiting = Jsoup.parseBodyFragment(
                desk.post("/desk/visits/" + id + "/host-response", Map.of("outcome", "ASKED_TO_WAIT")).asString());
        assertEquals("「5棟2單元502 的住戶馬上來見您,請您在前台接待廳稍等片刻。」",
                waiting.selectFirst(".desk-phrase-text").text());
        assertNotNull(waiting.selectFirst("form[hx-post$=/tea] button"));
        Document served = Jsoup.parseBodyFragment(desk.post("/desk/visits/" + id + "/tea", Map.of()).asString());
        assertTrue(served.selectFirst(".desk-status").text().contains("已送茶水"));
        assertNull(served.selectFirst("form[hx-post$=/tea]"), "ticked once");
    }

    @Test
    void theFormComesBackWithMessagesNextToTheFieldsAndNothingIsStored() {
        Browser desk = Browser.signIn("desk");
        int before = Api.as("desk").get("/api/v1/visits").jsonPath().getList("$").size();
        Map<String, String> form = new HashMap<>();
        form.put("hostQuery", "陳");
        form.put("visitorName", "");
        form.put("partySize", "abc");
        form.put("purpose", "事".repeat(5000));
        Response response = desk.post("/desk/visits", form);
        assertEquals(200, response.statusCode(), "htmx swaps only 2xx");
        Document panel = Jsoup.parseBodyFragment(response.asString());
        for (String field : new String[] { "hostQuery", "visitorName", "partySize", "purpose" }) {
            assertEquals("true", panel.selectFirst("#" + field).attr("aria-invalid"), field);
        }
        assertTrue(panel.select(".field-error").size() >= 4);
        assertEquals("陳", panel.selectFirst("#hostQuery").val(), "what was typed stays");
        assertFalse(panel.select(".desk-host input[value=r:" + chen + "]").isEmpty(), "the host search stays");
        assertEquals(before, Api.as("desk").get("/api/v1/visits").jsonPath().getList("$").size());

        Response page = desk.request().header("X-CSRF-TOKEN", desk.csrfToken()).formParam("visitorName", "林")
                .post("/desk/visits");
        assertEquals(400, page.statusCode(), "without htmx, the page is a 400");
    }

    @Test
    void theHostSearchOffersResidentsAndUnits() {
        Document hosts = Jsoup.parseBodyFragment(Browser.signIn("desk").htmx("/desk/hosts?hostQuery=502").asString());
        assertNotNull(hosts.selectFirst(".desk-host input[value=r:" + chen + "]"));
        assertNotNull(hosts.selectFirst(".desk-host input[value=u:" + unit502 + "]"));
        assertNull(hosts.selectFirst("form"), "only the results");
        Document none = Jsoup.parseBodyFragment(Browser.signIn("desk").htmx("/desk/hosts?hostQuery=不存在的人").asString());
        assertTrue(none.selectFirst(".empty").text().contains("不存在的人"));
    }

    @Test
    void aPhoneSeenBeforeOffersTheNameAndOneTapFillsIt() {
        ReceptionVisitTest.register("desk", Map.of("visitorName", "司徒", "unitId", unit502,
                "visitorPhone", "0955 606 707"));
        Browser desk = Browser.signIn("desk");
        Document offer = Jsoup.parseBodyFragment(desk.htmx("/desk/known-visitor?visitorPhone=0955-606-707").asString());
        assertTrue(offer.selectFirst("button.desk-known").text().contains("司徒"));
        Document field = Jsoup.parseBodyFragment(
                desk.htmx("/desk/known-visitor/name?visitorPhone=0955606707").asString());
        assertEquals("司徒", field.selectFirst("#visitor-name input[name=visitorName]").val());
        Document nothing = Jsoup.parseBodyFragment(desk.htmx("/desk/known-visitor?visitorPhone=0955000000").asString());
        assertNull(nothing.selectFirst("button"));
    }

    @Test
    void aStepThatNoLongerAppliesIsExplainedOnThePanel() {
        Browser desk = Browser.signIn("desk");
        String id = Jsoup.parseBodyFragment(desk.post("/desk/visits", Map.of("host", "r:" + chen,
                "visitorName", "秦")).asString()).selectFirst(".desk-visit").attr("data-visit");
        Response tooEarly = desk.post("/desk/visits/" + id + "/checkout", Map.of());
        assertEquals(200, tooEarly.statusCode());
        Document panel = Jsoup.parseBodyFragment(tooEarly.asString());
        assertTrue(panel.selectFirst(".desk-conflict").text().contains("已登記"));
        assertEquals(4, panel.select("button[name=outcome]").size(), "the visit as it stands, next steps offered");
        ReceptionVisitTest.status(Long.parseLong(id), "REGISTERED");

        Response page = desk.request().header("X-CSRF-TOKEN", desk.csrfToken()).post("/desk/visits/" + id + "/checkout");
        assertEquals(409, page.statusCode(), "without htmx, a 409 page");
    }

    @Test
    void anotherSitesVisitIsNotFoundOnThePages() {
        long id = ReceptionVisitTest.register("desk", Map.of("visitorName", "韓", "hostResidentId", chen))
                .extract().jsonPath().getLong("id");
        Browser other = Browser.signIn(TestSites.OTHER_SITE_DESK);
        assertEquals(404, other.get("/desk/visits/" + id).statusCode());
        assertEquals(404, other.post("/desk/visits/" + id + "/host-response", Map.of("outcome", "CONFIRMED"))
                .statusCode());
        assertFalse(other.htmx("/desk/board").asString().contains("data-visit=\"" + id + "\""));
    }

    @Test
    void aCallIsAnsweredWithTheGreetingAndRecordedOnThePanel() {
        Browser desk = Browser.signIn("desk");
        Response answered = desk.post("/desk/calls", Map.of());
        Document panel = Jsoup.parseBodyFragment(answered.asString());
        assertEquals("「您好,好管家物業,請問有什麼需要服務嗎?」", panel.selectFirst(".desk-phrase-text").text());
        assertTrue(panel.selectFirst(".desk-phrase-hint").text().contains("「對不起,請您稍等,我了解一下再告訴您好嗎?」"));
        assertEquals("1", panel.selectFirst("input[name=ringsBeforeAnswer][checked]").val(), "one ring by default");
        assertEquals(5, panel.select(".desk-choice.desk-over").size(), "4 to 8 rings are marked against the standard");
        String finish = panel.selectFirst("form.desk-call").attr("hx-post");

        Document match = Jsoup.parseBodyFragment(desk.request().header("HX-Request", "true")
                .queryParam("callerPhone", "+886 912 345 678").get("/desk/calls/match").asString());
        assertTrue(match.selectFirst(".desk-match").text().contains("陳大文"));
        assertTrue(match.selectFirst(".desk-match").text().contains("5棟2單元502"));

        Map<String, String> form = new HashMap<>(Map.of("callerPhone", "0912-345-678", "ringsBeforeAnswer", "5",
                "outcome", "CALLBACK_PROMISED", "callbackWhat", "", "notes", "詢問停車位"));
        Document errors = Jsoup.parseBodyFragment(desk.post(finish, form).asString());
        assertEquals("true", errors.selectFirst("#callbackWhat").attr("aria-invalid"));
        assertEquals("true", errors.selectFirst("#callbackDueAt").attr("aria-invalid"));
        assertFalse(errors.select("fieldset:has(input[name=category]) .field-error").isEmpty());
        assertEquals("5", errors.selectFirst("input[name=ringsBeforeAnswer][checked]").val(), "what was chosen stays");

        form.put("category", "INQUIRY");
        form.put("outcome", "ANSWERED");
        Response recorded = desk.post(finish, form);
        assertEquals(ReceptionResource.CHANGED_EVENT, recorded.header("HX-Trigger"));
        assertEquals("「感謝您的來電,再見。」",
                Jsoup.parseBodyFragment(recorded.asString()).selectFirst(".desk-phrase-text").text());
        Document again = Jsoup.parseBodyFragment(desk.post(finish, form).asString());
        assertFalse(again.selectFirst(".desk-conflict").text().isBlank(), "recorded once");

        Document board = Jsoup.parseBodyFragment(desk.htmx("/desk/board").asString());
        String callId = finish.replaceAll("\\D", "");
        var row = board.selectFirst(".desk-call-row[data-call=" + callId + "]");
        assertTrue(row.hasClass("desk-over"), "five rings is flagged");
        assertTrue(row.text().contains("陳大文") && row.text().contains("0912-***-678"), row.text());
        assertNotNull(board.selectFirst(".desk-share"), "today's share within three rings");
    }

    @Test
    void thePhrasesFollowTheStaffMembersLanguage() {
        Browser english = Browser.signIn("desk");
        english.cookies().put("steward-lang", "en");
        Document page = Jsoup.parse(english.get("/desk").asString());
        assertEquals("\"Hello, how may I help you?\"", page.selectFirst(".desk-phrase-text").text());
        assertTrue(page.selectFirst(".desk-start a").text().contains("Register a visitor"),
                page.selectFirst(".desk-start").outerHtml());
        Document call = Jsoup.parseBodyFragment(english.post("/desk/calls", Map.of()).asString());
        assertEquals("\"Hello, 好管家物業. How may I help you?\"", call.selectFirst(".desk-phrase-text").text());

        Browser simplified = Browser.signIn("desk");
        simplified.cookies().put("steward-lang", "zh-Hans");
        Document zhHans = Jsoup.parse(simplified.get("/desk").asString());
        assertEquals("“您好,有什么可以帮到您吗?”", zhHans.selectFirst(".desk-phrase-text").text());
        assertTrue(zhHans.selectFirst("nav a[href=/desk]").text().contains("前台"));
        Document greeting = Jsoup.parseBodyFragment(simplified.post("/desk/calls", Map.of()).asString());
        assertEquals("“您好,好管家物業,请问有什么需要服务吗?”", greeting.selectFirst(".desk-phrase-text").text(),
                "the company's name as the site spells it");
    }
}
