package steward.billing;

import steward.web.Enums;

/** What a fee standard prices, and the unit it is charged by. */
public enum FeeItem {
    MANAGEMENT_FEE(ChargeUnit.PER_M2_MONTH),
    ACCESS_CARD(ChargeUnit.PER_CARD),
    CARD_REPLACEMENT(ChargeUnit.PER_CARD),
    CARD_DEPOSIT(ChargeUnit.PER_CARD),
    PARKING_MONTHLY(ChargeUnit.PER_MONTH),
    PARKING_CARD(ChargeUnit.PER_CARD),
    FAX_PAGE(ChargeUnit.PER_PAGE),
    OTHER(ChargeUnit.PER_ITEM);

    public enum ChargeUnit {
        PER_M2_MONTH,
        PER_CARD,
        PER_MONTH,
        PER_PAGE,
        PER_ITEM
    }

    public final ChargeUnit chargeUnit;

    FeeItem(ChargeUnit chargeUnit) {
        this.chargeUnit = chargeUnit;
    }

    /** The item named by some input, or null. */
    static FeeItem parse(String text) {
        return Enums.parse(FeeItem.class, text);
    }
}
