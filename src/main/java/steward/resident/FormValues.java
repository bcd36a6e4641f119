package steward.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import steward.web.InputRules;
import steward.web.InvalidInput;

/**
 * The typed fields of a page form read as the input records want them: text as typed, numbers, dates and times
 * parsed; a value that is not one is remembered against its field and refused with the record's own refusals
 * ({@link #check}), so that "abc" as a number of days says "type a number", not "fill in this field".
 */
final class FormValues {

    private final Map<String, String> typed;
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    FormValues(Map<String, String> typed) {
        this.typed = typed;
    }

    String text(String field) {
        return typed.get(field);
    }

    Integer integer(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            unreadable.put(field, "steward.number");
            return null;
        }
    }

    BigDecimal decimal(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            unreadable.put(field, "steward.number");
            return null;
        }
    }

    LocalTime time(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.put(field, "steward.time");
            return null;
        }
    }

    LocalDate date(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.put(field, "steward.date");
            return null;
        }
    }

    /** Throws for the fields that were not readable (with the record's other refusals, when it has any). */
    <T> T check(InputRules rules, T input) {
        if (unreadable.isEmpty()) {
            return input;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        unreadable.forEach((field, key) -> errors.put(field, rules.message(key)));
        try {
            rules.check(input);
        } catch (InvalidInput e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        throw new InvalidInput(errors);
    }

    private String blankToNull(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
