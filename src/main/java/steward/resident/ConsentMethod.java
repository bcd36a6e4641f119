package steward.resident;

/** How a resident gave (or withdrew) their consent to be messaged on a channel. */
public enum ConsentMethod {
    /** A signed form. */
    IN_WRITING,
    /** Said at the desk, to the staff member who recorded it. */
    IN_PERSON,
    BY_PHONE,
    BY_EMAIL,
    /** Carried over from the company's earlier records (an import, or a consent recorded before Steward asked how). */
    EARLIER_RECORDS
}
