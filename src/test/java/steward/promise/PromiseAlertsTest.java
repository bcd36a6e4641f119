package steward.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import steward.notify.Notification;
import steward.notify.NotificationChannel;
import steward.notify.NotificationDispatcher;
import steward.notify.NotificationState;
import steward.security.Account;
import steward.support.Api;
import steward.support.Browser;
import steward.support.MailServer;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The alert job and the outbox with a controlled clock and a real SMTP server: the reminder before the due time
 * and the overdue alert each go out once however often (and however concurrently) the jobs run, missed alerts go
 * out in due order after downtime, SMTP failures are retried and end DEAD after five attempts.
 */
@QuarkusTest
class PromiseAlertsTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    PromiseAlerts alerts;

    @Inject
    NotificationDispatcher dispatcher;

    Instant start;

    @BeforeEach
    void setUp() {
        sites.ensure();
        QuarkusTransaction.requiringNew().run(() -> Account.update(
                "email = concat(username, '@test-a.invalid') where username in ('service', 'supervisor')"));
        MailServer.up();
        // Far from the promises of other tests, which this test's jobs may alert on too (harmlessly).
        start = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MINUTES);
        clock.set(start);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        MailServer.up();
    }

    @Test
    void theReminderAndTheOverdueAlertGoOutOnceHoweverOftenTheJobsRun() throws Exception {
        long complaint = PromiseLedgerTest.complaint("service");
        long promise = PromiseLedgerTest.promise("service", complaint, "三小時內派人查看漏水", start.plus(Duration.ofHours(3)));
        String prefix = "promise:" + promise + ":";

        alerts.checkDue();
        assertTrue(rows(prefix).isEmpty(), "nothing before the reminder lead time (2 h)");

        clock.set(start.plus(Duration.ofMinutes(61)));
        runTogether(4, () -> alerts.checkDue());
        alerts.checkDue();
        alerts.checkDue();
        assertEquals(List.of(prefix + "reminder/EMAIL", prefix + "reminder/IN_APP"), keys(prefix));
        runTogether(3, () -> dispatcher.dispatchDue());
        dispatcher.dispatchDue();
        assertAllSentAtTheFirstAttempt(prefix);
        assertEquals(1, Collections.frequency(MailServer.receivedKeys(), prefix + "reminder"));

        clock.set(start.plus(Duration.ofHours(3)).plusSeconds(1));
        runTogether(4, () -> alerts.checkDue());
        alerts.checkDue();
        assertEquals(List.of(prefix + "overdue:service/EMAIL", prefix + "overdue:service/IN_APP",
                prefix + "overdue:supervisor/EMAIL", prefix + "overdue:supervisor/IN_APP", prefix + "reminder/EMAIL",
                prefix + "reminder/IN_APP"), keys(prefix), "the owner and the site's supervisor, once each");
        runTogether(3, () -> dispatcher.dispatchDue());
        assertAllSentAtTheFirstAttempt(prefix);
        List<String> mail = MailServer.receivedKeys();
        assertEquals(1, Collections.frequency(mail, prefix + "overdue:service"));
        assertEquals(1, Collections.frequency(mail, prefix + "overdue:supervisor"));
        assertEquals(1, Collections.frequency(mail, prefix + "reminder"));
        var supervisorMail = MailServer.received().stream()
                .filter(m -> (prefix + "overdue:supervisor").equals(MailServer.key(m))).findFirst().orElseThrow();
        assertTrue(supervisorMail.getSubject().contains("三小時內派人查看漏水"), supervisorMail.getSubject());
        assertTrue(supervisorMail.getMessageID().matches("<notification-\\d+@steward>"),
                "a Message-ID of its own, the same if it were ever sent again: " + supervisorMail.getMessageID());

        var complaintNow = Api.as("service").get("/api/v1/complaints/" + complaint).jsonPath();
        assertEquals("ESCALATED", complaintNow.getString("state"), "an overdue promise escalates its complaint");
        assertEquals(1, complaintNow.getList("events.kind").stream().filter("PROMISE_OVERDUE"::equals).count());

        Browser supervisor = Browser.signIn("supervisor");
        Document banner = Jsoup.parseBodyFragment(supervisor.htmx("/alerts/banner").asString());
        assertTrue(banner.select(".alert-item[data-key=" + prefix + "overdue:supervisor] a").text()
                .contains("三小時內派人查看漏水"), banner.html());
        assertEquals("/complaints/" + complaint,
                banner.selectFirst(".alert-item[data-key=" + prefix + "overdue:supervisor] a").attr("href"));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then()
                .statusCode(200);
        banner = Jsoup.parseBodyFragment(supervisor.htmx("/alerts/banner").asString());
        assertTrue(banner.select(".alert-item[data-key=" + prefix + "overdue:supervisor]").isEmpty(),
                "a kept promise leaves the banner");
    }

    @Test
    void afterDowntimeTheMissedAlertsGoOutInDueOrderOnce() {
        long complaint = PromiseLedgerTest.complaint("service");
        long third = PromiseLedgerTest.promise("service", complaint, "第三個到期", start.plus(Duration.ofHours(3)));
        long first = PromiseLedgerTest.promise("service", complaint, "第一個到期", start.plus(Duration.ofHours(1)));
        long second = PromiseLedgerTest.promise("service", complaint, "第二個到期", start.plus(Duration.ofHours(2)));

        clock.set(start.plus(Duration.ofHours(10)));
        alerts.checkDue();
        alerts.checkDue();
        List<Long> order = new ArrayList<>();
        for (long promise : List.of(first, second, third)) {
            List<Notification> overdue = rows("promise:" + promise + ":overdue:service");
            assertEquals(2, overdue.size(), "in-app and email, once");
            order.add(overdue.stream().filter(n -> n.channel == NotificationChannel.EMAIL).findFirst().orElseThrow().id);
            assertTrue(rows("promise:" + promise + ":reminder").isEmpty(), "no reminder once it is already due");
        }
        assertEquals(order.stream().sorted().toList(), order, "queued in due order");

        dispatcher.dispatchDue();
        for (long promise : List.of(first, second, third)) {
            assertAllSentAtTheFirstAttempt("promise:" + promise + ":overdue:service");
        }
        List<String> mail = MailServer.receivedKeys().stream()
                .filter(k -> k != null && k.endsWith(":overdue:service")
                        && List.of(first, second, third).stream().anyMatch(p -> k.startsWith("promise:" + p + ":")))
                .toList();
        assertEquals(List.of(first, second, third).stream().map(p -> "promise:" + p + ":overdue:service").toList(),
                mail, "each sent once, in due order");
    }

    @Test
    void aPromiseKeptInTimeRaisesNoAlert() {
        long promise = PromiseLedgerTest.promise("service", PromiseLedgerTest.complaint("service"), "半小時內回電",
                start.plus(Duration.ofMinutes(30)));
        clock.set(start.plus(Duration.ofMinutes(10)));
        Api.as("service").contentType(ContentType.JSON).post("/api/v1/promises/" + promise + "/kept").then()
                .statusCode(200);
        clock.set(start.plus(Duration.ofHours(5)));
        alerts.checkDue();
        assertTrue(rows("promise:" + promise + ":overdue").isEmpty());
    }

    @Test
    void smtpDownThenUpIsRetriedAndDeliveredOnce() {
        long promise = PromiseLedgerTest.promise("service", PromiseLedgerTest.complaint("service"), "一小時內修好門禁",
                start.plus(Duration.ofHours(1)));
        String key = "promise:" + promise + ":overdue:supervisor";
        clock.set(start.plus(Duration.ofHours(1)).plusSeconds(30));
        MailServer.down();
        alerts.checkDue();
        dispatcher.dispatchDue();
        Notification email = email(key);
        assertEquals(NotificationState.FAILED, email.state);
        assertEquals(1, email.attempts);
        assertNotNull(email.lastError);
        assertEquals(clock.instant().plusSeconds(30), email.nextAttemptAt, "retried after the backoff");
        assertEquals(NotificationState.SENT, inApp(key).state, "the banner does not wait for SMTP");

        dispatcher.dispatchDue();
        assertEquals(1, email(key).attempts, "not before the backoff");

        MailServer.up();
        clock.set(clock.instant().plusSeconds(31));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertEquals(NotificationState.SENT, email(key).state);
        assertEquals(2, email(key).attempts);
        assertEquals(1, Collections.frequency(MailServer.receivedKeys(), key));
    }

    @Test
    void anSmtpServerThatStaysDownMakesTheMessageDeadAfterFiveAttempts() {
        long promise = PromiseLedgerTest.promise("service", PromiseLedgerTest.complaint("service"), "今天清理垃圾間",
                start.plus(Duration.ofHours(1)));
        String key = "promise:" + promise + ":overdue:service";
        clock.set(start.plus(Duration.ofHours(1)).plusSeconds(1));
        MailServer.down();
        alerts.checkDue();
        for (int attempt = 1; attempt <= 5; attempt++) {
            dispatcher.dispatchDue();
            assertEquals(attempt, email(key).attempts);
            clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        }
        assertEquals(NotificationState.DEAD, email(key).state);
        dispatcher.dispatchDue();
        assertEquals(5, email(key).attempts, "never tried again");

        Api.as("supervisor").queryParam("state", "DEAD").get("/api/v1/notifications").then().statusCode(200)
                .body("businessKey", org.hamcrest.Matchers.hasItem(key));
        Browser supervisor = Browser.signIn("supervisor");
        Document banner = Jsoup.parseBodyFragment(supervisor.htmx("/alerts/banner").asString());
        assertFalse(banner.select(".alert-item.dead a[href='/notifications?state=DEAD']").isEmpty(),
                "supervisors see that messages died");
        Document outbox = Jsoup.parse(supervisor.get("/notifications?state=DEAD").asString());
        assertFalse(outbox.select("tr.state-DEAD[data-key=" + key + "]").isEmpty());
        Browser.signIn("service").get("/notifications").then().statusCode(403);
    }

    /** Every message under the prefix went out, each at its first attempt (however many replicas dispatched). */
    private static void assertAllSentAtTheFirstAttempt(String keyPrefix) {
        for (Notification message : rows(keyPrefix)) {
            assertEquals(NotificationState.SENT, message.state, message.businessKey + ": " + message.lastError);
            assertEquals(1, message.attempts, message.businessKey);
        }
    }

    private static List<Notification> rows(String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "businessKey like ?1 order by businessKey, channel", keyPrefix + "%"));
    }

    private static List<String> keys(String keyPrefix) {
        return rows(keyPrefix).stream().map(n -> n.businessKey + "/" + n.channel).toList();
    }

    private static Notification email(String key) {
        return row(key, NotificationChannel.EMAIL);
    }

    private static Notification inApp(String key) {
        return row(key, NotificationChannel.IN_APP);
    }

    private static Notification row(String key, NotificationChannel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "businessKey = ?1 and channel = ?2", key, channel).singleResult());
    }

    /** Several replicas running the same job at the same moment (each in its own thread and transactions). */
    private static void runTogether(int replicas, Callable<?> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return job.call();
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
