package steward.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.notify.NotificationService.Message;
import steward.notify.NotificationService.Recipient;
import steward.notify.NotificationService.ResidentMessage;
import steward.resident.Resident;
import steward.resident.ResidentKind;
import steward.resident.Site;
import steward.support.MailServer;
import steward.support.SmsGatewayStub;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * The SMTP server and the SMS gateway down for a while, not just for one attempt: the outbox keeps the messages,
 * tries again after 30 s, 60 s, 120 s (never sooner), and when the services return delivers each message once,
 * and never again.
 */
@QuarkusTest
class OutboxOutageTest {

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        sites.ensure();
        MailServer.up();
        SmsGatewayStub.accepting();
        // Far from other tests' messages (ResidentOutboxTest works 800 days ahead).
        clock.set(Instant.now().plus(Duration.ofDays(900)).truncatedTo(ChronoUnit.MINUTES));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        MailServer.up();
        SmsGatewayStub.accepting();
    }

    @Test
    void aStaffEmailAndAResidentSmsWaitOutTheOutageWithGrowingBackoffThenGoOnce() {
        String emailKey = "test-outage:email:" + UUID.randomUUID();
        String smsKey = "test-outage:sms:" + UUID.randomUUID();
        String phone = "+886966" + String.format("%06d", System.nanoTime() % 1_000_000);
        QuarkusTransaction.requiringNew().run(() -> {
            Site site = Site.find("code", TestSites.SITE_A).firstResult();
            notifications.enqueue(new Message(site.id, emailKey, new Recipient("supervisor", "主管",
                    "outage-supervisor@test-a.invalid", "zh-Hant"), "逾期承諾", "承諾已逾期,請跟進。", "/promises"));
            Resident resident = new Resident();
            resident.siteId = site.id;
            resident.name = "斷線測試";
            resident.kind = ResidentKind.OWNER;
            resident.phones = List.of(phone);
            resident.recordSmsConsent(true, java.time.Instant.now(), steward.resident.ConsentMethod.IN_WRITING);
            resident.persist();
            notifications.enqueueToResident(new ResidentMessage(site.id, smsKey, resident.id, null,
                    EnumSet.of(NotificationChannel.SMS), "提醒", "您的包裹已到,請至服務中心領取。", null));
        });
        MailServer.down();
        SmsGatewayStub.failing();

        for (int failures = 1; failures <= 3; failures++) {
            dispatcher.dispatchDue();
            Duration backoff = Duration.ofSeconds(30L << (failures - 1));
            for (Notification message : List.of(row(emailKey, NotificationChannel.EMAIL),
                    row(smsKey, NotificationChannel.SMS))) {
                assertEquals(NotificationState.FAILED, message.state, message.businessKey);
                assertEquals(failures, message.attempts);
                assertEquals(clock.instant().plus(backoff), message.nextAttemptAt, "backoff after " + failures);
            }
            clock.advance(backoff.minusSeconds(1));
            dispatcher.dispatchDue();
            assertEquals(failures, row(emailKey, NotificationChannel.EMAIL).attempts, "not before the backoff");
            assertEquals(failures, row(smsKey, NotificationChannel.SMS).attempts, "not before the backoff");
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(NotificationState.SENT, row(emailKey, NotificationChannel.IN_APP).state,
                "the banner never waits for SMTP");

        MailServer.up();
        SmsGatewayStub.accepting();
        dispatcher.dispatchDue();
        clock.advance(Duration.ofHours(6));
        dispatcher.dispatchDue();

        for (Notification message : List.of(row(emailKey, NotificationChannel.EMAIL),
                row(smsKey, NotificationChannel.SMS))) {
            assertEquals(NotificationState.SENT, message.state, message.businessKey);
            assertEquals(4, message.attempts, "three refused, the fourth delivered");
            assertNull(message.lastError);
        }
        assertEquals(1, Collections.frequency(MailServer.receivedKeys(), emailKey), "the email received once");
        assertEquals(4, SmsGatewayStub.receivedFor(phone).size(), "three posts refused with 503, one accepted");
    }

    /**
     * A connection on which the SMTP server never answers (as when the mail client misses the greeting, which it
     * did about once in forty restarts of the server) costs the mailer's timeout, not an attempt: the same attempt
     * sends the message on a new connection.
     */
    @Test
    void aConnectionThatNeverHearsTheServerIsReplacedWithinTheSameAttempt() throws Exception {
        String emailKey = "test-outage:silent:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Site site = Site.find("code", TestSites.SITE_A).firstResult();
            notifications.enqueue(new Message(site.id, emailKey, new Recipient("supervisor", "主管",
                    "outage-supervisor@test-a.invalid", "zh-Hant"), "逾期承諾", "承諾已逾期,請跟進。", "/promises"));
        });
        MailServer.down();
        try (MailServer.Silent silent = MailServer.silentOnNextConnectionThenUp()) {
            dispatcher.dispatchDue();
            assertTrue(silent.accepted(), "the first connection went to a server that never answered");
        }
        Notification email = row(emailKey, NotificationChannel.EMAIL);
        assertEquals(NotificationState.SENT, email.state, email.lastError);
        assertEquals(1, email.attempts, "one attempt, two connections");
        assertEquals(1, Collections.frequency(MailServer.receivedKeys(), emailKey), "the email received once");
    }

    private static Notification row(String key, NotificationChannel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Notification
                .<Notification>find("businessKey = ?1 and channel = ?2", key, channel).singleResult());
    }
}
