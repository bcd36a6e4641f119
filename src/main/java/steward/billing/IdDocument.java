package steward.billing;

/** The documents a customer may show for a card. Only the type and the last four characters are kept. */
public enum IdDocument {
    NATIONAL_ID,
    RESIDENT_PERMIT,
    PASSPORT,
    DRIVING_LICENCE,
    OTHER
}
