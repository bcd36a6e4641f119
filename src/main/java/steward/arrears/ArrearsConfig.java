package steward.arrears;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Arrears reminders ({@code steward.arrears.*}, or STEWARD_ARREARS_... in the environment). The day counts are
 * the defaults a site's rules start from; a supervisor changes a site's rules through the API.
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

    /** At most this many reminders to a unit's resident per calendar month of the site. */
    @WithDefault("2")
    @Min(1)
    @Max(31)
    int monthlyCap();

    /** Nothing is sent to residents from this local time of the site ... */
    @WithDefault("21:00")
    LocalTime quietFrom();

    /** ... until this one: what falls in between is held until then (the same time for both: no quiet hours). */
    @WithDefault("08:00")
    LocalTime quietUntil();

    /** How often each replica evaluates the rules: a duration such as {@code 15m}, or {@code off}. */
    @WithDefault("15m")
    String evaluateInterval();

    /** Reminders handed to the outbox per transaction. */
    @WithDefault("200")
    @Min(1)
    int batchSize();
}
