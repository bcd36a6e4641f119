package steward.lending;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of lending ({@code steward.lending.*}, or STEWARD_LENDING_...). */
@ConfigMapping(prefix = "steward.lending")
public interface LendingConfig {

    /** How often each replica looks for loans overdue to remind of: a duration such as {@code 1m}, or {@code off}. */
    @WithDefault("1m")
    String checkInterval();

    /** A loan not back this long after its due time is reminded of (a key a few minutes late is no alarm). */
    @WithDefault("15m")
    java.time.Duration remindAfter();
}
