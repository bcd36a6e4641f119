package steward.billing;

public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER,
    MOBILE;

    /** Transfers and mobile payments are found again by the reference of the bank or the wallet. */
    boolean needsReference() {
        return this == TRANSFER || this == MOBILE;
    }
}
