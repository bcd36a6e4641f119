package steward.arrears;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.notify.NotificationDispatcher;
import steward.notify.NotificationState;
import steward.support.Api;
import steward.support.Browser;
import steward.support.SmsGatewayStub;
import steward.support.TestClock;

/**
 * Arrears in the seed's order (三(五)1), a new site's default: at the first step a case opens by itself with a
 * call task for one collector, due within the call hours; messages follow the call and never precede it (the
 * appointment's reminder the day before, the SMS after two calls that did not reach, the statement by email when
 * asked or at the later step); the written demand after the calls is the last step, and blocks nothing.
 */
@QuarkusTest
class ArrearsPhoneFirstTest {

    @Inject
    ArrearsFixtures fixtures;

    @Inject
    CashierFixtures cashier;

    @Inject
    TestClock clock;

    @Inject
    ReminderOutbox outbox;

    @Inject
    NotificationDispatcher dispatcher;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
        fixtures.defaultPolicy();
        SmsGatewayStub.accepting();
    }

    @AfterEach
    void reset() {
        clock.reset();
        fixtures.defaultPolicy();
    }

    @Test
    void theFirstStepOpensACaseWithACallTaskDueWithinTheCallHoursAndSendsNothing() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, true, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1200", LocalDate.of(2041, 2, 28));

        at("2041-03-14T10:00");
        run();
        assertNull(openCase(unit), "14 days overdue: nothing yet");

        // Friday 2041-03-15, 10:00 in Taipei: the call is due by 18:00 the same day.
        at("2041-03-15T10:00");
        run();
        run();
        CollectionCase opened = openCase(unit);
        assertNotNull(opened, "the case opened by itself");
        assertEquals("FIRST_CALL", opened.openedByRule);
        assertEquals("system", opened.openedBy);
        assertEquals("service", opened.assignee);
        assertEquals(taipei("2041-03-15T18:00"), opened.callDueAt);
        List<Notification> tasks = tasks(unit);
        assertEquals(1, tasks.size(), "the collector is told once");
        assertTrue(tasks.get(0).body.contains("1,200") && tasks.get(0).body.contains("2041-03-15 18:00"),
                tasks.get(0).body);
        assertTrue(residentMessages(unit).isEmpty(), "no message to the resident before the call");
        dispatcher.dispatchDue();
        assertEquals(0, SmsGatewayStub.receivedFor(phone).size());

        // At the later step (30 days) nothing goes out either while nobody has called.
        at("2041-03-30T10:00");
        run();
        assertTrue(residentMessages(unit).isEmpty(), "the statement waits for the call");

        // On the collector's list with the amounts and the script.
        Document list = Jsoup.parse(Browser.signIn("service").get("/arrears/calls").asString());
        Element row = list.selectFirst("#call-case-" + opened.id);
        assertNotNull(row, "on the collector's list");
        assertTrue(row.selectFirst(".overdue-amount").text().contains("1,200"));
        assertTrue(row.selectFirst(".call-script").text().contains("管理費"), row.text());
        assertTrue(row.selectFirst(".call-script").text().contains("好管家物業"), row.text());
    }

    @Test
    void aTaskGivenLateInTheDayOrOnSundayIsDueByTheEndOfTheNextCallDay() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit late = cashier.newUnit();
        cashier.charge(late.unitId(), FeeItem.MANAGEMENT_FEE, "300", LocalDate.of(2041, 5, 1));
        at("2041-05-16T17:00"); // Thursday, an hour before the end of the call hours
        run();
        assertEquals(taipei("2041-05-17T18:00"), openCase(late).callDueAt);

        CashierFixtures.FreshUnit weekend = cashier.newUnit();
        cashier.charge(weekend.unitId(), FeeItem.MANAGEMENT_FEE, "300", LocalDate.of(2041, 5, 4));
        at("2041-05-19T09:30"); // Sunday: no calls
        run();
        assertEquals(taipei("2041-05-20T18:00"), openCase(weekend).callDueAt);
    }

    @Test
    void newCasesGoToTheSitesCustomerServiceInTurnOrAllToTheNamedOne() {
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("callOrder", "PHONE_FIRST", "assignment",
                "ROUND_ROBIN", "letterLanguage", "zh-Hant")).put("/api/v1/arrears/policy").then().statusCode(200);
        List<String> collectors = Api.as("service").get("/api/v1/arrears/policy").jsonPath()
                .getList("collectors.username");
        for (int i = 0; i < 3; i++) {
            CashierFixtures.FreshUnit unit = cashier.newUnit();
            cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "100", LocalDate.of(2042, 1, 10));
        }
        at("2042-01-27T10:00");
        run();
        List<CollectionCase> opened = QuarkusTransaction.requiringNew().call(() -> CollectionCase
                .<CollectionCase>list("siteId = ?1 and openedAt = ?2 order by id", fixtures.siteA(), clock.instant()));
        assertTrue(opened.size() >= 3, "the run opened the cases: " + opened.size());
        for (int i = 1; i < opened.size(); i++) {
            int previous = collectors.indexOf(opened.get(i - 1).assignee);
            assertEquals(collectors.get((previous + 1) % collectors.size()), opened.get(i).assignee,
                    "each new case goes to the next in turn: " + opened.stream().map(c -> c.assignee).toList());
        }

        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit named = cashier.newUnit();
        cashier.charge(named.unitId(), FeeItem.MANAGEMENT_FEE, "100", LocalDate.of(2042, 2, 10));
        at("2042-02-27T10:00");
        run();
        assertEquals("service", openCase(named).assignee);
    }

    @Test
    void afterTwoCallsThatDidNotReachAnSmsStatesTheAmountsOnce() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, false, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "2500", LocalDate.of(2043, 4, 30));
        at("2043-05-16T10:00");
        run();
        long caseId = openCase(unit).id;

        call(caseId, "NOT_REACHED");
        run();
        assertTrue(residentMessages(unit).isEmpty(), "one call that did not reach: no message yet");

        at("2043-05-17T10:00");
        call(caseId, "NOT_REACHED");
        run();
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), ArrearsReminder.UNREACHED, "2043-04");
        assertEquals(List.of(key), residentMessages(unit).stream().map(n -> n.businessKey).distinct().toList());
        dispatcher.dispatchDue();
        assertEquals(1, SmsGatewayStub.receivedFor(phone).size());
        String text = SmsGatewayStub.receivedFor(phone).get(0).getBodyAsString();
        assertTrue(text.contains("2,500") && text.contains(unit.label()), text);

        at("2043-05-18T10:00");
        call(caseId, "NOT_REACHED");
        run();
        assertEquals(1, residentMessages(unit).size(), "once per debt, however many more calls");
    }

    @Test
    void anAgreedAppointmentIsRemindedTheDayBeforeAndNotAfterPayment() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, false, "en");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "900", LocalDate.of(2044, 6, 30));
        at("2044-07-16T10:00");
        run();
        long caseId = openCase(unit).id;
        JsonPath agreed = ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome",
                "APPOINTMENT_AGREED", "appointmentAt", taipei("2044-07-20T15:00").toString())).then().statusCode(201)
                .extract().jsonPath();
        long contactId = agreed.getLong("contacts[0].id");

        at("2044-07-18T10:00");
        run();
        assertTrue(residentMessages(unit).isEmpty(), "two days before: nothing yet");

        at("2044-07-19T07:00");
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), ArrearsReminder.APPOINTMENT_PREFIX + contactId,
                "2044-06");
        List<Notification> reminder = residentMessages(unit);
        assertEquals(List.of(key), reminder.stream().map(n -> n.businessKey).toList(), "the day before");
        assertEquals(taipei("2044-07-19T08:00"), reminder.get(0).nextAttemptAt, "after the quiet hours");
        assertTrue(reminder.get(0).body.contains("2044-07-20 15:00") && reminder.get(0).body.contains("900"),
                "when and how much, in the resident's language: " + reminder.get(0).body);
        assertTrue(reminder.get(0).body.contains("reminder"), reminder.get(0).body);

        // Paid before the morning: the reminder is withdrawn when it would go.
        ArrearsFixtures.pay(unit.unitId(), "900").then().statusCode(201);
        at("2044-07-19T08:05");
        dispatcher.dispatchDue();
        assertEquals(NotificationState.WITHDRAWN, residentMessages(unit).get(0).state);
        assertEquals(0, SmsGatewayStub.receivedFor(phone).size());
    }

    @Test
    void theStatementGoesByEmailWhenAskedOnTheCallOrAtTheLaterStepAfterACall() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit asked = cashier.newUnit();
        fixtures.consent(asked, false, true, "zh-Hant");
        cashier.charge(asked.unitId(), FeeItem.MANAGEMENT_FEE, "700", LocalDate.of(2045, 1, 31));
        at("2045-02-16T10:00");
        run();
        long caseId = openCase(asked).id;
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", "REACHED",
                "statementRequested", true)).then().statusCode(201).body("contacts[0].statementRequested", equalTo(true));
        List<Notification> sent = residentMessages(asked);
        assertEquals(List.of(NotificationChannel.EMAIL), sent.stream().map(n -> n.channel).toList());
        assertTrue(sent.get(0).body.contains("2045-01") && sent.get(0).body.contains("700"), sent.get(0).body);

        // Called (not asked): the statement comes at the later step, 30 days.
        CashierFixtures.FreshUnit later = cashier.newUnit();
        fixtures.consent(later, false, true, "zh-Hant");
        cashier.charge(later.unitId(), FeeItem.MANAGEMENT_FEE, "650", LocalDate.of(2045, 1, 31));
        run();
        ArrearsFixtures.contact("service", openCase(later).id, Map.of("kind", "PHONE", "outcome", "REFUSED"))
                .then().statusCode(201);
        run();
        assertTrue(residentMessages(later).isEmpty(), "16 days: not yet the statement's step");
        at("2045-03-03T10:00");
        run();
        String key = ArrearsReminder.businessKey(later.unitId(), "STATEMENT", "2045-01");
        assertEquals(List.of(key), residentMessages(later).stream().map(n -> n.businessKey).toList());
    }

    @Test
    void theWrittenDemandAfterTheCallsIsPrintedInTheSitesLanguageAndRecordedWithHowItWasSent() {
        fixtures.policy("PHONE_FIRST", "service");
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("callOrder", "PHONE_FIRST", "assignment",
                "NAMED", "assignee", "service", "letterLanguage", "en")).put("/api/v1/arrears/policy").then()
                .statusCode(200);
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1500", LocalDate.of(2046, 1, 31));
        cashier.charge(unit.unitId(), FeeItem.PARKING_MONTHLY, "2000", LocalDate.of(2046, 2, 28));
        at("2046-05-02T10:00"); // 91 days: the demand's step, but nobody has called yet
        run();
        long caseId = openCase(unit).id;
        assertTrue(tasks(unit).stream().noneMatch(n -> n.businessKey.contains("WRITTEN_DEMAND")),
                "no demand before a call");
        issue(caseId).then().statusCode(409);

        call(caseId, "REFUSED");
        run();
        List<String> asked = tasks(unit).stream().filter(n -> n.businessKey.contains("WRITTEN_DEMAND"))
                .map(n -> n.recipient).sorted().toList();
        assertTrue(asked.contains("service") && asked.contains("supervisor"), "collector and supervisors: " + asked);

        issue(caseId).then().statusCode(201)
                .body("overdue", equalTo(3500.0f)).body("language", equalTo("en")).body("lines.size()", equalTo(2))
                .body("payBy", equalTo("2046-05-16"));
        issue(caseId).then().statusCode(409);

        // The letter in the site's letter language, whatever the tablet's, with the charges line by line.
        Document letter = Jsoup.parse(Browser.signIn("service").get("/arrears/cases/" + caseId + "/demand")
                .then().statusCode(200).extract().asString());
        assertEquals("en", letter.selectFirst("section.letter").attr("lang"));
        assertEquals("Letter of demand", letter.selectFirst("section.letter h1").text());
        assertEquals(2, letter.select(".letter-lines tbody tr").size());
        assertTrue(letter.selectFirst(".letter-lines tbody tr").text().contains("Management fee"),
                letter.selectFirst(".letter-lines tbody tr").text());
        assertTrue(letter.selectFirst(".letter-total").text().contains("3,500"));
        assertTrue(letter.selectFirst(".letter-demand").text().contains("2046-05-16"));

        // How it was sent: refused naming the field, then recorded once.
        sent(caseId, Map.of("method", "CERTIFIED_LETTER", "sentOn", "2046-05-02")).then().statusCode(400)
                .body("errors.field", hasItem("reference"));
        sent(caseId, Map.of("method", "BY_HAND", "sentOn", "2046-05-09")).then().statusCode(400)
                .body("errors.field", hasItem("sentOn"));
        sent(caseId, Map.of("method", "PIGEON", "sentOn", "2046-05-02")).then().statusCode(400)
                .body("errors.field", hasItem("method"));
        sent(caseId, Map.of("sentOn", "2046-05-02")).then().statusCode(400).body("errors.field", hasItem("method"));
        sent(caseId, Map.of("method", "CERTIFIED_LETTER", "sentOn", "2046-05-02", "reference", "台北郵局 第123號"))
                .then().statusCode(200).body("sentMethod", equalTo("CERTIFIED_LETTER"))
                .body("sentReference", equalTo("台北郵局 第123號"));
        sent(caseId, Map.of("method", "BY_HAND", "sentOn", "2046-05-02")).then().statusCode(409);
        Document casePage = Jsoup.parse(Browser.signIn("service").get("/arrears/cases/" + caseId).asString());
        assertTrue(casePage.selectFirst(".demand-sent").text().contains("存證信函"), casePage.selectFirst("#demand").text());

        // Nothing in Steward blocks the resident's card because of arrears.
        Map<String, Object> card = new HashMap<>(Map.of("unitId", unit.unitId(), "residentId", unit.residentId(),
                "kind", "ACCESS", "idType", "NATIONAL_ID", "idLast4", "4321"));
        Api.as("cashier").contentType(ContentType.JSON).body(card).post("/api/v1/cards").then().statusCode(201);
    }

    @Test
    void aCaseFormAsksForTheStatementAndTheCollectorDialsFromTheCase() {
        fixtures.policy("PHONE_FIRST", "service");
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        fixtures.consent(unit, false, true, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "400", LocalDate.of(2047, 3, 31));
        at("2047-04-16T10:00");
        run();
        long caseId = openCase(unit).id;
        Browser service = Browser.signIn("service");
        Document page = Jsoup.parse(service.get("/arrears/cases/" + caseId).asString());
        assertTrue(page.selectFirst("#case-collector").text().contains("service"));
        assertTrue(page.selectFirst("#case-collector .call-due").text().contains("2047-04-16 18:00"));
        assertNotNull(page.selectFirst("form.phone-form input[name=statementRequested]"));

        Document dialed = Jsoup.parse(service.post("/arrears/cases/" + caseId + "/dial", Map.of()).asString());
        Element link = dialed.selectFirst("a.dial-link");
        assertNotNull(link, "the number to call, one tap");
        assertTrue(link.attr("href").startsWith("tel:"), link.attr("href"));
        Api.as("supervisor").get("/api/v1/audit?residentId=" + unit.residentId()).then()
                .body("action", hasItem("REVEAL_PHONE"));

        Document recorded = Jsoup.parse(service.post("/arrears/cases/" + caseId + "/contacts", Map.of("kind", "PHONE",
                "outcome", "REACHED", "statementRequested", "true")).asString());
        assertTrue(recorded.selectFirst(".contacts").text().contains("要求明細表"),
                recorded.selectFirst(".contacts").text());
        assertEquals(1, residentMessages(unit).size(), "the statement by email");
    }

    @Test
    void concurrentRunsOpenEachCaseAndTellEachCollectorOnce() throws Exception {
        fixtures.policy("PHONE_FIRST", "service");
        List<CashierFixtures.FreshUnit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CashierFixtures.FreshUnit unit = cashier.newUnit();
            cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "200", LocalDate.of(2048, 1, 31));
            units.add(unit);
        }
        at("2048-02-18T10:00");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(replicas.submit(this::run));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        for (CashierFixtures.FreshUnit unit : units) {
            long cases = QuarkusTransaction.requiringNew().call(() -> CollectionCase.count("unitId", unit.unitId()));
            assertEquals(1, cases, "one case per unit");
            assertEquals(1, tasks(unit).size(), "the collector told once");
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void at(String taipeiTime) {
        clock.set(taipei(taipeiTime));
    }

    private static Instant taipei(String time) {
        return LocalDateTime.parse(time).atZone(ArrearsFixtures.TAIPEI).toInstant();
    }

    /** One run of the job: evaluate the rules and carry out what they decided. */
    private void run() {
        fixtures.evaluate();
        outbox.queueDecided();
    }

    private static void call(long caseId, String outcome) {
        ArrearsFixtures.contact("service", caseId, Map.of("kind", "PHONE", "outcome", outcome)).then()
                .statusCode(201);
    }

    private static io.restassured.response.Response issue(long caseId) {
        return Api.as("service").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/demand");
    }

    private static io.restassured.response.Response sent(long caseId, Map<String, Object> body) {
        return Api.as("service").contentType(ContentType.JSON).body(body)
                .post("/api/v1/collection-cases/" + caseId + "/demand/sent");
    }

    private static CollectionCase openCase(CashierFixtures.FreshUnit unit) {
        return QuarkusTransaction.requiringNew().call(() -> CollectionCase.<CollectionCase>find(
                "unitId = ?1 and state = ?2", unit.unitId(), CollectionCase.State.OPEN).firstResult());
    }

    /** What the staff were told about the unit (their banners). */
    private static List<Notification> tasks(CashierFixtures.FreshUnit unit) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 and channel = ?2 order by id", ReminderService.CALL_TASK_PREFIX + unit.unitId()
                        + ":%", NotificationChannel.IN_APP));
    }

    /** What was queued for the unit's resident. */
    private static List<Notification> residentMessages(CashierFixtures.FreshUnit unit) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "residentId = ?1 order by id", unit.residentId()));
    }
}
