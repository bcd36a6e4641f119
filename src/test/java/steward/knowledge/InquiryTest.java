package steward.knowledge;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** Inquiries at the desk and on the phone: answered from the book, without it, or with a callback promise. */
@QuarkusTest
class InquiryTest {

    static final String PHRASE = "對不起,請您稍等,我了解一下再告訴您好嗎";
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    TestSites sites;

    @Inject
    DataSource dataSource;

    long chen;
    long lostCard;
    long lostCardVersion;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        List<Long> found = Api.as("desk").queryParam("q", "磁扣遺失").get("/api/v1/answers").jsonPath()
                .getList("answerId", Long.class);
        lostCard = found.isEmpty()
                ? AnswerFixtures.published("ACCESS_CARDS", "磁扣遺失怎麼補辦?", "請攜帶身分證件到管理室補辦,工本費 200 元。",
                        List.of("補辦"), List.of("門禁卡", "感應卡"))
                : found.get(0);
        lostCardVersion = AnswerFixtures.publishedVersion(lostCard);
    }

    @Test
    void answeredWithThisRecordsTheVersionUsed() {
        String location = Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "question", "門禁卡不見了", "answerVersionId", lostCardVersion,
                        "residentId", chen))
                .post("/api/v1/inquiries").then().statusCode(201)
                .body("outcome", equalTo("ANSWERED")).body("answerVersionId", equalTo((int) lostCardVersion))
                .body("answerVersionNumber", equalTo(1)).body("residentName", equalTo("陳大文"))
                .body("unitLabel", equalTo("5棟2單元502")).body("recordedBy", equalTo("desk"))
                .body("promiseId", nullValue())
                .extract().header("Location");
        Api.as("service").get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("question", equalTo("門禁卡不見了"));
        Api.as("desk").get("/api/v1/inquiries").then().statusCode(200).body("question", hasItem("門禁卡不見了"));
    }

    @Test
    void nothingFoundRecordsACallbackPromiseOwnedByTheStaffMember() throws SQLException {
        Instant due = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonPath recorded = Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("channel", "DESK", "question", "社區游泳池何時重新開放?", "callerName", "林先生",
                        "callerPhone", "0922 333 444", "callbackDueAt", due.toString()))
                .post("/api/v1/inquiries").then().statusCode(201)
                .body("outcome", equalTo("CALLBACK")).body("promiseId", notNullValue())
                .body("callerPhoneMasked", equalTo("0922-***-444")).body("callbackDueAt", equalTo(due.toString()))
                .extract().jsonPath();
        long inquiry = recorded.getLong("id");
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select source_kind, what, owner, due_at, customer_name, customer_phone, state from promise "
                        + "where source_id = ? and source_kind = 'INQUIRY'")) {
            statement.setLong(1, inquiry);
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), "a promise for the inquiry");
                assertEquals("社區游泳池何時重新開放?", rows.getString("what"));
                assertEquals("desk", rows.getString("owner"), "owned by the staff member who promised");
                assertEquals(due, rows.getTimestamp("due_at").toInstant());
                assertEquals("林先生", rows.getString("customer_name"));
                assertEquals("+886922333444", rows.getString("customer_phone"));
                assertEquals("OPEN", rows.getString("state"));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void answeredWithoutTheBookIsRecordedAsSuch() {
        Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "question", "颱風天垃圾車會來嗎?"))
                .post("/api/v1/inquiries").then().statusCode(201)
                .body("outcome", equalTo("ANSWERED_WITHOUT_BOOK")).body("promiseId", nullValue())
                .body("answerVersionId", nullValue());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
        long inquiries = count("select count(*) from inquiry");
        long promises = count("select count(*) from promise");
        String future = Instant.now().plus(Duration.ofHours(2)).toString();
        refuse(Map.of("question", "停車?"), "channel");
        refuse(Map.of("channel", "FAX", "question", "停車?"), "channel");
        refuse(Map.of("channel", "PHONE", "question", " "), "question");
        refuse(Map.of("channel", "PHONE", "question", "問".repeat(1001)), "question");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "answerVersionId", 999_999_999), "answerVersionId");
        long draft = AnswerFixtures.draft(AnswerFixtures.body("OTHER", "草稿問題?", "草稿。", List.of(), List.of()));
        long draftVersion = ((Number) AnswerBookTest.versions(draft).get(0).get("id")).longValue();
        refuse(Map.of("channel", "PHONE", "question", "草稿?", "answerVersionId", draftVersion), "answerVersionId");
        long otherResident = Api.as(TestSites.OTHER_SITE_DESK).queryParam("q", "王五").get("/api/v1/residents")
                .jsonPath().getLong("[0].id");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "residentId", otherResident), "residentId");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "callerPhone", "12ab"), "callerPhone");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "callerName", "名".repeat(101)), "callerName");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "answerVersionId", lostCardVersion, "residentId", chen,
                "callbackDueAt", future), "callbackDueAt");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "residentId", chen, "callbackDueAt",
                Instant.now().minus(Duration.ofMinutes(5)).toString()), "callbackDueAt");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "callbackDueAt", future), "callerPhone");
        refuse(Map.of("channel", "PHONE", "question", "停車?", "residentId", chen, "callbackDueAt", "tomorrow"),
                "callbackDueAt");
        assertEquals(inquiries, count("select count(*) from inquiry"), "no inquiry stored");
        assertEquals(promises, count("select count(*) from promise"), "no promise made");
    }

    @Test
    void rolesAndSites() {
        var body = Map.of("channel", "PHONE", "question", "停車?");
        Api.as("cashier").contentType(ContentType.JSON).body(body).post("/api/v1/inquiries").then().statusCode(403);
        Api.as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/inquiries").then().statusCode(403);
        Api.as("desk").get("/api/v1/inquiries/report").then().statusCode(403);
        Api.as("service").get("/api/v1/inquiries/report").then().statusCode(403);
        Api.as("supervisor").get("/api/v1/inquiries/report").then().statusCode(200);
        long mine = Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/inquiries").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/inquiries/" + mine).then().statusCode(404);
        Api.as(TestSites.OTHER_SITE_DESK).get("/api/v1/inquiries").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) mine)));
        Api.as(TestSites.OTHER_SITE_DESK).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "question", "磁扣?", "answerVersionId", lostCardVersion))
                .post("/api/v1/inquiries").then().statusCode(400).body("errors.field", hasItem("answerVersionId"));
        Browser.signIn("cashier").get("/inquiries").then().statusCode(403);
        Browser.signIn("desk").get("/inquiries/report").then().statusCode(403);
    }

    @Test
    void theConsoleFindsAnswersAsTheQuestionIsTypedAndRecordsWithOneTap() {
        Browser desk = Browser.signIn("desk");
        Document page = Jsoup.parse(desk.get("/inquiries").asString());
        assertNotNull(page.selectFirst("form.inquiry-form input[name=q][hx-get=/inquiries/answers]"));

        Response found = desk.htmx("/inquiries/answers?q=感應");
        Document results = Jsoup.parseBodyFragment(found.asString());
        assertTrue(found.header("Vary").contains("HX-Request"));
        assertTrue(results.select("html > body > h1, .topbar").isEmpty(), "a fragment, not a page");
        var button = results.selectFirst("button.answer-with[value=" + lostCardVersion + "]");
        assertNotNull(button, results.outerHtml());
        assertEquals("磁扣遺失怎麼補辦?", button.parent().selectFirst(".answer-question").text());

        Document callers = Jsoup.parseBodyFragment(desk.htmx("/inquiries/callers?who=5678").asString());
        assertNotNull(callers.selectFirst("input[name=residentId][value=" + chen + "]"), "found by phone digits");
        assertTrue(callers.select("input[name=residentId]").stream().filter(input -> input.val().isEmpty())
                .allMatch(input -> input.hasAttr("checked")), "nobody chosen yet");

        Response recorded = desk.post("/inquiries", Map.of("channel", "PHONE", "q", "感應卡掉了", "answerVersionId",
                String.valueOf(lostCardVersion), "residentId", String.valueOf(chen)));
        assertEquals(200, recorded.statusCode());
        assertEquals("inquiry-recorded", recorded.header("HX-Trigger"));
        Document fresh = Jsoup.parseBodyFragment(recorded.asString());
        assertTrue(fresh.selectFirst(".recorded").text().contains("感應卡掉了"));
        assertEquals("", fresh.selectFirst("input[name=q]").val(), "ready for the next question");

        Document log = Jsoup.parseBodyFragment(desk.htmx("/inquiries/log").asString());
        var latest = log.selectFirst(".inquiry");
        assertEquals("感應卡掉了", latest.selectFirst(".inquiry-question").text());
        assertTrue(latest.selectFirst(".who").text().contains("陳大文"));
        assertTrue(latest.selectFirst(".used-answer").text().contains("磁扣遺失怎麼補辦?"));
    }

    @Test
    void nothingFoundShowsTheSeedsPhraseAndRecordsACallback() throws SQLException {
        Browser desk = Browser.signIn("desk");
        Document results = Jsoup.parseBodyFragment(desk.htmx("/inquiries/answers?q=火星移民").asString());
        assertTrue(results.select(".answer-result").isEmpty());
        assertTrue(results.selectFirst("details.not-found").hasAttr("open"));
        assertEquals("「" + PHRASE + "」", results.selectFirst(".not-found .phrase").text());
        String proposed = results.selectFirst("input[name=callbackDueAt]").val();
        assertTrue(proposed.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), proposed);

        long promises = count("select count(*) from promise");
        String past = LocalDateTime.now(TAIPEI).minusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        Map<String, String> form = new HashMap<>(Map.of("channel", "DESK", "q", "火星移民", "outcome", "CALLBACK",
                "callerName", "張小姐", "callerPhone", "0911 222 333", "callbackDueAt", past, "residentId", ""));
        Response refused = desk.post("/inquiries", form);
        assertEquals(200, refused.statusCode(), "the form comes back for htmx to swap");
        Document again = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", again.selectFirst("input[name=callbackDueAt]").attr("aria-invalid"));
        assertEquals("張小姐", again.selectFirst("input[name=callerName]").val(), "what was typed stays");
        assertEquals(promises, count("select count(*) from promise"));

        form.put("callbackDueAt", proposed);
        Response recorded = desk.post("/inquiries", form);
        assertTrue(Jsoup.parseBodyFragment(recorded.asString()).selectFirst(".recorded").text().contains("火星移民"));
        assertEquals(promises + 1, count("select count(*) from promise"));
        Document log = Jsoup.parseBodyFragment(desk.htmx("/inquiries/log").asString());
        var latest = log.selectFirst(".inquiry");
        assertTrue(latest.hasClass("outcome-CALLBACK"));
        assertTrue(latest.selectFirst(".who").text().contains("張小姐"));
        assertFalse(latest.select(".callback").isEmpty());
    }

    /**
     * 三(一)2, 4, 5 at the counter: lean forward, look at the customer and nod; work clearly and calmly; and an
     * inquiry recorded at the desk ends with 「先生/小姐,再見!」 (a phone inquiry does not), in each language.
     */
    @Test
    void theConsoleSaysHowToListenAndACounterInquiryEndsWithTheFarewell() {
        Browser desk = Browser.signIn("desk");
        String hint = Jsoup.parse(desk.get("/inquiries").asString()).selectFirst(".conduct").text();
        assertTrue(hint.contains("身體略微前傾、眼望對方") && hint.contains("點頭致意")
                && hint.contains("條理清晰,不急不躁"), hint);
        Document atTheDesk = Jsoup.parseBodyFragment(desk.post("/inquiries", Map.of("channel", "DESK", "q", "停車位",
                "answerVersionId", String.valueOf(lostCardVersion))).asString());
        assertEquals("「先生/小姐,再見!」「歡迎您再來。」", atTheDesk.selectFirst(".farewell").text());
        Document onThePhone = Jsoup.parseBodyFragment(desk.post("/inquiries", Map.of("channel", "PHONE", "q", "停車位",
                "answerVersionId", String.valueOf(lostCardVersion))).asString());
        assertNull(onThePhone.selectFirst(".farewell"), "a caller is not seen off at the counter");

        Browser english = Browser.signIn("desk").language("en");
        assertTrue(Jsoup.parse(english.get("/inquiries").asString()).selectFirst(".conduct").text()
                .contains("lean slightly forward"));
        assertTrue(Jsoup.parseBodyFragment(english.post("/inquiries", Map.of("channel", "DESK", "q", "parking",
                "answerVersionId", String.valueOf(lostCardVersion))).asString()).selectFirst(".farewell").text()
                .contains("Goodbye, Sir/Madam!"));
        Browser simplified = Browser.signIn("desk").language("zh-Hans");
        assertTrue(Jsoup.parseBodyFragment(simplified.post("/inquiries", Map.of("channel", "DESK", "q", "车位",
                "answerVersionId", String.valueOf(lostCardVersion))).asString()).selectFirst(".farewell").text()
                .contains("“先生/小姐,再见!”"));
    }

    @Test
    void thePhraseIsInTheUsersLanguage() {
        Browser desk = Browser.signIn("desk");
        Document english = Jsoup.parseBodyFragment(desk.request().cookie("steward-lang", "en")
                .header("HX-Request", "true").get("/inquiries/answers?q=火星移民").asString());
        assertEquals("「I'm sorry, could you wait a moment? Let me find out and get back to you.」",
                english.selectFirst(".phrase").text());
        Document simplified = Jsoup.parseBodyFragment(desk.request().cookie("steward-lang", "zh-Hans")
                .header("HX-Request", "true").get("/inquiries/answers?q=火星移民").asString());
        assertEquals("「对不起,请您稍等,我了解一下再告诉您好吗」", simplified.selectFirst(".phrase").text());
    }

    @Test
    void supervisorsSeeTheConsistencyReportAndTurnUnansweredQuestionsIntoAnswers() {
        long used = AnswerFixtures.published("MOVING", "搬家要先申請嗎?", "搬家前三天至管理室登記,並預約電梯。",
                List.of("搬家"), List.of("搬遷", "搬入", "搬出"));
        long version = AnswerFixtures.publishedVersion(used);
        for (String role : new String[] { "desk", "desk", "service" }) {
            Api.as(role).contentType(ContentType.JSON)
                    .body(Map.of("channel", "PHONE", "question", "搬家", "answerVersionId", version))
                    .post("/api/v1/inquiries").then().statusCode(201);
        }
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("channel", "DESK", "question", "可以在頂樓烤肉嗎?"))
                .post("/api/v1/inquiries").then().statusCode(201);
        long unanswered = Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "question", "中庭可以辦婚宴嗎?", "residentId", chen, "callbackDueAt",
                        Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/v1/inquiries").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath report = Api.as("supervisor").get("/api/v1/inquiries/report").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> use = report.getMap("answers.find { it.answerId == " + used + " }");
        assertEquals(3, use.get("uses"));
        assertEquals(List.of("desk", "service"), report.getList("answers.find { it.answerId == " + used
                + " }.byStaff.username"));
        assertEquals(List.of(2, 1), report.getList("answers.find { it.answerId == " + used + " }.byStaff.uses"));
        assertTrue(report.getList("withoutBook.question").contains("可以在頂樓烤肉嗎?"));
        assertTrue(report.getList("unanswered.question").contains("中庭可以辦婚宴嗎?"));

        Browser supervisor = Browser.signIn("supervisor");
        Document page = Jsoup.parse(supervisor.get("/inquiries/report").asString());
        assertEquals("3", page.selectFirst("tr[data-answer=" + used + "] .uses").text());
        assertTrue(page.selectFirst("tr[data-answer=" + used + "] .by").text().contains("測試 desk × 2"));
        var write = page.selectFirst(".report-unanswered tr[data-inquiry=" + unanswered + "] a.write-answer");
        assertEquals("/answers/new?fromInquiry=" + unanswered, write.attr("href"));

        Document editor = Jsoup.parse(supervisor.get(write.attr("href")).asString());
        assertEquals("中庭可以辦婚宴嗎?", editor.selectFirst("input[name=question]").val());
        assertEquals(String.valueOf(unanswered), editor.selectFirst("input[name=fromInquiryId]").val());
        Response saved = supervisor.post("/answers", Map.of("category", "FACILITIES", "question", "中庭可以辦婚宴嗎?",
                "body", "中庭不出借作私人宴會使用。", "fromInquiryId", String.valueOf(unanswered)));
        String answerPage = saved.header("HX-Redirect");
        assertNotNull(answerPage);
        Document after = Jsoup.parse(supervisor.get("/inquiries/report").asString());
        var drafted = after.selectFirst(".report-unanswered tr[data-inquiry=" + unanswered + "] a.drafted");
        assertEquals(answerPage, drafted.attr("href"));
    }

    private static void refuse(Map<String, Object> body, String field) {
        Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/inquiries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
