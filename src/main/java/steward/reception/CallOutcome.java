package steward.reception;

/** How a call ended. A promised callback is also a promise in the ledger (see CallService). */
public enum CallOutcome {
    ANSWERED,
    TRANSFERRED,
    CALLBACK_PROMISED,
    BECAME_COMPLAINT
}
