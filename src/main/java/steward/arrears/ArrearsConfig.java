package steward.arrears;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Arrears reminders ({@code steward.arrears.*}, or STEWARD_ARREARS_... in the environment). The day counts are
 * the defaults a site's rules start from; a supervisor changes a site's rules through the API. The monthly cap and
 * the quiet hours are each site's own settings ({@link steward.resident.SiteSettings}).
 */
@ConfigMapping(prefix = "steward.arrears")
public interface ArrearsConfig {

    /** An SMS at this many days overdue. */
    @WithDefault("15")
    @Min(1)
    int smsDays();

    /** An SMS and an email with the fee detail statement at this many days overdue. */
    @WithDefault("30")
    @Min(1)
    int smsAndEmailDays();

    /** A task for customer service to telephone at this many days overdue. */
    @WithDefault("60")
    @Min(1)
    int staffCallDays();

    /** How often each replica evaluates the rules: a duration such as {@code 15m}, or {@code off}. */
    @WithDefault("15m")
    String evaluateInterval();

    /** Reminders handed to the outbox per transaction. */
    @WithDefault("200")
    @Min(1)
    int batchSize();
}
