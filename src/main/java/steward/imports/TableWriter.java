package steward.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import steward.web.SpreadsheetText;

/**
 * Writes a table (templates and exports) as CSV or XLSX, row by row onto the response: CSV in UTF-8 with a byte
 * order mark (so that Excel shows the Chinese) in Excel's dialect; XLSX with FastExcel, every cell an inline string
 * (no table of all strings kept in memory, and phone numbers keep their leading zero). Every cell that a spreadsheet
 * would take for a formula is neutralised ({@link SpreadsheetText}).
 */
abstract class TableWriter implements AutoCloseable {

    static TableWriter of(FileFormat format, OutputStream out, String sheetName) throws IOException {
        return format == FileFormat.XLSX ? new Xlsx(out, sheetName) : new Csv(out);
    }

    abstract void row(List<String> cells) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Csv extends TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        }

        @Override
        void row(List<String> cells) throws IOException {
            printer.printRecord(cells.stream().map(SpreadsheetText::neutralise).toList());
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends TableWriter {
        /** Rows written before the worksheet hands them to the stream (FastExcel keeps unflushed rows in memory). */
        private static final int FLUSH_EVERY = 1000;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Steward", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        void row(List<String> cells) throws IOException {
            for (int column = 0; column < cells.size(); column++) {
                String value = SpreadsheetText.neutralise(cells.get(column));
                if (value != null && !value.isEmpty()) {
                    sheet.inlineString(row, column, value);
                }
                if (row == 0) {
                    sheet.style(row, column).bold().set();
                    sheet.width(column, Math.max(10, Math.min(40, value == null ? 10 : value.length() * 2.5)));
                }
            }
            if (row == 0) {
                sheet.freezePane(0, 1);
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
