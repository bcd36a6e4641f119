package steward.privacy;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the privacy tools ({@code steward.privacy.*}, or STEWARD_PRIVACY_... in the environment). */
@ConfigMapping(prefix = "steward.privacy")
public interface PrivacyConfig {

    /**
     * Days each kind of record keeps personal data (the kinds are the {@link RetentionRule} beans'), e.g.
     * {@code steward.privacy.retention.visits=180}. A kind not named keeps its rule's default.
     */
    Map<String, Integer> retention();

    /** When each replica applies the retention rules (a Quartz-style cron), or {@code off}. */
    @WithDefault("0 30 3 * * ?")
    String retentionCron();
}
