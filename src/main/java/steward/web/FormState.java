package steward.web;

import java.util.Map;

/**
 * A form as the user left it, for pages that re-render it: which form (a page may hold several), what was typed,
 * the message next to each refused field, and a notice for the whole form (a step the state no longer allows).
 */
public record FormState(String form, Map<String, String> values, Map<String, String> errors, String notice) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of(), null);

    public static FormState refused(String form, Map<String, String> values, InvalidInput e) {
        return new FormState(form, values, e.fieldErrors(), null);
    }

    public static FormState notice(String form, String notice) {
        return new FormState(form, Map.of(), Map.of(), notice);
    }

    public boolean isFor(String name) {
        return form.equals(name);
    }

    /** What was typed in a field of the named form, or "" (other forms start empty). */
    public String value(String name, String field) {
        return isFor(name) ? values.getOrDefault(field, "") : "";
    }

    public boolean invalid(String name, String field) {
        return isFor(name) && errors.containsKey(field);
    }

    public String error(String name, String field) {
        return isFor(name) ? errors.getOrDefault(field, "") : "";
    }
}
