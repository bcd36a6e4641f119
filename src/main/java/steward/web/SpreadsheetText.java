package steward.web;

/**
 * Text written into a file that a spreadsheet will open (CSV, XLSX): a value that begins with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return, which some spreadsheets skip before one) would be run as a
 * formula, so it is written with a {@code '} before it, which spreadsheets show as text. Steward's imports take
 * that mark off again, so that an export re-imports unchanged.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The value as a cell may hold it without a spreadsheet running it. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    /** The value a neutralised cell stood for; any other text as it is. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
