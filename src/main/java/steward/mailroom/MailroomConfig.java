package steward.mailroom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the mailroom ({@code steward.mailroom.*}, or STEWARD_MAILROOM_... in the environment). When an item
 * is reminded and flagged for return is each site's own setting ({@link steward.resident.SiteSettings}).
 */
@ConfigMapping(prefix = "steward.mailroom")
public interface MailroomConfig {

    /** How often every replica looks for reminders due ("off" in tests, which run the job themselves). */
    @WithDefault("10m")
    String checkInterval();
}
