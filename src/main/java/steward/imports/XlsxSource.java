package steward.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook, row by row with FastExcel's streaming reader. Cells become the text a
 * person sees: dates as {@code 2026-03-31}, numbers without Excel's float noise ({@code 912345678}, not
 * {@code 9.12345678E8}), formulas as their last computed value.
 */
final class XlsxSource implements TableSource {

    private static final int MAX_COLUMNS = 64;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int lastLine;

    private XlsxSource(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    /**
     * Opens the workbook, after checking that it is one and that no part of it unpacks to more than
     * {@code maxUnpacked} bytes (a small file that unpacks to gigabytes is refused before it is read).
     */
    static XlsxSource open(Path file, long maxUnpacked) throws IOException, FileRefused {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new FileRefused(1, ImportReason.OLD_XLS, null);
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new FileRefused(1, ImportReason.NOT_XLSX, null);
        }
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.getSize() < 0 || entry.getSize() > maxUnpacked) {
                    throw new FileRefused(1, ImportReason.FILE_TOO_LARGE, String.valueOf(maxUnpacked));
                }
            }
        } catch (IOException e) {
            throw new FileRefused(1, ImportReason.NOT_XLSX, null);
        }
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = workbook.getFirstSheet();
            return new XlsxSource(workbook, sheet.openStream());
        } catch (IOException | RuntimeException e) {
            if (workbook != null) {
                workbook.close();
            }
            throw new FileRefused(1, ImportReason.NOT_XLSX, null);
        }
    }

    @Override
    public SourceRow next() throws FileRefused {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            lastLine = row.getRowNum();
            int count = Math.min(row.getCellCount(), MAX_COLUMNS);
            List<String> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(text(row.getCell(i)));
            }
            return new SourceRow(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            throw new FileRefused(lastLine + 1, ImportReason.NOT_XLSX, null);
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

    /** What the cell shows, as text. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case FORMULA -> formulaValue(cell);
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String formulaValue(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (isDate(cell)) {
            try {
                return cell.asDate().toLocalDate().toString();
            } catch (RuntimeException notANumber) {
                return raw;
            }
        }
        return raw;
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        String text = number.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A number shown as a date: one of Excel's built-in date formats (including the Chinese and Japanese ones,
     * 27 to 36 and 50 to 58), or a custom format with a year, month or day in it and no time only.
     */
    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.isBlank()) {
            return false;
        }
        String bare = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return bare.matches(".*[yd年日].*") || bare.contains("m") && bare.matches(".*(mm?[/.-]|[/.-]mm?|月).*");
    }
}
