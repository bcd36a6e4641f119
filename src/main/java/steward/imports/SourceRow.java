package steward.imports;

import java.util.List;

/** One row of an uploaded table as read: its line (the heading is line 1) and its cells as text, left to right. */
record SourceRow(int line, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
