package steward.billing;

/** What a receipt is printed on: the thermal printer at the till, or an A4 sheet. */
public enum Paper {
    THERMAL_80MM,
    A4
}
