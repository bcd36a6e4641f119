package steward.notify;

/** How a message reaches its recipient: the banner on staff pages, email, or SMS (residents, through a gateway). */
public enum NotificationChannel {
    IN_APP,
    EMAIL,
    SMS
}
