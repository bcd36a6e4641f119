package steward.billing;

import java.util.Locale;

/** Enum values as typed in a form or a JSON body: case and surrounding spaces do not matter. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
