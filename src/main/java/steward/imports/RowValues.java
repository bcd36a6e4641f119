package steward.imports;

import java.util.EnumMap;
import java.util.Map;

/** A row of a file by column, its cells as text ({@link Cells#text}), with the pass that records its refusals. */
final class RowValues {

    final int line;
    private final Map<ImportColumn, String> values;
    private final Pass pass;

    private RowValues(int line, Map<ImportColumn, String> values, Pass pass) {
        this.line = line;
        this.values = values;
        this.pass = pass;
    }

    static RowValues of(SourceRow row, Heading heading, Pass pass) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        heading.index.forEach((column, index) -> values.put(column, Cells.text(row.cell(index))));
        return new RowValues(row.line(), values, pass);
    }

    /** Whether the file has this column at all: a column left out of a file leaves that field as it is. */
    boolean present(ImportColumn column) {
        return values.containsKey(column);
    }

    /** The cell's text, or "" when blank or when the file has no such column. */
    String text(ImportColumn column) {
        return values.getOrDefault(column, "");
    }

    Map<ImportColumn, String> all() {
        return values;
    }

    void refuse(ImportColumn column, ImportReason reason) {
        pass.refuse(line, column, reason, null);
    }

    void refuse(ImportColumn column, ImportReason reason, String argument) {
        pass.refuse(line, column, reason, argument);
    }

    /** Whether nothing in the row was refused so far. */
    boolean accepted() {
        return !pass.refused(line);
    }
}
