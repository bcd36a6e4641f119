package steward.notify;

/** PENDING until sent; FAILED while retries remain; DEAD after the last failed attempt (shown to supervisors). */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED,
    DEAD
}
