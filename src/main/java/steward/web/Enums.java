package steward.web;

import java.util.Locale;

/**
 * Enum values as typed in a form, a query or a JSON body: case and surrounding spaces do not matter. The one place
 * that turns such text into a value, so every form and API accepts the same spellings.
 */
public final class Enums {

    /** Longer than any value's name: refused before it reaches {@link Enum#valueOf}. */
    private static final int LONGEST_NAME = 40;

    private Enums() {
    }

    /** The value named; null when nothing was typed or it is not one of the type's (the caller's rules say which). */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank() || text.length() > LONGEST_NAME) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value named; a choice left empty or not one of the type's is recorded against the field. */
    public static <E extends Enum<E>> E required(Class<E> type, String text, String field, Words missing,
            Words unknown, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        return optional(type, text, null, field, unknown, errors);
    }

    /** The value named, {@code none} when nothing was typed; something not one of the type's is recorded. */
    public static <E extends Enum<E>> E optional(Class<E> type, String text, E none, String field, Words unknown,
            InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            return none;
        }
        E value = parse(type, text);
        if (value == null) {
            errors.add(field, unknown);
        }
        return value;
    }

    /**
     * The value named, {@code none} when nothing was typed; something not one of the type's values is refused with
     * the message against the field (a filter of a list, a state in a query).
     */
    public static <E extends Enum<E>> E parseOrRefuse(Class<E> type, String text, E none, String field,
            Words refusal) {
        if (text == null || text.isBlank()) {
            return none;
        }
        E value = parse(type, text);
        if (value == null) {
            throw InvalidInput.of(field, refusal);
        }
        return value;
    }
}
