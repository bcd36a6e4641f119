package steward.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in throttling of local accounts (form and HTTP Basic), per username and client address and per username. */
@ConfigMapping(prefix = "steward.sign-in")
public interface SignInConfig {

    /** Failed attempts within {@link #window()} that lock the username out at that address. */
    @WithDefault("5")
    int maxFailures();

    /**
     * Failed attempts within {@link #window()}, from all addresses together, that lock the username out everywhere
     * (guesses spread over many addresses), until the lock-out ends or an administrator lifts it.
     */
    @WithDefault("20")
    int maxFailuresAcrossAddresses();

    /** How far back failed attempts count; older failures are deleted. */
    @WithDefault("15m")
    Duration window();

    /** How long a lock-out lasts; attempts meanwhile are refused without looking at the password. */
    @WithDefault("15m")
    Duration lockout();

    /**
     * How long a verified username and password are remembered in memory, so that an API client sending them with
     * every request (HTTP Basic) pays for bcrypt once, not per request. Forgotten at once when the password changes
     * or the account is disabled.
     */
    @WithDefault("5m")
    Duration rememberVerifiedFor();

    /**
     * How many bcrypt checks run at once (default: half the processors, at least one), so that a flood of guesses
     * cannot take every core from signed-in users.
     */
    Optional<Integer> passwordChecksAtOnce();

    /** How many sign-ins may wait for a check; beyond that they are told to try again shortly. */
    @WithDefault("16")
    int passwordChecksWaiting();

    /** How often each replica deletes old failures and sessions ({@link SignInJobs}), or {@code off}. */
    @WithDefault("5m")
    String purgeInterval();
}
