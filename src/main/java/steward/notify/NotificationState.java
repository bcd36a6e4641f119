package steward.notify;

/**
 * PENDING until sent; FAILED while retries remain; DEAD after the last failed attempt (shown to supervisors);
 * WITHDRAWN when, at the moment of sending, the capability that queued it no longer wanted it sent.
 */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED,
    DEAD,
    WITHDRAWN
}
