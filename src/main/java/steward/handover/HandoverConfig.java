package steward.handover;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the shift handover ({@code steward.handover.*}, or STEWARD_HANDOVER_...). */
@ConfigMapping(prefix = "steward.handover")
public interface HandoverConfig {

    /** A handover not confirmed this long after its shift started is late: the supervisors are told (once). */
    @WithDefault("30m")
    Duration confirmWithin();

    /** How often each replica looks for late handovers: a duration such as {@code 1m}, or {@code off}. */
    @WithDefault("1m")
    String checkInterval();
}
