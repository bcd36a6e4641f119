package steward.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encodings a CSV from Excel comes in: UTF-8 with a byte order mark ("CSV UTF-8"), UTF-8 without one, and Big5
 * as Windows writes it on Taiwanese machines (code page 950). Decided by decoding the whole file strictly, in that
 * order, never by guessing: a file is read in the first encoding in which every byte sequence is valid text, and
 * refused, naming what was found, when there is none. Big5 text that decodes only into the private use area
 * (the code page's user-defined characters) is not text either.
 */
enum CsvEncoding {
    UTF8_BOM("UTF-8 (BOM)", StandardCharsets.UTF_8, 3),
    UTF8("UTF-8", StandardCharsets.UTF_8, 0),
    CP950("Big5 (CP950)", Charset.forName("x-windows-950"), 0);

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** How the report names it. */
    final String label;
    final Charset charset;
    /** Bytes of the byte order mark to skip. */
    final int skip;

    CsvEncoding(String label, Charset charset, int skip) {
        this.label = label;
        this.charset = charset;
        this.skip = skip;
    }

    /** The encoding every byte of the file decodes in, or the refusal naming what the file is. */
    static CsvEncoding detect(Path file) throws IOException, FileRefused {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new FileRefused(1, ImportReason.XLSX_AS_CSV, null);
        }
        if (read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new FileRefused(1, ImportReason.OLD_XLS, null);
        }
        if (read >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new FileRefused(1, ImportReason.ENCODING_UNKNOWN, "UTF-16");
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            int bad = firstBadLine(file, UTF8_BOM);
            if (bad > 0) {
                throw new FileRefused(bad, ImportReason.ENCODING_UNKNOWN, "UTF-8 (BOM)");
            }
            return UTF8_BOM;
        }
        int notUtf8 = firstBadLine(file, UTF8);
        if (notUtf8 == 0) {
            return UTF8;
        }
        int notBig5 = firstBadLine(file, CP950);
        if (notBig5 == 0) {
            return CP950;
        }
        if (decodes(file, GB18030)) {
            throw new FileRefused(notBig5, ImportReason.ENCODING_UNKNOWN, "GB18030 (GBK)");
        }
        throw new FileRefused(Math.max(notUtf8, notBig5), ImportReason.ENCODING_UNKNOWN, "?");
    }

    /** A strict reader of the file's text, after the byte order mark. */
    Reader reader(InputStream in) throws IOException {
        in.skipNBytes(skip);
        return new InputStreamReader(in, strict(charset));
    }

    /**
     * The line of the first byte sequence that is not text in this encoding, or 0 when all are. A NUL character is
     * not text of a spreadsheet either (it is what UTF-16 looks like when read as UTF-8).
     */
    private static int firstBadLine(Path file, CsvEncoding encoding) throws IOException {
        int line = 1;
        try (Reader reader = encoding.reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            char[] buffer = new char[1 << 14];
            for (int n; (n = reader.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        line++;
                    } else if (c == 0 || encoding == CP950 && c >= '\uE000' && c <= '\uF8FF') {
                        return line;
                    }
                }
            }
            return 0;
        } catch (CharacterCodingException e) {
            return line;
        }
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict(charset))) {
            char[] buffer = new char[1 << 14];
            while (reader.read(buffer) > 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
