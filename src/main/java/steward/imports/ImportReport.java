package steward.imports;

import java.util.List;

/**
 * The report of an import as the API answers it: {@code rows} read, {@code accepted}, and every refused cell or row
 * with its line (the heading is line 1), its column's heading and the reason in the reader's language; plus what
 * the import adds, changes and leaves unchanged. At most a thousand refusals are listed; {@code refusedNotListed}
 * counts the rest.
 */
public record ImportReport(Long id, String kind, ImportState state, boolean written, String fileName,
        String encoding, int rows, int accepted, int refusedRows, int created, int updated, int unchanged,
        List<String> ignoredColumns, List<Refused> refused, int refusedNotListed) {

    /** One refused cell (or a whole row or file, without a column). */
    public record Refused(int line, String column, String reason, ImportReason code) {
    }

    static ImportReport of(ImportService.View view, ImportText text, String lang) {
        List<Refused> refused = view.refusals().stream()
                .map(r -> new Refused(r.line(), r.column() == null ? null : text.heading(r.column(), lang),
                        text.reason(r, lang), r.reason()))
                .toList();
        int rows = view.state() == ImportState.FAILED ? 0 : view.rowsChecked();
        return new ImportReport(view.id(), view.kind().path, view.state(), view.state() == ImportState.DONE,
                view.fileName(), view.encoding(), rows, view.state() == ImportState.FAILED ? 0 : view.rowsAccepted(),
                view.rowsRefused(), view.created(), view.updated(), view.unchanged(), view.ignoredColumns(), refused,
                Math.max(0, view.refusalCount() - refused.size()));
    }
}
