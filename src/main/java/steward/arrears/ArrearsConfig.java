package steward.arrears;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Arrears collection ({@code steward.arrears.*}, or STEWARD_ARREARS_... in the environment). The order and the
 * day counts are the defaults a new site's rules start from; a supervisor changes a site's rules on its rules page.
 * The monthly cap and the quiet hours are each site's own settings ({@link steward.resident.SiteSettings}).
 */
@ConfigMapping(prefix = "steward.arrears")
public interface ArrearsConfig {

    /** The order a new site collects in: PHONE_FIRST (the seed's, 三(五)1) or MESSAGES_FIRST. */
    @WithDefault("PHONE_FIRST")
    ArrearsPolicy.CallOrder order();

    /** Phone first: a collection case with a call task for customer service at this many days overdue. */
    @WithDefault("15")
    @Min(1)
    int firstCallDays();

    /** Phone first: the fee detail statement by email at this many days overdue (after a call). */
    @WithDefault("30")
    @Min(1)
    int statementDays();

    /** The written demand (催告書) at this many days overdue, after the calls; in both orders. */
    @WithDefault("90")
    @Min(1)
    int demandDays();

    /** The written demand asks for payment within this many days of its issue. */
    @WithDefault("14")
    @Min(1)
    @Max(90)
    int demandPayWithinDays();

    /** Customer service calls residents from this local time of the site ... */
    @WithDefault("09:00")
    LocalTime callHoursFrom();

    /** ... until this one, on these days: a call task is due by the end of these hours. */
    @WithDefault("18:00")
    LocalTime callHoursUntil();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY")
    Set<DayOfWeek> callDays();

    /** Messages first: an SMS at this many days overdue. */
    @WithDefault("15")
    @Min(1)
    int smsDays();

    /** Messages first: an SMS and an email with the fee detail statement at this many days overdue. */
    @WithDefault("30")
    @Min(1)
    int smsAndEmailDays();

    /** Messages first: a collection case with a call task for customer service at this many days overdue. */
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
