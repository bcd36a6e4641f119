package steward.billing;

/** The kind of parking space: monthly parking is priced per type (the fee standard's variant). */
public enum SpaceType {
    CAR,
    MOTORCYCLE
}
