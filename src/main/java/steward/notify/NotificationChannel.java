package steward.notify;

/** How a message reaches its recipient: the banner on their pages, or email. */
public enum NotificationChannel {
    IN_APP,
    EMAIL
}
