package steward.imports;

/** A file that cannot be read as a table at all: its encoding, its format, its heading row. */
final class FileRefused extends Exception {

    final int line;
    final ImportColumn column;
    final ImportReason reason;
    final String argument;

    FileRefused(int line, ImportColumn column, ImportReason reason, String argument) {
        super(reason + " at line " + line + (argument == null ? "" : ": " + argument), null, false, false);
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.argument = argument;
    }

    FileRefused(int line, ImportReason reason, String argument) {
        this(line, null, reason, argument);
    }

    Refusal refusal() {
        return new Refusal(line, column, reason, argument);
    }
}
