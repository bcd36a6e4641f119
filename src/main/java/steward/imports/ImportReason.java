package steward.imports;

/**
 * Why a row, a cell or a whole file is refused. Stored as this code with one argument (a line number, a limit,
 * the encoding found; never a resident's data), and said in the reader's language by {@link ImportMessages#reason}.
 */
public enum ImportReason {
    // The whole file
    ENCODING_UNKNOWN,
    XLSX_AS_CSV,
    OLD_XLS,
    CSV_MALFORMED,
    FILE_TOO_LARGE,
    NOT_XLSX,
    EMPTY_FILE,
    MISSING_COLUMN,
    DUPLICATE_COLUMN,
    // A cell or a row
    REQUIRED,
    TOO_LONG,
    UNIT_LABEL_INVALID,
    UNKNOWN_BUILDING,
    BUILDING_CLOSED,
    UNKNOWN_UNIT,
    UNIT_CLOSED,
    ID_NUMBER,
    PHONE_INVALID,
    EMAIL_INVALID,
    DATE_INVALID,
    NUMBER_INVALID,
    AREA_INVALID,
    AMOUNT_INVALID,
    PERIOD_INVALID,
    CHOICE_INVALID,
    YES_NO_INVALID,
    TOO_MANY_PHONES,
    DATE_IN_FUTURE,
    DUPLICATE_ROW,
    AMBIGUOUS_RESIDENT,
    BALANCE_DIFFERS,
    ALREADY_CHARGED,
    SAMPLE_ROW,
    /** The file could not be processed for a reason of Steward's own (logged): the page says to try again. */
    UNEXPECTED,
    /** The database changed between the check and the writing (another import wrote the same rows meanwhile). */
    CHANGED_MEANWHILE
}
