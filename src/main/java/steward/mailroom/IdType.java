package steward.mailroom;

/** The identity document the desk checked; only its type and last four characters are kept. */
public enum IdType {
    NATIONAL_ID,
    RESIDENT_PERMIT,
    PASSPORT,
    DRIVING_LICENCE,
    OTHER
}
