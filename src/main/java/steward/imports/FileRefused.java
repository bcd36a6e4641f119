package steward.imports;

import java.util.List;

/** A file that cannot be read as a table at all: its encoding, its format, its heading row. */
final class FileRefused extends Exception {

    final List<Refusal> refusals;

    FileRefused(List<Refusal> refusals) {
        super(refusals.get(0).reason() + " at line " + refusals.get(0).line(), null, false, false);
        this.refusals = List.copyOf(refusals);
    }

    FileRefused(int line, ImportReason reason, String argument) {
        this(List.of(new Refusal(line, null, reason, argument)));
    }
}
