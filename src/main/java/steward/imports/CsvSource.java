package steward.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read record by record with Apache Commons CSV, in Excel's dialect (quotes doubled, line breaks
 * inside quoted cells), in the encoding {@link CsvEncoding} decided. The separator is the one the heading uses:
 * a comma, or a semicolon or a tab as some Excel settings write. Line numbers are records, as the spreadsheet
 * numbers its rows.
 */
final class CsvSource implements TableSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvSource(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvSource open(Path file, CsvEncoding encoding) throws IOException {
        char separator = separator(file, encoding);
        Reader reader = new BufferedReader(encoding.reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
                1 << 16);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        return new CsvSource(CSVParser.builder().setReader(reader).setFormat(format).get());
    }

    @Override
    public SourceRow next() throws FileRefused {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            return new SourceRow(Math.toIntExact(record.getRecordNumber()), cells);
        } catch (UncheckedIOException e) {
            // An opened quote never closed, or text after a closing quote: Excel would not have written it.
            throw new FileRefused(Math.toIntExact(parser.getRecordNumber() + 1), ImportReason.CSV_MALFORMED, null);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The separator of the heading: whichever of comma, semicolon and tab it has most of, outside quotes. */
    private static char separator(Path file, CsvEncoding encoding) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        try (Reader reader = new BufferedReader(encoding.reader(Files.newInputStream(file)))) {
            boolean quoted = false;
            for (int c; (c = reader.read()) >= 0;) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
