package steward.imports;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an uploaded table, one at a time, never the whole file in memory. */
interface TableSource extends Closeable {

    /** The next row (blank ones included, so that lines count as the spreadsheet shows them), or null at the end. */
    SourceRow next() throws IOException, FileRefused;
}
