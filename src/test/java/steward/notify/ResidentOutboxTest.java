package steward.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import steward.notify.NotificationService.ResidentMessage;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.support.MailServer;
import steward.support.SmsGatewayStub;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Residents in the outbox: only the channels they consented to, SMS through the HTTP gateway (checked by a
 * WireMock stand-in), email through the real SMTP server, each key once, a gateway that is down retried then
 * DEAD, and the queuing capability's guard asked at the moment of sending.
 */
@QuarkusTest
class ResidentOutboxTest {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    ObjectMapper json;

    Instant start;

    @BeforeEach
    void setUp() {
        sites.ensure();
        SmsGatewayStub.accepting();
        MailServer.up();
        // Far from other tests' messages, which this test's dispatcher may send too (harmlessly).
        start = Instant.now().plus(Duration.ofDays(800)).truncatedTo(ChronoUnit.MINUTES);
        clock.set(start);
        GuardForTests.verdict = OutboxGuard.Verdict.SEND;
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SmsGatewayStub.accepting();
        GuardForTests.verdict = OutboxGuard.Verdict.SEND;
    }

    @Test
    void anSmsGoesThroughTheGatewayOnceAndEmailOnlyWithConsent() throws Exception {
        var resident = resident(true, false, "en");
        String key = "test-outbox:" + UUID.randomUUID();
        String text = "陳先生您好,5棟2單元502 本月管理費 NT$2,400 尚未繳納。";

        Set<NotificationChannel> queued = queue(key, resident,
                EnumSet.of(NotificationChannel.SMS, NotificationChannel.EMAIL), "管理費提醒", text, null);
        queue(key, resident, EnumSet.of(NotificationChannel.SMS), "again", "again", null);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(EnumSet.of(NotificationChannel.SMS), queued, "no email consent, so SMS only");
        assertEquals(1, rows(key).size(), "the same key again queues nothing");
        var posts = SmsGatewayStub.receivedFor(resident.phone);
        assertEquals(1, posts.size(), "sent once");
        assertEquals(SmsGatewayStub.AUTHORIZATION, posts.get(0).getHeader("Authorization"));
        JsonNode body = json.readTree(posts.get(0).getBodyAsString());
        assertEquals(text, body.get("text").asText(), "Chinese text intact through the gateway");
        Notification sent = rows(key).get(0);
        assertEquals(NotificationState.SENT, sent.state);
        assertEquals("en", sent.language);
        assertEquals(resident.id, sent.residentId);
        assertEquals("notification-" + sent.id, body.get("reference").asText());
        String middleDigits = resident.phone.substring(6, 10);
        assertTrue(!sent.shownAddress().contains(middleDigits) && sent.shownAddress().endsWith(
                resident.phone.substring(resident.phone.length() - 3)), "staff screens show the number masked");
    }

    @Test
    void withoutAnyConsentNothingIsQueuedAndTheCallerIsTold() {
        var resident = resident(false, false, "zh-Hant");
        String key = "test-outbox:" + UUID.randomUUID();

        var queued = queue(key, resident, EnumSet.allOf(NotificationChannel.class), "提醒", "內容", null);

        assertTrue(queued.isEmpty());
        assertTrue(rows(key).isEmpty());
    }

    @Test
    void emailGoesToAConsentingResidentThroughSmtp() throws Exception {
        var resident = resident(false, true, "zh-Hant");
        String key = "test-outbox:" + UUID.randomUUID();

        var queued = queue(key, resident, EnumSet.of(NotificationChannel.SMS, NotificationChannel.EMAIL),
                "費用明細", "附上本月費用明細。", null);
        dispatcher.dispatchDue();

        assertEquals(EnumSet.of(NotificationChannel.EMAIL), queued);
        List<MimeMessage> mails = MailServer.received().stream().filter(m -> key.equals(MailServer.key(m))).toList();
        assertEquals(1, mails.size());
        assertEquals("費用明細", mails.get(0).getSubject());
        assertEquals(resident.email, mails.get(0).getAllRecipients()[0].toString());
    }

    @Test
    void aGatewayThatIsDownIsRetriedWithBackoffThenDeliveredOnce() {
        var resident = resident(true, false, "zh-Hant");
        String key = "test-outbox:" + UUID.randomUUID();
        queue(key, resident, EnumSet.of(NotificationChannel.SMS), "提醒", "請於月底前繳費。", null);
        SmsGatewayStub.failing();

        dispatcher.dispatchDue();
        Notification failed = rows(key).get(0);
        assertEquals(NotificationState.FAILED, failed.state);
        assertEquals("SMS gateway answered 503", failed.lastError);
        assertTrue(failed.nextAttemptAt.isAfter(start), "the retry waits for the backoff");

        SmsGatewayStub.accepting();
        dispatcher.dispatchDue();
        assertEquals(NotificationState.FAILED, rows(key).get(0).state, "not before the backoff has passed");
        clock.set(failed.nextAttemptAt);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(NotificationState.SENT, rows(key).get(0).state);
        assertEquals(2, SmsGatewayStub.receivedFor(resident.phone).size(), "one refused, one delivered");
    }

    @Test
    void aGatewayThatStaysDownEndsDeadAfterTheLastAttempt() {
        var resident = resident(true, false, "zh-Hant");
        String key = "test-outbox:" + UUID.randomUUID();
        queue(key, resident, EnumSet.of(NotificationChannel.SMS), "提醒", "請於月底前繳費。", null);
        SmsGatewayStub.failing();

        for (int attempt = 0; attempt <= NotificationDispatcher.MAX_ATTEMPTS; attempt++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(2));
        }

        assertEquals(NotificationState.DEAD, rows(key).get(0).state);
        assertEquals(NotificationDispatcher.MAX_ATTEMPTS, SmsGatewayStub.receivedFor(resident.phone).size());
    }

    @Test
    void nothingLeavesBeforeItsTimeAndTheGuardHoldsOrWithdrawsAtTheMomentOfSending() {
        var resident = resident(true, false, "zh-Hant");
        String key = "test-guard:" + UUID.randomUUID();
        queue(key, resident, EnumSet.of(NotificationChannel.SMS), "提醒", "早上再寄", start.plus(Duration.ofHours(1)));

        dispatcher.dispatchDue();
        assertEquals(NotificationState.PENDING, rows(key).get(0).state, "not before its time");

        clock.set(start.plus(Duration.ofHours(1)));
        GuardForTests.verdict = OutboxGuard.Verdict.holdUntil(start.plus(Duration.ofHours(3)));
        dispatcher.dispatchDue();
        Notification held = rows(key).get(0);
        assertEquals(NotificationState.PENDING, held.state);
        assertEquals(start.plus(Duration.ofHours(3)), held.nextAttemptAt);
        assertEquals(0, held.attempts, "holding is not an attempt");

        clock.set(start.plus(Duration.ofHours(3)));
        GuardForTests.verdict = OutboxGuard.Verdict.WITHDRAW;
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(NotificationState.WITHDRAWN, rows(key).get(0).state);
        assertTrue(SmsGatewayStub.receivedFor(resident.phone).isEmpty(), "never sent");
    }

    private Set<NotificationChannel> queue(String key, TestResident resident, Set<NotificationChannel> channels,
            String subject, String body, Instant notBefore) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueueToResident(new ResidentMessage(
                resident.siteId, key, resident.id, null, channels, subject, body, notBefore)));
    }

    private static List<Notification> rows(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("businessKey = ?1 order by id", key));
    }

    record TestResident(Long id, Long siteId, String phone, String email) {
    }

    /** A resident of its own, with a number no other test uses, so the gateway's log tells this test's posts. */
    private static TestResident resident(boolean sms, boolean email, String language) {
        String phone = "+886955" + String.format("%06d", NUMBERS.incrementAndGet() % 1_000_000);
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = Site.find("code", TestSites.SITE_A).firstResult();
            var resident = new Resident();
            resident.siteId = site.id;
            resident.name = "通知測試";
            resident.kind = ResidentKind.OWNER;
            resident.phones = List.of(phone);
            resident.email = "resident-" + phone.substring(1) + "@test-a.invalid";
            resident.preferredLanguage = language;
            resident.recordSmsConsent(sms, sms ? java.time.Instant.now() : null,
                    sms ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.recordEmailConsent(email, email ? java.time.Instant.now() : null,
                    email ? steward.resident.ConsentMethod.IN_WRITING : null);
            resident.persist();
            return new TestResident(resident.id, site.id, phone, resident.email);
        });
    }
}
