package steward.promise;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the promise alerts ({@code steward.promises.*}, or STEWARD_PROMISES_...). */
@ConfigMapping(prefix = "steward.promises")
public interface PromisesConfig {

    /** How often each replica looks for promises to remind of or alert on: a duration such as {@code 1m}, or {@code off}. */
    @WithDefault("1m")
    String checkInterval();

    /** How long before the due time the owner is reminded. */
    @WithDefault("2h")
    Duration reminderLead();
}
