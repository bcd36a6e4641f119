package steward.survey;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the resident's survey ({@code steward.survey.*}, or STEWARD_SURVEY_...). */
@ConfigMapping(prefix = "steward.survey")
public interface SurveyConfig {

    /** The address residents open the link at, e.g. {@code https://desk.example.com} (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How long a link stays valid. */
    @WithDefault("14d")
    Duration validFor();

    /** An answer at or below this satisfaction sends the complaint back to the supervisors. */
    @WithDefault("2")
    int lowScore();

    /** Requests to the survey pages one client address may make within {@link #rateWindow()}. */
    @WithDefault("60")
    int rateLimit();

    @WithDefault("10m")
    Duration rateWindow();
}
