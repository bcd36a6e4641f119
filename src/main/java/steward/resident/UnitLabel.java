package steward.resident;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A unit's label as people say it ({@code 5棟2單元502}), and the one rule by which two labels name the same unit:
 * the label's key, unique per site ({@code unit.label_key}). Spaces anywhere and full-width digits and letters make
 * no difference ({@code 5棟 2單元 502} and {@code ５棟２單元５０２} are {@code 5棟2單元502}), nor does the case of a
 * Latin letter ({@code b座} is {@code B座}). Everything that matches units by label (forms, the API, imports) asks
 * this class.
 */
public final class UnitLabel {

    /** The longest label, in characters. */
    public static final int MAX_LENGTH = 50;

    private UnitLabel() {
    }

    /** The key of a label: NFKC (full-width to half-width), no white space, Latin letters in capitals. */
    public static String key(String label) {
        if (label == null) {
            return "";
        }
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(key::appendCodePoint);
        return key.toString().toUpperCase(Locale.ROOT);
    }

    /** The label as it is kept and shown: as typed, without white space around it. */
    public static String tidy(String label) {
        return label == null ? "" : label.strip();
    }
}
