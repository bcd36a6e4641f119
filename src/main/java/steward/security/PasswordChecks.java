package steward.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * bcrypt, a few at a time. A check costs tens of milliseconds of a core by design; a flood of guesses (random
 * usernames, which no lock-out stops) would otherwise take every core from the signed-in users. At most
 * {@link SignInConfig#passwordChecksAtOnce()} run at once, a few more wait, and the rest are told to try again
 * shortly ({@link Busy}) without holding a thread. The checks made are counted
 * ({@code steward_sign_in_password_checks_total} on /q/metrics).
 */
@ApplicationScoped
public class PasswordChecks {

    /** Too many sign-ins at once: answered "try again shortly" (503 for HTTP Basic, a message on the form). */
    public static class Busy extends RuntimeException {
        Busy() {
            super("Too many sign-ins at once");
        }
    }

    /** Checked where no account has the username, so that the answer takes as long as for a wrong password. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this username");

    private static final long WAIT_SECONDS = 10;

    private final Semaphore running;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Counter checks;

    @Inject
    public PasswordChecks(SignInConfig config, MeterRegistry registry) {
        int processors = Runtime.getRuntime().availableProcessors();
        running = new Semaphore(config.passwordChecksAtOnce().orElse(Math.max(1, processors / 2)), true);
        maxWaiting = config.passwordChecksWaiting();
        checks = Counter.builder("steward.sign-in.password-checks").description("bcrypt checks of sign-ins")
                .register(registry);
    }

    /** Whether the password matches the hash (a hash of null: no such account, checked all the same). */
    public boolean matches(String password, String passwordHash) {
        if (waiting.incrementAndGet() > maxWaiting + running.availablePermits()) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        boolean acquired;
        try {
            acquired = running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            checks.increment();
            boolean matches = BcryptUtil.matches(password, passwordHash != null ? passwordHash : NO_ACCOUNT_HASH);
            return matches && passwordHash != null;
        } finally {
            running.release();
        }
    }

    /** How many checks were made since the start (for tests and the benchmark). */
    public double made() {
        return checks.count();
    }
}
