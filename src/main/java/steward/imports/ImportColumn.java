package steward.imports;

/** A column of an import file; its heading is in the user's language ({@link ImportMessages#column}). */
public enum ImportColumn {
    BUILDING,
    UNIT,
    FLOOR,
    AREA,
    UNIT_KIND,
    NAME,
    RESIDENT_KIND,
    UNITS,
    PHONES,
    EMAIL,
    LANGUAGE,
    CONSENT_SMS,
    CONSENT_EMAIL,
    CONSENT_DATE,
    CONSENT_HOW,
    MOVED_IN,
    ITEM,
    PERIOD,
    AMOUNT,
    DUE_DATE
}
