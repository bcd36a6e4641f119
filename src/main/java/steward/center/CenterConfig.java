package steward.center;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of running the center ({@code steward.center.*}, or STEWARD_CENTER_...). */
@ConfigMapping(prefix = "steward.center")
public interface CenterConfig {

    /** How often each replica looks for call-outs to escalate: a duration such as {@code 1m}, or {@code off}. */
    @WithDefault("1m")
    String checkInterval();

    /** A call-out not acknowledged within this is escalated to the backup and the supervisors. */
    @WithDefault("10m")
    Duration ackWithin();

    /** A failed inspection item is to be corrected within this (the due time of its corrective promise). */
    @WithDefault("2h")
    Duration correctionWithin();

    /** A desk's self-inspection not done this long after its shift started is reminded (once). */
    @WithDefault("30m")
    Duration selfInspectionWithin();
}
