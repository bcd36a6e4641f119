package steward.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A form as the user left it, for pages that re-render it: which form (a page may hold several), what was typed,
 * the message next to each refused field, and a notice for the whole form (a step the state no longer allows).
 */
public record FormState(String form, Map<String, String> values, Map<String, String> errors, String notice) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of(), null);

    /**
     * The refusal next to the form's fields. Most forms are flat: a field of a record nested in the input
     * ({@code settings.deskDayEndsAt}, {@code newOwner.name}) is the form's field of its last name; a form that
     * repeats a part per row (the handover's sections) finds it under its whole path ({@code sections[2].difference}).
     * The messages are said in {@code locale}, the language of the page that shows them.
     */
    public static FormState refused(String form, Map<String, String> values, InvalidInput e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors(locale).forEach((field, message) -> {
            errors.putIfAbsent(field, message);
            errors.putIfAbsent(formField(field), message);
        });
        return new FormState(form, values, errors, null);
    }

    /**
     * The form's field a refused field of the input is: {@code settings.deskDayEndsAt} is deskDayEndsAt,
     * {@code phones[2]} is phones.
     */
    public static String formField(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.indexOf('[') > 0 ? last.substring(0, last.indexOf('[')) : last;
    }

    public static FormState notice(String form, String notice) {
        return new FormState(form, Map.of(), Map.of(), notice);
    }

    /** What was typed, from names and values in turn; a field left out of the request counts as empty. */
    public static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    public boolean isFor(String name) {
        return form.equals(name);
    }

    /** What was typed in a field of the named form, or "" (other forms start empty). */
    public String value(String name, String field) {
        return isFor(name) ? values.getOrDefault(field, "") : "";
    }

    /** What was typed in a field of the refused form, or what the record holds (a form of a record starts full). */
    public String valueOr(String name, String field, Object current) {
        return isFor(name) && values.containsKey(field) ? values.get(field) : String.valueOf(current);
    }

    public boolean invalid(String name, String field) {
        return isFor(name) && errors.containsKey(field);
    }

    public String error(String name, String field) {
        return isFor(name) ? errors.getOrDefault(field, "") : "";
    }
}
