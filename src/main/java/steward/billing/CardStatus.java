package steward.billing;

public enum CardStatus {
    ACTIVE,
    /** Reported lost and replaced: the gate no longer opens for it. */
    BLOCKED,
    RETURNED
}
