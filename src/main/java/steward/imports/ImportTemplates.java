package steward.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import steward.billing.FeeItem;
import steward.resident.ConsentMethod;
import steward.resident.ResidentKind;
import steward.resident.UnitKind;
import steward.web.Languages;

/**
 * The template of each kind of import: the headings in the reader's language and one example row, which an import
 * refuses if it is left in (the example is a made-up resident, not to be imported).
 */
@ApplicationScoped
class ImportTemplates {

    @Inject
    ImportText text;

    /** The example rows' cells as {@link ImportText#key} compares them, per language: made once, used for every row. */
    private final Map<ImportKind, List<List<String>>> exampleKeys = new ConcurrentHashMap<>();

    List<String> headings(ImportKind kind, String lang) {
        return kind.columns.stream().map(c -> text.heading(c, lang)).toList();
    }

    /** The example row of a kind, written in the reader's language. */
    List<String> example(ImportKind kind, String lang) {
        Map<ImportColumn, String> values = switch (kind) {
            case UNITS -> Map.of(ImportColumn.BUILDING, "5棟", ImportColumn.UNIT, "5棟2單元502", ImportColumn.FLOOR, "5",
                    ImportColumn.AREA, "88.5", ImportColumn.UNIT_KIND, text.label(UnitKind.RESIDENTIAL, lang));
            case RESIDENTS -> Map.ofEntries(Map.entry(ImportColumn.NAME, "陳大文"),
                    Map.entry(ImportColumn.RESIDENT_KIND, text.label(ResidentKind.OWNER, lang)),
                    Map.entry(ImportColumn.UNITS, "5棟2單元502"), Map.entry(ImportColumn.PHONES, "0912345678"),
                    Map.entry(ImportColumn.EMAIL, "chen.taiwen@example.com"),
                    Map.entry(ImportColumn.LANGUAGE, text.languageName(Languages.TRADITIONAL, lang)),
                    Map.entry(ImportColumn.CONSENT_SMS, text.yes(lang)), Map.entry(ImportColumn.CONSENT_EMAIL, text.no(lang)),
                    Map.entry(ImportColumn.CONSENT_DATE, "2026-01-15"),
                    Map.entry(ImportColumn.CONSENT_HOW, text.label(ConsentMethod.IN_WRITING, lang)),
                    Map.entry(ImportColumn.MOVED_IN, "2020-07-01"));
            case OPENING_BALANCES -> Map.of(ImportColumn.UNIT, "5棟2單元502", ImportColumn.ITEM,
                    text.label(FeeItem.MANAGEMENT_FEE, lang), ImportColumn.PERIOD, "2026-01", ImportColumn.AMOUNT,
                    "2400", ImportColumn.DUE_DATE, "2026-01-31");
        };
        return kind.columns.stream().map(c -> values.getOrDefault(c, "")).toList();
    }

    /** Whether a row is the example of its template (in any language), left in by mistake. */
    boolean isExample(ImportKind kind, RowValues row) {
        String[] keys = new String[kind.columns.size()];
        for (List<String> example : exampleKeys.computeIfAbsent(kind, k -> Languages.SUPPORTED.stream()
                .map(lang -> example(k, lang).stream().map(ImportText::key).toList()).toList())) {
            boolean same = true;
            for (int i = 0; i < kind.columns.size() && same; i++) {
                ImportColumn column = kind.columns.get(i);
                if (row.present(column)) {
                    if (keys[i] == null) {
                        keys[i] = ImportText.key(row.text(column));
                    }
                    same = keys[i].equals(example.get(i));
                }
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
