package steward.resident;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a new site starts with ({@code steward.site-defaults.*}, set from the environment variables in
 * application.properties: STEWARD_VISITOR_RETENTION_DAYS and the rest). A site's own values are on its page;
 * changing a variable changes no site that exists.
 */
@ConfigMapping(prefix = "steward.site-defaults")
public interface SiteDefaults {

    @Min(1)
    @Max(3650)
    int visitorRetentionDays();

    @Min(1)
    @Max(3650)
    int callerRetentionDays();

    @Min(1)
    @Max(3650)
    int inquirerRetentionDays();

    @Min(1)
    @Max(3650)
    int notificationRetentionDays();

    LocalTime deskDayEndsAt();

    @Min(1)
    @Max(365)
    int mailroomFirstReminderDays();

    @Min(1)
    @Max(365)
    int mailroomReminderIntervalDays();

    @Min(1)
    @Max(3650)
    int mailroomReturnAfterDays();

    @Min(1)
    @Max(31)
    int arrearsMonthlyCap();

    LocalTime arrearsQuietFrom();

    LocalTime arrearsQuietUntil();

    @Min(1)
    @Max(120)
    int answerWithinSeconds();

    @Min(1)
    @Max(1440)
    int missedCallbackMinutes();
}
