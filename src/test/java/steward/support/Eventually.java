package steward.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what other processes do (replicas, jobs, a restarted database), failing with what was seen last. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(Duration limit, BooleanSupplier condition, Supplier<String> failure)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(failure.get());
    }
}
