package steward.imports;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of file a company's spreadsheets come as. */
public enum FileFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String mediaType;
    public final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** {@code csv} or {@code xlsx}, as a query parameter names it. */
    public static Optional<FileFormat> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "xlsx" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }

    /** The format a request body's media type names, if it is one of the two. */
    public static Optional<FileFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(CSV_TYPE) ? Optional.of(CSV) : type.equals(XLSX_TYPE) ? Optional.of(XLSX) : Optional.empty();
    }

    /** The format of an upload by its media type, else by its file name; CSV when neither says. */
    public static FileFormat ofUpload(String mediaType, String fileName) {
        if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith(XLSX_TYPE)) {
            return XLSX;
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XLSX;
        }
        return CSV;
    }
}
