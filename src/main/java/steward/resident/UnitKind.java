package steward.resident;

/** What a unit is used as: a home, a shop, a parking space or a storage room. */
public enum UnitKind {
    RESIDENTIAL,
    SHOP,
    PARKING_SPACE,
    STORAGE
}
