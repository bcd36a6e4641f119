package steward.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Input a user typed that the rules refuse: field name to message. Thrown before anything is written, it becomes
 * a 400 problem (API) or the form again with messages next to the fields. A service names the message
 * ({@link Words}); it is put into the reader's language where the answer is written.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, Words> fieldErrors;

    private InvalidInput(Collector collected) {
        super("Invalid " + String.join(", ", collected.errors.keySet()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(collected.errors));
    }

    public static InvalidInput of(String field, Words message) {
        return new InvalidInput(new Collector().add(field, message));
    }

    /** Field to message, in the language of the reader. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> said = new LinkedHashMap<>();
        fieldErrors.forEach((field, words) -> said.put(field, words.in(locale)));
        return said;
    }

    /** Field to message, not yet in words: for a step that collects the refusals of another. */
    public Map<String, Words> fieldWords() {
        return fieldErrors;
    }

    /** Collects errors field by field, then throws them all at once. */
    public static final class Collector {
        private final Map<String, Words> errors = new LinkedHashMap<>();

        public Collector add(String field, Words message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw refusal();
            }
        }

        /** What was collected, as one refusal, for the caller to throw or answer. */
        public InvalidInput refusal() {
            return new InvalidInput(this);
        }
    }
}
