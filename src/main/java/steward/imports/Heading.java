package steward.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heading row of a file: which cell is which column of the kind, matched in any of the three languages and in
 * any order. Headings that name no column of the kind are ignored (and listed in the report); a required column
 * that is missing, or a column named twice, refuses the file.
 */
final class Heading {

    final Map<ImportColumn, Integer> index;
    final List<String> ignored;
    final List<Refusal> problems;

    private Heading(Map<ImportColumn, Integer> index, List<String> ignored, List<Refusal> problems) {
        this.index = index;
        this.ignored = ignored;
        this.problems = problems;
    }

    static Heading of(SourceRow row, ImportKind kind, ImportText text) {
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        List<Refusal> problems = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = Cells.text(row.cell(i));
            if (cell.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = text.column(kind, cell);
            if (column.isEmpty()) {
                ignored.add(cell);
            } else if (index.putIfAbsent(column.get(), i) != null) {
                problems.add(Refusal.of(row.line(), column.get(), ImportReason.DUPLICATE_COLUMN));
            }
        }
        for (ImportColumn required : kind.required) {
            if (!index.containsKey(required)) {
                problems.add(Refusal.of(row.line(), required, ImportReason.MISSING_COLUMN));
            }
        }
        return new Heading(index, ignored, problems);
    }

    /** How many of the kind's columns the heading names: none at all suggests the file was read in a wrong encoding. */
    int recognised() {
        return index.size();
    }
}
