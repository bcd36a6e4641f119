package steward.web;

import java.util.Base64;

/**
 * A signature drawn on the tablet's signature pad (js/mailroom.js), as the pad sends it: a PNG data URL. A few
 * strokes: a PNG of the pad's canvas is far below the size allowed.
 */
public final class Signatures {

    public static final int MAX_BYTES = 200 * 1024;
    static final String PREFIX = "data:image/png;base64,";

    private Signatures() {
    }

    /**
     * The PNG of a data URL from the pad; null when nothing was drawn (blank).
     *
     * @throws IllegalArgumentException when it is not a PNG data URL of at most {@link #MAX_BYTES}
     */
    public static byte[] png(String dataUrl) {
        String value = dataUrl == null ? "" : dataUrl.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.startsWith(PREFIX) || value.length() > MAX_BYTES * 4 / 3 + 64) {
            throw new IllegalArgumentException("not a PNG data URL within the size");
        }
        byte[] png = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        if (png.length < 8 || png.length > MAX_BYTES || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N'
                || png[3] != 'G') {
            throw new IllegalArgumentException("not a PNG");
        }
        return png;
    }
}
