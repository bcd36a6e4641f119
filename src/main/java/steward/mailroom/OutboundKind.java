package steward.mailroom;

/** What the desk sends for a resident. */
public enum OutboundKind {
    DOCUMENT,
    FAX
}
