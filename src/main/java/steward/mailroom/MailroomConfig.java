package steward.mailroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Settings of the mailroom ({@code steward.mailroom.*}, or STEWARD_MAILROOM_... in the environment). */
@ConfigMapping(prefix = "steward.mailroom")
public interface MailroomConfig {

    /** Days an item waits before its recipient is reminded the first time. */
    @WithDefault("3")
    @Min(1)
    int firstReminderDays();

    /** Days between later reminders. */
    @WithDefault("7")
    @Min(1)
    int reminderIntervalDays();

    /** Days after which an item not collected is flagged to go back to its sender. */
    @WithDefault("30")
    @Min(1)
    int returnAfterDays();

    /** How often every replica looks for reminders due ("off" in tests, which run the job themselves). */
    @WithDefault("10m")
    String checkInterval();
}
