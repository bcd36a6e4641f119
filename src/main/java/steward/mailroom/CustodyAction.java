package steward.mailroom;

/** The steps of the chain of custody of an item or an outbound document. */
public enum CustodyAction {
    RECEIVED,
    PHOTOGRAPHED,
    NOTIFIED,
    REMINDED,
    WRONG_CODE,
    LOCKED,
    RELEASED,
    HANDED_OVER,
    FLAGGED_FOR_RETURN,
    RETURNED,
    REGISTERED,
    CONFIRMATION_CALL,
    FEE_POSTED
}
