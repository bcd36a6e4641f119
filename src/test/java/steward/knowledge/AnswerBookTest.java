package steward.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

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
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.notify.NotificationDispatcher;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/** The answer book's workflow: drafts, approval by a supervisor, versions, review dates, and what is refused. */
@QuarkusTest
class AnswerBookTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    AnswerReviewReminders reviewReminders;

    @Inject
    NotificationDispatcher dispatcher;

    @BeforeEach
    void sites() {
        sites.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void serviceWritesADraftAndOnlyASupervisorPublishesIt() {
        var body = AnswerFixtures.body("PETS", "社區可以養大型犬嗎?", "可以,但公共區域須繫牽繩並清理排泄物。",
                List.of("狗"), List.of("寵物", "毛小孩"));
        Api.as("desk").contentType(ContentType.JSON).body(body).post("/api/v1/answers").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("cashier").contentType(ContentType.JSON).body(body).post("/api/v1/answers").then().statusCode(403);

        long id = Api.as("service").contentType(ContentType.JSON).body(body).post("/api/v1/answers")
                .then().statusCode(201).body("state", equalTo("DRAFT")).body("number", equalTo(1))
                .body("writtenBy", equalTo("service")).body("texts.zh-Hant.question", equalTo("社區可以養大型犬嗎?"))
                .extract().jsonPath().getLong("answerId");
        Api.as("desk").queryParam("q", "毛小孩").get("/api/v1/answers").then().statusCode(200)
                .body("answerId", not(hasItem((int) id)));
        Api.as("desk").get("/api/v1/answers/" + id).then().statusCode(404);

        Api.as("service").contentType(ContentType.JSON).body("{}").post("/api/v1/answers/" + id + "/approve")
                .then().statusCode(403);
        Api.as("desk").contentType(ContentType.JSON).body("{}").post("/api/v1/answers/" + id + "/approve")
                .then().statusCode(403);
        Api.as("supervisor").contentType(ContentType.JSON).body("{}").post("/api/v1/answers/" + id + "/approve")
                .then().statusCode(200).body("state", equalTo("PUBLISHED")).body("approvedBy", equalTo("supervisor"));

        Api.as("desk").queryParam("q", "毛小孩").get("/api/v1/answers").then().statusCode(200)
                .body("answerId", hasItem((int) id));
        Api.as("supervisor").contentType(ContentType.JSON).body("{}").post("/api/v1/answers/" + id + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void approvalNeedsNoFields() {
        long id = AnswerFixtures.draft(AnswerFixtures.body("FACILITIES", "健身房開放時間?", "每天 6:00 至 22:00。",
                List.of("健身"), List.of()));
        Response bare = Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/answers/" + id + "/approve");
        assertEquals(200, bare.statusCode(), bare.headers() + " " + bare.asString());
        assertEquals("PUBLISHED", bare.jsonPath().getString("state"));
    }

    @Test
    void editingMakesANewVersionAndOldOnesStayReadableWithTheirApprover() {
        long id = AnswerFixtures.published("FEES", "管理費每月幾號前要繳?", "每月 10 日前繳清。", List.of("管理費"),
                List.of("物業費"));
        long first = AnswerFixtures.publishedVersion(id);

        var second = AnswerFixtures.body("FEES", "管理費每月幾號前要繳?", "每月 15 日前繳清。", List.of("管理費"),
                List.of("物業費"));
        Api.as("service").contentType(ContentType.JSON).body(second).post("/api/v1/answers/" + id + "/versions")
                .then().statusCode(201).body("number", equalTo(2)).body("state", equalTo("DRAFT"));
        Api.as("desk").get("/api/v1/answers/" + id).then().statusCode(200).body("number", equalTo(1))
                .body("bodyHtml", containsString("10 日"));

        var third = AnswerFixtures.body("FEES", "管理費每月幾號前要繳?", "每月 20 日前繳清。", List.of("管理費"),
                List.of("物業費"));
        long thirdId = Api.as("supervisor").contentType(ContentType.JSON).body(third)
                .post("/api/v1/answers/" + id + "/versions").then().statusCode(201).body("number", equalTo(3))
                .extract().jsonPath().getLong("id");
        long secondId = versions(id).stream().filter(v -> ((Integer) v.get("number")) == 2)
                .map(v -> ((Number) v.get("id")).longValue()).findFirst().orElseThrow();

        // The supervisor read version 2, but version 3 replaced it: nothing is approved.
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("versionId", secondId))
                .post("/api/v1/answers/" + id + "/approve").then().statusCode(409);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("versionId", thirdId))
                .post("/api/v1/answers/" + id + "/approve").then().statusCode(200);

        List<Map<String, Object>> versions = versions(id);
        assertEquals(List.of(3, 2, 1), versions.stream().map(v -> v.get("number")).toList());
        assertEquals(List.of("PUBLISHED", "REPLACED", "SUPERSEDED"), versions.stream().map(v -> v.get("state")).toList());
        Map<String, Object> oldest = versions.get(2);
        assertEquals(first, ((Number) oldest.get("id")).longValue());
        assertEquals("supervisor", oldest.get("approvedBy"), "an old version keeps its approver");
        assertTrue(oldest.toString().contains("10 日"), "and its text");
        Api.as("desk").get("/api/v1/answers/" + id).then().body("number", equalTo(3)).body("bodyHtml",
                containsString("20 日"));

        Document page = Jsoup.parse(Browser.signIn("supervisor").get("/answers/" + id).asString());
        assertEquals(3, page.select("section.version").size());
        assertEquals(2, page.select("section.version .approver").size(), "v3 and v1 were approved, v2 never");
        assertTrue(page.select("section.version .approver").text().contains("測試 supervisor"));
    }

    @Test
    void twoSupervisorsApprovingTheSameDraftAtOnceApproveItOnce() throws Exception {
        long id = AnswerFixtures.draft(AnswerFixtures.body("KEYS", "鑰匙掉了可以請管理室開門嗎?",
                "可以,須出示身分證件並登記。", List.of("鑰匙"), List.of("開鎖")));
        long draft = ((Number) versions(id).get(0).get("id")).longValue();
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Callable<Integer> approve = () -> {
                start.await();
                return Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("versionId", draft))
                        .post("/api/v1/answers/" + id + "/approve").statusCode();
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(attempts - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, count("select count(*) from answer_version where answer_id = " + id + " and state = 'PUBLISHED'"));
    }

    @Test
    void anotherSitesAnswerIsNotFound() {
        long id = AnswerFixtures.published("PARKING", "機車位怎麼申請?", "請至管理室填寫申請表。", List.of("機車"),
                List.of("車位"));
        String other = TestSites.OTHER_SITE_SUPERVISOR;
        Api.as(other).get("/api/v1/answers/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.as(other).get("/api/v1/answers/" + id + "/versions").then().statusCode(404);
        Api.as(other).contentType(ContentType.JSON).body("{}").post("/api/v1/answers/" + id + "/approve")
                .then().statusCode(404);
        Api.as(other).contentType(ContentType.JSON)
                .body(AnswerFixtures.body("PARKING", "改", "改", List.of(), List.of()))
                .post("/api/v1/answers/" + id + "/versions").then().statusCode(404);
        Api.as(other).queryParam("q", "機車").get("/api/v1/answers").then().statusCode(200)
                .body("answerId", not(hasItem((int) id)));
        Browser.signIn(other).get("/answers/" + id).then().statusCode(404);
        Api.as("desk").get("/api/v1/answers/999999999").then().statusCode(404);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
        long before = count("select count(*) from answer_version");
        refuse(AnswerFixtures.body("PETS", "", "可以。", List.of(), List.of()), "question");
        refuse(AnswerFixtures.body("PETS", "問".repeat(301), "可以。", List.of(), List.of()), "question");
        refuse(AnswerFixtures.body("ALIENS", "可以養貓嗎?", "可以。", List.of(), List.of()), "category");
        refuse(AnswerFixtures.body(null, "可以養貓嗎?", "可以。", List.of(), List.of()), "category");
        refuse(AnswerFixtures.body("PETS", "可以養貓嗎?", "<script>alert(1)</script>", List.of(), List.of()), "body");
        refuse(AnswerFixtures.body("PETS", "可以養貓嗎?", "答".repeat(20_001), List.of(), List.of()), "body");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add("詞" + i);
        }
        refuse(AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", many, List.of()), "keywords");
        refuse(AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", List.of(), List.of("長".repeat(31))), "synonyms");
        var english = AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", List.of(), List.of());
        english.put("texts", Map.of("zh-Hant", Map.of("question", "可以養貓嗎?", "body", "可以。"), "en",
                Map.of("body", "Yes.")));
        refuse(english, "question_en");
        var french = AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", List.of(), List.of());
        french.put("texts", Map.of("zh-Hant", Map.of("question", "可以養貓嗎?", "body", "可以。"), "fr",
                Map.of("question", "Chat?", "body", "Oui.")));
        refuse(french, "texts");
        var unknownInquiry = AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", List.of(), List.of());
        unknownInquiry.put("fromInquiryId", 999_999_999);
        refuse(unknownInquiry, "fromInquiryId");
        Api.as("service").contentType(ContentType.JSON).body("{\"texts\": 5").post("/api/v1/answers")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, count("select count(*) from answer_version"), "nothing stored");

        long id = AnswerFixtures.draft(AnswerFixtures.body("PETS", "可以養貓嗎?", "可以。", List.of(), List.of()));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reviewDueOn", "2001-01-01"))
                .post("/api/v1/answers/" + id + "/approve").then().statusCode(400).body("errors.field",
                        hasItem("reviewDueOn"));
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reviewDueOn", "not a date"))
                .post("/api/v1/answers/" + id + "/approve").then().statusCode(400);
        assertEquals("DRAFT", versions(id).get(0).get("state"), "a refused approval approves nothing");
    }

    @Test
    void storedScriptsAreStrippedWhereverTheAnswerIsShown() {
        String payload = """
                <p onclick="steal()">請攜帶<b>身分證</b>到管理室。</p><script>alert('xss')</script>
                <img src=x onerror="alert(1)"><ul><li><a href="javascript:alert(1)">點我</a></li>
                <li><a href="https://example.com/rules" onmouseover="x()">社區規約</a></li></ul>
                <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
                """;
        String question = "門禁卡遺失<script>alert(2)</script>怎麼辦?";
        long id = AnswerFixtures.published("ACCESS_CARDS", question, payload, List.of("門禁卡"), List.of("感應扣"));

        String stored = Api.as("desk").get("/api/v1/answers/" + id).then().statusCode(200).extract().jsonPath()
                .getString("bodyHtml");
        assertFalse(stored.contains("<script") || stored.contains("onclick") || stored.contains("onerror")
                || stored.contains("javascript:") || stored.contains("<img") || stored.contains("<iframe")
                || stored.contains("<style") || stored.contains("onmouseover"), stored);
        assertTrue(stored.contains("請攜帶身分證到管理室") || stored.contains("請攜帶"), stored);
        Document link = Jsoup.parseBodyFragment(stored);
        Element rules = link.selectFirst("a[href=https://example.com/rules]");
        assertNotNull(rules, stored);
        assertTrue(rules.attr("rel").contains("nofollow") && rules.attr("rel").contains("noopener"), stored);

        Browser desk = Browser.signIn("desk");
        assertSafe(Jsoup.parseBodyFragment(desk.htmx("/inquiries/answers?q=感應扣").asString()), 1);
        Browser supervisor = Browser.signIn("supervisor");
        assertSafe(Jsoup.parse(supervisor.get("/answers/" + id).asString()), 1);
        assertSafe(Jsoup.parse(supervisor.get("/answers").asString()), 0);
        long version = AnswerFixtures.publishedVersion(id);
        Api.as("desk").contentType(ContentType.JSON)
                .body(Map.of("channel", "DESK", "question", "<script>alert(3)</script>門禁卡", "answerVersionId", version))
                .post("/api/v1/inquiries").then().statusCode(201);
        assertSafe(Jsoup.parse(desk.get("/inquiries").asString()), 0);
        assertSafe(Jsoup.parse(supervisor.get("/inquiries/report").asString()), 0);
    }

    /** No script runs from an answer: no inline script, no event handler, no javascript: link, no image. */
    private static void assertSafe(Document page, int minimumBodies) {
        assertTrue(page.select(".answer-body").size() >= minimumBodies, page.outerHtml());
        assertTrue(page.select("script:not([src])").isEmpty(), "inline script: " + page.select("script"));
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"),
                    "event handler " + a + " on " + element.tagName()));
        }
        assertTrue(page.select("a[href^=javascript], img, iframe, style").isEmpty());
        assertTrue(page.select(".answer-body b").isEmpty(), "only paragraphs, lists and links");
    }

    @Test
    void anAnswerIsDueForReview180DaysAfterApproval() {
        Instant approval = Instant.parse("2030-03-01T02:00:00Z");
        clock.set(approval);
        long id = AnswerFixtures.published("QUIET_HOURS", "晚上幾點後不能製造噪音?", "晚上 10 點至早上 7 點為安寧時段。",
                List.of("噪音"), List.of("吵"));
        Api.as("desk").get("/api/v1/answers/" + id).then()
                .body("reviewDueAt", equalTo(approval.plus(Duration.ofDays(180)).toString()));

        clock.advance(Duration.ofDays(179));
        assertFalse(dueFor("supervisor").contains(id));
        clock.advance(Duration.ofDays(2));
        assertTrue(dueFor("supervisor").contains(id), "supervisors see every answer due");
        assertTrue(dueFor("service").contains(id), "the owner sees their own");
        Api.as("desk").get("/api/v1/answers/review-due").then().statusCode(403);

        Document page = Jsoup.parse(Browser.signIn("supervisor").get("/answers/review").asString());
        assertFalse(page.select(".due-answer[data-answer=" + id + "]").isEmpty());

        Browser owner = Browser.signIn("service");
        String token = owner.csrfToken();
        Response reviewed = owner.request().header("X-CSRF-TOKEN", token).formParam("back", "review")
                .post("/answers/" + id + "/reviewed");
        assertEquals(303, reviewed.statusCode());
        assertTrue(reviewed.header("Location").endsWith("/answers/review"));
        assertFalse(dueFor("supervisor").contains(id), "reviewed: due again 180 days later");
        Api.as("desk").get("/api/v1/answers/" + id).then()
                .body("reviewDueAt", equalTo(clock.instant().plus(Duration.ofDays(180)).toString()));
    }

    @Test
    void theOwnerIsRemindedOnceOnTheReviewDateAndAgainOnTheNext() throws Exception {
        Instant approval = Instant.parse("2031-05-01T02:00:00Z");
        clock.set(approval);
        long id = AnswerFixtures.published("PETS", "社區可以養貓嗎?", "可以,請於管理中心登記。", List.of("寵物"), List.of("貓"));
        String prefix = "answer:" + id + ":review:";

        clock.advance(Duration.ofDays(179));
        reviewReminders.remindDue();
        assertTrue(reminders(prefix).isEmpty(), "not before the review date");

        clock.advance(Duration.ofDays(2));
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(replicas.submit(() -> reviewReminders.remindDue()));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        reviewReminders.remindDue();
        List<Notification> first = reminders(prefix);
        assertEquals(List.of(prefix + "2031-10-28:service"), first.stream().map(n -> n.businessKey).toList(),
                "the owner, once, however many replicas run");
        assertTrue(first.get(0).subject.contains("社區可以養貓嗎?"), first.get(0).subject);
        assertEquals("/answers/" + id, first.get(0).link);

        dispatcher.dispatchDue();
        Document banner = Jsoup.parseBodyFragment(Browser.signIn("service").htmx("/alerts/banner").asString());
        assertTrue(banner.select(".alert-item[data-key=" + prefix + "2031-10-28:service] a").text()
                .contains("社區可以養貓嗎?"), banner.html());

        Browser owner = Browser.signIn("service");
        String token = owner.csrfToken();
        owner.request().header("X-CSRF-TOKEN", token).formParam("back", "review")
                .post("/answers/" + id + "/reviewed").then().statusCode(303);
        clock.advance(Duration.ofDays(181));
        reviewReminders.remindDue();
        assertEquals(2, reminders(prefix).size(), "the next review date reminds again");
    }

    private static List<Notification> reminders(String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 and channel = ?2 order by id", keyPrefix + "%", NotificationChannel.IN_APP));
    }

    @Test
    void aSupervisorMaySetTheReviewDate() {
        long id = AnswerFixtures.draft(AnswerFixtures.body("RENOVATION", "裝修可以在週末施工嗎?", "週末及國定假日不得施工。",
                List.of("裝修"), List.of("裝潢", "施工")));
        LocalDate on = LocalDate.now(ZoneId.of("Asia/Taipei")).plusDays(30);
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("reviewDueOn", on.toString()))
                .post("/api/v1/answers/" + id + "/approve").then().statusCode(200);
        Api.as("desk").get("/api/v1/answers/" + id).then()
                .body("reviewDueAt", equalTo(on.atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant().toString()));
    }

    @Test
    void theEditorShowsMessagesNextToTheFieldsAndSavesADraft() throws SQLException {
        Browser service = Browser.signIn("service");
        long before = count("select count(*) from answer_version");
        Response refused = service.post("/answers", Map.of("category", "PETS", "question", " ", "body", "可以。",
                "question_en", "", "body_en", "Yes."));
        assertEquals(200, refused.statusCode(), "htmx swaps the form only on 2xx");
        Document form = Jsoup.parseBodyFragment(refused.asString());
        assertEquals("true", form.selectFirst("input[name=question]").attr("aria-invalid"));
        assertEquals("true", form.selectFirst("input[name=question_en]").attr("aria-invalid"));
        assertEquals("Yes.", form.selectFirst("textarea[name=body_en]").text(), "what was typed stays");
        assertFalse(form.select(".field-error").isEmpty());
        assertEquals(before, count("select count(*) from answer_version"));

        Response saved = service.post("/answers", Map.of("category", "DELIVERIES", "keywords", "包裹, 快遞",
                "synonyms", "宅配、郵件", "question", "包裹可以代收嗎?", "body", "可以。\n\n- 大型包裹請於三天內領取\n- 冷藏品不代收",
                "question_en", "Do you accept parcels for residents?", "body_en", "Yes."));
        assertEquals(200, saved.statusCode());
        String location = saved.header("HX-Redirect");
        assertTrue(location.matches("/answers/\\d+"), location);
        Document page = Jsoup.parse(service.get(location).asString());
        assertEquals(2, page.select(".answer-body ul li").size(), "plain text lines starting with - are a list");
        assertTrue(page.select(".words .word").eachText().containsAll(List.of("包裹", "快遞", "宅配", "郵件")));
        assertTrue(page.select("form.approve").isEmpty(), "service cannot approve");

        Browser supervisor = Browser.signIn("supervisor");
        Document asSupervisor = Jsoup.parse(supervisor.get(location).asString());
        String draft = asSupervisor.selectFirst("form.approve input[name=versionId]").val();
        String token = supervisor.csrfToken();
        Response approved = supervisor.request().header("X-CSRF-TOKEN", token).formParam("versionId", draft)
                .post(location + "/approve");
        assertEquals(303, approved.statusCode());
        assertTrue(Jsoup.parse(supervisor.get(location).asString()).select("form.approve").isEmpty());
        Response again = supervisor.request().header("X-CSRF-TOKEN", token).formParam("versionId", draft)
                .post(location + "/approve");
        assertEquals(409, again.statusCode());
        assertTrue(again.contentType().startsWith("text/html"));
    }

    @Test
    void thePagesAreForServiceAndSupervisors() {
        Browser.signIn("desk").get("/answers").then().statusCode(403);
        Browser.signIn("cashier").get("/answers/new").then().statusCode(403);
        Browser.signIn("service").get("/answers").then().statusCode(200);
        Browser.signIn("service").post("/answers/1/approve", Map.of()).then().statusCode(403);
        Document english = Jsoup.parse(Browser.signIn("supervisor").request().cookie("steward-lang", "en")
                .get("/answers").asString());
        assertEquals("Answer book", english.selectFirst("h1").text());
        Document simplified = Jsoup.parse(Browser.signIn("supervisor").request().cookie("steward-lang", "zh-Hans")
                .get("/answers").asString());
        assertEquals("答问库", simplified.selectFirst("h1").text());
    }

    private List<Long> dueFor(String role) {
        return Api.as(role).get("/api/v1/answers/review-due").then().statusCode(200).extract().jsonPath()
                .getList("answerId", Long.class);
    }

    static List<Map<String, Object>> versions(long id) {
        return Api.as("service").get("/api/v1/answers/" + id + "/versions").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static void refuse(Object body, String field) {
        Api.as("service").contentType(ContentType.JSON).body(body).post("/api/v1/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
