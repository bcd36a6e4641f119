package steward.knowledge;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the answer book ({@code steward.knowledge.*}, or STEWARD_KNOWLEDGE_...). */
@ConfigMapping(prefix = "steward.knowledge")
public interface KnowledgeConfig {

    /** How long an approved answer is trusted before its owner reviews it, unless the approver sets a date. */
    @WithDefault("180d")
    Duration reviewAfter();

    /** How often each replica looks for answers whose review date has come: a duration such as {@code 15m}, or {@code off}. */
    @WithDefault("15m")
    String reviewCheckInterval();
}
