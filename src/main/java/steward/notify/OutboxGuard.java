package steward.notify;

import java.time.Instant;

/**
 * Asked just before a queued message is sent, inside the sending transaction, by the capability that queued
 * it: a reminder of a debt is withdrawn once the debt is paid, and held while the resident's quiet hours last.
 * Implementations are application-scoped beans; the first that covers a message's key decides.
 */
public interface OutboxGuard {

    /** Whether this guard decides for messages with this business key (e.g. those starting with "arrears:"). */
    boolean covers(String businessKey);

    Verdict verdict(Notification message, Instant now);

    /** Send now, withdraw for good, or hold until a later time. */
    record Verdict(boolean send, Instant holdUntil) {

        public static final Verdict SEND = new Verdict(true, null);
        public static final Verdict WITHDRAW = new Verdict(false, null);

        public static Verdict holdUntil(Instant when) {
            return new Verdict(false, when);
        }
    }
}
