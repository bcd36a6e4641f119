package steward.mailroom;

/** What the desk received. */
public enum ItemKind {
    LETTER,
    PARCEL,
    DOCUMENT,
    FAX,
    KEY,
    OTHER
}
