package steward.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a file brings into a site, with its columns in the order of the template and the export. */
public enum ImportKind {
    UNITS("units", List.of(ImportColumn.BUILDING, ImportColumn.UNIT, ImportColumn.FLOOR, ImportColumn.AREA,
            ImportColumn.UNIT_KIND), List.of(ImportColumn.BUILDING, ImportColumn.UNIT)),
    RESIDENTS("residents", List.of(ImportColumn.NAME, ImportColumn.RESIDENT_KIND, ImportColumn.UNITS,
            ImportColumn.PHONES, ImportColumn.EMAIL, ImportColumn.LANGUAGE, ImportColumn.CONSENT_SMS,
            ImportColumn.CONSENT_EMAIL, ImportColumn.CONSENT_DATE, ImportColumn.CONSENT_HOW, ImportColumn.MOVED_IN),
            List.of(ImportColumn.NAME, ImportColumn.RESIDENT_KIND, ImportColumn.UNITS)),
    OPENING_BALANCES("opening-balances", List.of(ImportColumn.UNIT, ImportColumn.ITEM, ImportColumn.PERIOD,
            ImportColumn.AMOUNT, ImportColumn.DUE_DATE), List.of(ImportColumn.UNIT, ImportColumn.ITEM,
                    ImportColumn.PERIOD, ImportColumn.AMOUNT, ImportColumn.DUE_DATE));

    /** The kind as the API's paths and the file names say it: {@code opening-balances}. */
    public final String path;
    public final List<ImportColumn> columns;
    public final List<ImportColumn> required;

    ImportKind(String path, List<ImportColumn> columns, List<ImportColumn> required) {
        this.path = path;
        this.columns = columns;
        this.required = required;
    }

    public static Optional<ImportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    /** Whether units and residents can be exported in this kind (opening balances are not kept as a list). */
    public boolean exportable() {
        return this != OPENING_BALANCES;
    }
}
