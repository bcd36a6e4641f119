package steward.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Sends what is due from the outbox. Each message is claimed with {@code FOR UPDATE SKIP LOCKED} in a
 * transaction of its own and marked in the same transaction, so replicas never take the same message, and a
 * replica that dies mid-send leaves the message to the next run (its lock dies with its connection).
 *
 * <p>The one thing no database can settle is an SMTP server that accepted a message just before the sending
 * replica died: that message is sent again. It carries the same Message-ID both times, so mail clients show it
 * once.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    public static final int MAX_ATTEMPTS = 5;
    private static final int MAX_ERROR_LENGTH = 500;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    SmsGateway smsGateway;

    @Inject
    @Any
    Instance<OutboxGuard> guards;

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    /** Sends due messages, oldest due first, until none is left or the batch is spent; returns how many. */
    public int dispatchDue() {
        int handled = 0;
        while (handled < config.batchSize()
                && QuarkusTransaction.requiringNew().timeout(120).call(this::dispatchOne)) {
            handled++;
        }
        return handled;
    }

    private boolean dispatchOne() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Notification> due = em.createNativeQuery("""
                select * from notification
                where state in ('PENDING', 'FAILED') and next_attempt_at <= ?1
                order by next_attempt_at, id
                limit 1
                for update skip locked""", Notification.class).setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notification message = due.get(0);
        OutboxGuard.Verdict verdict = verdictOn(message, now);
        if (!verdict.send()) {
            if (verdict.holdUntil() != null && verdict.holdUntil().isAfter(now)) {
                message.nextAttemptAt = verdict.holdUntil();
            } else {
                message.state = NotificationState.WITHDRAWN;
            }
            return true;
        }
        message.attempts++;
        try {
            deliver(message);
            message.state = NotificationState.SENT;
            message.sentAt = now;
            message.lastError = null;
        } catch (RuntimeException e) {
            failed(message, now, e);
        }
        return true;
    }

    private OutboxGuard.Verdict verdictOn(Notification message, Instant now) {
        for (OutboxGuard guard : guards) {
            if (guard.covers(message.businessKey)) {
                return guard.verdict(message, now);
            }
        }
        return OutboxGuard.Verdict.SEND;
    }

    /** In-app messages are delivered by being marked sent: the recipient's banner shows them from then on. */
    private void deliver(Notification message) {
        switch (message.channel) {
            case EMAIL -> sendEmail(message);
            case SMS -> smsGateway.send(message.address, message.body, "notification-" + message.id);
            case IN_APP -> {
            }
        }
    }

    /**
     * One attempt at an email may use two connections. The mail client can be handed a connection that is no good
     * although the server is up: a pooled one that died when the server restarted, or a new one whose greeting
     * the client never read (it attaches its reader only after the socket is connected, and a fast server's
     * 220 can arrive first; the send then waits for {@code quarkus.mailer.timeout}). Such a failure says nothing
     * about the message, so it is sent again at once on a new connection instead of waiting out a backoff and
     * spending one of its five attempts. A second failure is the attempt's. Should the server have taken the
     * first try after all, both copies carry the same Message-ID and mail clients show one.
     */
    private void sendEmail(Notification message) {
        try {
            mailer.send(email(message));
        } catch (RuntimeException firstTry) {
            LOG.debugf(firstTry, "Notification %d: first connection failed, sending on a new one", message.id);
            mailer.send(email(message));
        }
    }

    private static Mail email(Notification message) {
        return Mail.withText(message.address, message.subject, message.body)
                .addHeader("Message-ID", "<notification-" + message.id + "@steward>")
                .addHeader("X-Steward-Key", message.businessKey);
    }

    private void failed(Notification message, Instant now, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (message.attempts >= MAX_ATTEMPTS) {
            message.state = NotificationState.DEAD;
            LOG.warnf("Notification %d (%s) is dead after %d attempts: %s", message.id, message.businessKey,
                    message.attempts, message.lastError);
        } else {
            LOG.infof("Notification %d (%s) attempt %d failed, next at %s: %s", message.id, message.businessKey,
                    message.attempts, now.plus(backoff(message.attempts)), message.lastError);
            message.state = NotificationState.FAILED;
            message.nextAttemptAt = now.plus(backoff(message.attempts));
        }
    }

    /** 1×, 2×, 4×, 8× the configured backoff after the 1st, 2nd, 3rd and 4th failure. */
    Duration backoff(int failures) {
        return config.retryBackoff().multipliedBy(1L << Math.min(failures - 1, 10));
    }
}
