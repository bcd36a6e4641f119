package steward.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in throttling of local accounts (form and HTTP Basic), per username and client address. */
@ConfigMapping(prefix = "steward.sign-in")
public interface SignInConfig {

    /** Failed attempts within {@link #window()} that lock the username out at that address. */
    @WithDefault("5")
    int maxFailures();

    /** How far back failed attempts count. */
    @WithDefault("15m")
    Duration window();

    /** How long a lock-out lasts; attempts meanwhile are refused without looking at the password. */
    @WithDefault("15m")
    Duration lockout();
}
