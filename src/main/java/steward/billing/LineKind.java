package steward.billing;

/** The kinds of ledger line. The sign of the amount follows the kind (see the V5 migration). */
public enum LineKind {
    /** What the unit owes: a fee, a card, a deposit. Positive. */
    CHARGE,
    /** Money received, against a receipt. Negative. */
    PAYMENT,
    /** Money the unit is owed: a compensation, a deposit returned. Negative. */
    CREDIT,
    /** Cash paid out to the customer from their credit. Positive. */
    REFUND,
    /** The negation of another line (a voided receipt). */
    REVERSAL
}
