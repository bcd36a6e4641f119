package steward.resident;

import java.time.LocalTime;

import jakarta.persistence.Embeddable;

/**
 * What a site decides for itself: how long personal data is kept, when the desk's day ends, when the mailroom
 * reminds, how often and when arrears reminders may reach a resident, the standard of answering the phone and
 * how soon a missed call is called back. A new site starts from {@link SiteDefaults}
 * (the environment); the administrator changes them on the site's page.
 */
@Embeddable
public class SiteSettings {

    /** Visitor records older than this are deleted. */
    public int visitorRetentionDays;

    /** After this a call keeps no caller's name, number or notes (the call still counts). */
    public int callerRetentionDays;

    /** After this an inquiry keeps no caller's name or number. */
    public int inquirerRetentionDays;

    /** Notifications sent (or given up) older than this are deleted. */
    public int notificationRetentionDays;

    /** From this local time on, visitors still in are flagged for the evening shift. */
    public LocalTime deskDayEndsAt;

    /** An item not collected is reminded after this many days... */
    public int mailroomFirstReminderDays;

    /** ... then again every this many days... */
    public int mailroomReminderIntervalDays;

    /** ... and flagged to go back to its sender after this many days. */
    public int mailroomReturnAfterDays;

    /** At most this many arrears reminders reach a unit's resident in a month. */
    public int arrearsMonthlyCap;

    /** No arrears reminder reaches a resident from this local time ... */
    public LocalTime arrearsQuietFrom;

    /** ... until this one (the same time for both: no quiet hours). */
    public LocalTime arrearsQuietUntil;

    /** A call the phone system measured is answered within the standard when it rang no longer than this. */
    public int answerWithinSeconds;

    /** A missed call's callback (a promise in the ledger) is due this many minutes after it rang off. */
    public int missedCallbackMinutes;

    /** The settings a new site starts with. */
    public static SiteSettings of(SiteDefaults defaults) {
        SiteSettings settings = new SiteSettings();
        settings.visitorRetentionDays = defaults.visitorRetentionDays();
        settings.callerRetentionDays = defaults.callerRetentionDays();
        settings.inquirerRetentionDays = defaults.inquirerRetentionDays();
        settings.notificationRetentionDays = defaults.notificationRetentionDays();
        settings.deskDayEndsAt = defaults.deskDayEndsAt();
        settings.mailroomFirstReminderDays = defaults.mailroomFirstReminderDays();
        settings.mailroomReminderIntervalDays = defaults.mailroomReminderIntervalDays();
        settings.mailroomReturnAfterDays = defaults.mailroomReturnAfterDays();
        settings.arrearsMonthlyCap = defaults.arrearsMonthlyCap();
        settings.arrearsQuietFrom = defaults.arrearsQuietFrom();
        settings.arrearsQuietUntil = defaults.arrearsQuietUntil();
        settings.answerWithinSeconds = defaults.answerWithinSeconds();
        settings.missedCallbackMinutes = defaults.missedCallbackMinutes();
        return settings;
    }
}
