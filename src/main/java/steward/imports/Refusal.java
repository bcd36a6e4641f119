package steward.imports;

/**
 * A refused cell or row of a file: its line as the spreadsheet numbers it (the heading is line 1), the column
 * (null for the whole row or file), the reason and its one argument.
 */
public record Refusal(int line, ImportColumn column, ImportReason reason, String argument) {

    public static Refusal of(int line, ImportColumn column, ImportReason reason) {
        return new Refusal(line, column, reason, null);
    }
}
