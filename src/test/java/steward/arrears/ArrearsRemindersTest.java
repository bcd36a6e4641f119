package steward.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.billing.CashierFixtures;
import steward.billing.FeeItem;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.notify.NotificationDispatcher;
import steward.notify.NotificationState;
import steward.support.Api;
import steward.support.SmsGatewayStub;
import steward.support.TestClock;

/**
 * The reminder rules with a controlled clock, for a site that chose to send messages first (the seed's own order,
 * phone first, is {@link ArrearsPhoneFirstTest}): each reminder at its day and only once, quiet hours, the monthly
 * cap, consent, the resident's language, payment and dispute hold stopping what was not sent yet.
 */
@QuarkusTest
class ArrearsRemindersTest {

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
        SmsGatewayStub.accepting();
        fixtures.policy("MESSAGES_FIRST", "service");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        fixtures.defaultPolicy();
    }

    @Test
    void eachReminderAtItsDayOnceThenATaskForStaffToCall() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, true, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1000", java.time.LocalDate.of(2031, 3, 31));

        at("2031-04-14T10:00");
        run();
        assertTrue(reminders(unit).isEmpty(), "14 days overdue: nothing yet");

        at("2031-04-15T10:00");
        run();
        run();
        assertEquals(List.of("FIRST_SMS"), rules(unit));
        String firstKey = ArrearsReminder.businessKey(unit.unitId(), "FIRST_SMS", "2031-03");
        assertEquals(List.of(NotificationChannel.SMS), channels(firstKey));
        dispatcher.dispatchDue();
        assertEquals(1, SmsGatewayStub.receivedFor(phone).size());
        String text = SmsGatewayStub.receivedFor(phone).get(0).getBodyAsString();
        assertTrue(text.contains("1,000") && text.contains("好管家物業") && text.contains("服務中心"), text);

        at("2031-04-29T10:00");
        run();
        assertEquals(List.of("FIRST_SMS"), rules(unit), "no second reminder of the same rule and period");

        at("2031-04-30T10:00");
        run();
        assertEquals(List.of("FIRST_SMS", "SMS_AND_EMAIL"), rules(unit));
        String secondKey = ArrearsReminder.businessKey(unit.unitId(), "SMS_AND_EMAIL", "2031-03");
        assertEquals(List.of(NotificationChannel.EMAIL, NotificationChannel.SMS), channels(secondKey));
        Notification email = rows(secondKey).stream().filter(n -> n.channel == NotificationChannel.EMAIL)
                .findFirst().orElseThrow();
        assertTrue(email.body.contains("2031-03") && email.body.contains("1,000"), "the statement's lines: " + email.body);
        dispatcher.dispatchDue();
        assertEquals(2, SmsGatewayStub.receivedFor(phone).size());

        at("2031-05-30T10:00");
        run();
        assertEquals(List.of("FIRST_SMS", "SMS_AND_EMAIL", "STAFF_CALL"), rules(unit));
        List<Notification> tasks = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 and channel = ?2", ReminderService.CALL_TASK_PREFIX + unit.unitId() + ":%",
                NotificationChannel.IN_APP));
        assertEquals(List.of("service"), tasks.stream().map(n -> n.recipient).toList(), "the named collector only");
        CollectionCase opened = QuarkusTransaction.requiringNew().call(() -> CollectionCase.<CollectionCase>find(
                "unitId = ?1 and state = ?2", unit.unitId(), CollectionCase.State.OPEN).firstResult());
        assertEquals("service", opened.assignee, "the case with its call task");
        assertEquals("STAFF_CALL", opened.openedByRule);
        assertEquals(2, SmsGatewayStub.receivedFor(phone).size(), "the call task is not a message to the resident");
    }

    @Test
    void quietHoursHoldUntilEightInTheMorningAndPaymentWithdrawsWhatWasHeld() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, false, "en");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "1000", java.time.LocalDate.of(2031, 7, 31));

        // 22:00 in Taipei: decided and queued, but not before 08:00.
        at("2031-08-15T22:00");
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), "FIRST_SMS", "2031-07");
        assertEquals(Instant.parse("2031-08-16T00:00:00Z"), rows(key).get(0).nextAttemptAt);
        dispatcher.dispatchDue();
        assertEquals(0, SmsGatewayStub.receivedFor(phone).size());
        assertTrue(rows(key).get(0).body.contains("overdue"), "in the resident's language: " + rows(key).get(0).body);

        // Paid during the night: at 08:00 the guard finds nothing overdue and withdraws it.
        ArrearsFixtures.pay(unit.unitId(), "1000").then().statusCode(201);
        at("2031-08-16T08:05");
        dispatcher.dispatchDue();
        assertEquals(NotificationState.WITHDRAWN, rows(key).get(0).state);
        assertEquals(0, SmsGatewayStub.receivedFor(phone).size());

        // Paid: no next reminder either.
        at("2031-08-30T10:00");
        run();
        assertEquals(List.of("FIRST_SMS"), rules(unit));
    }

    @Test
    void queuedBeforeNineButSentAfterIsHeldByTheGuard() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, false, "zh-Hans");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "800", java.time.LocalDate.of(2031, 9, 30));
        at("2031-10-15T20:55");
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), "FIRST_SMS", "2031-09");
        at("2031-10-15T21:10");
        dispatcher.dispatchDue();
        Notification held = rows(key).get(0);
        assertEquals(NotificationState.PENDING, held.state);
        assertEquals(Instant.parse("2031-10-16T00:00:00Z"), held.nextAttemptAt);
        at("2031-10-16T08:01");
        dispatcher.dispatchDue();
        assertEquals(NotificationState.SENT, rows(key).get(0).state);
        assertEquals(1, SmsGatewayStub.receivedFor(phone).size());
        assertTrue(rows(key).get(0).body.contains("逾期"), "simplified Chinese: " + rows(key).get(0).body);
    }

    @Test
    void atMostTwoRemindersPerUnitAndMonth() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        fixtures.consent(unit, true, false, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "100", java.time.LocalDate.of(2032, 3, 31));
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "100", java.time.LocalDate.of(2032, 4, 1));
        at("2032-04-15T10:00");
        run();
        at("2032-04-30T10:00");
        run();
        assertEquals(List.of("FIRST_SMS", "SMS_AND_EMAIL"), rules(unit));
        // March paid: April's debt is a new period, 29 days overdue, but April has had its two reminders.
        ArrearsFixtures.pay(unit.unitId(), "100").then().statusCode(201);
        run();
        assertEquals(2, reminders(unit).size());
        // In May the cap starts again.
        at("2032-05-01T10:00");
        run();
        List<ArrearsReminder> all = reminders(unit);
        assertEquals(3, all.size());
        assertEquals("2032-04", all.get(2).period);
        assertEquals("2032-05", all.get(2).month);
        assertEquals(1, all.get(2).slot);
    }

    @Test
    void withoutConsentStaffAreAskedToCallInstead() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        fixtures.consent(unit, false, false, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "300", java.time.LocalDate.of(2033, 1, 31));
        at("2033-02-15T10:00");
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), "FIRST_SMS", "2033-01");
        assertTrue(rows(key).isEmpty(), "no channel the resident consented to");
        assertEquals("", reminders(unit).get(0).channels);
        List<Notification> tasks = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 and channel = ?2", ReminderService.CALL_TASK_PREFIX + unit.unitId() + ":%",
                NotificationChannel.IN_APP));
        assertEquals(1, tasks.size());
        assertTrue(tasks.get(0).subject.contains(unit.label()), tasks.get(0).subject);
        assertEquals("service", tasks.get(0).recipient, "a case opened with its call task for the collector");
    }

    @Test
    void aDisputeHoldStopsRemindersAndWithdrawsWhatWasQueued() {
        CashierFixtures.FreshUnit unit = cashier.newUnit();
        String phone = fixtures.consent(unit, true, false, "zh-Hant");
        cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "500", java.time.LocalDate.of(2033, 5, 31));
        at("2033-06-15T22:00");
        run();
        String key = ArrearsReminder.businessKey(unit.unitId(), "FIRST_SMS", "2033-05");
        assertEquals(1, rows(key).size());
        long caseId = ArrearsFixtures.openCase("service", unit.unitId()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as("service").contentType(ContentType.JSON).body(Map.of("reason", "客戶說面積算錯"))
                .post("/api/v1/collection-cases/" + caseId + "/hold").then().statusCode(200);
        at("2033-06-16T08:30");
        dispatcher.dispatchDue();
        assertEquals(NotificationState.WITHDRAWN, rows(key).get(0).state);
        at("2033-06-30T10:00");
        run();
        assertEquals(List.of("FIRST_SMS"), rules(unit), "no reminder during a dispute hold");
        Api.as("supervisor").contentType(ContentType.JSON).post("/api/v1/collection-cases/" + caseId + "/release")
                .then().statusCode(200);
        run();
        assertEquals(List.of("FIRST_SMS", "SMS_AND_EMAIL"), rules(unit), "released: reminders again");
        assertEquals(0, SmsGatewayStub.receivedFor(phone).size());
    }

    @Test
    void concurrentRunsDecideAndQueueEachReminderOnce() throws Exception {
        List<CashierFixtures.FreshUnit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CashierFixtures.FreshUnit unit = cashier.newUnit();
            fixtures.consent(unit, true, true, "zh-Hant");
            cashier.charge(unit.unitId(), FeeItem.MANAGEMENT_FEE, "200", java.time.LocalDate.of(2034, 1, 31));
            units.add(unit);
        }
        at("2034-03-02T10:00");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(replicas.submit(() -> {
                    fixtures.evaluate();
                    outbox.queueDecided();
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        for (CashierFixtures.FreshUnit unit : units) {
            assertEquals(List.of("SMS_AND_EMAIL"), rules(unit), "30 days: the 30-day rule only");
            String key = ArrearsReminder.businessKey(unit.unitId(), "SMS_AND_EMAIL", "2034-01");
            assertEquals(List.of(NotificationChannel.EMAIL, NotificationChannel.SMS), channels(key));
        }
        assertFalse(QuarkusTransaction.requiringNew().call(() -> ArrearsReminder.count("queuedAt is null") > 0));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void at(String taipeiTime) {
        clock.set(LocalDateTime.parse(taipeiTime).atZone(ArrearsFixtures.TAIPEI).toInstant());
    }

    /** One run of the job: evaluate the rules and queue what they decided. */
    private void run() {
        fixtures.evaluate();
        outbox.queueDecided();
    }

    private static List<ArrearsReminder> reminders(CashierFixtures.FreshUnit unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ArrearsReminder.<ArrearsReminder>list("unitId = ?1 order by id", unit.unitId()));
    }

    private static List<String> rules(CashierFixtures.FreshUnit unit) {
        return reminders(unit).stream().map(r -> r.ruleCode).toList();
    }

    private static List<Notification> rows(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("businessKey = ?1 order by channel", key));
    }

    private static List<NotificationChannel> channels(String key) {
        return rows(key).stream().map(n -> n.channel).sorted().toList();
    }

}
