package steward.notify;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** Decides for the test keys starting with "test-guard:" what the test tells it to. */
@ApplicationScoped
public class GuardForTests implements OutboxGuard {

    static volatile Verdict verdict = Verdict.SEND;

    @Override
    public boolean covers(String businessKey) {
        return businessKey.startsWith("test-guard:");
    }

    @Override
    public Verdict verdict(Notification message, Instant now) {
        return verdict;
    }
}
