package steward.mailroom;

/** The confirmation call with the receiving side of an outbound document. */
public enum Confirmation {
    PENDING,
    CONFIRMED,
    NOT_REACHED
}
