package steward.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import steward.web.FormState;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.UserInput;
import steward.web.Words;

/**
 * The typed fields of a page form read as the input records want them: text as typed, numbers, dates and times
 * parsed; a value that is not one is remembered against its field and refused with the record's own refusals
 * ({@link #check}), so that "abc" as a number of days says "type a number", not "fill in this field". A date is
 * held to the years the API reads ({@link UserInput}): a move-in in year 1 is a typing mistake, not a fact.
 */
final class FormValues {

    private final Map<String, String> typed;
    /** Field → its refusal. */
    private final Map<String, Words> unreadable = new LinkedHashMap<>();

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
            unreadable.put(field, InputRules.said("steward.number"));
            return null;
        }
    }

    BigDecimal decimal(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            unreadable.put(field, InputRules.said("steward.number"));
            return null;
        }
    }

    LocalTime time(String field) {
        String value = blankToNull(field);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            unreadable.put(field, InputRules.said("steward.time"));
            return null;
        }
    }

    LocalDate date(String field) {
        String value = blankToNull(field);
        try {
            LocalDate date = value == null ? null : LocalDate.parse(value);
            if (date != null && (date.getYear() < UserInput.EARLIEST_YEAR || date.getYear() > UserInput.LATEST_YEAR)) {
                unreadable.put(field, InputRules.said("steward.date_range", UserInput.EARLIEST_YEAR,
                        UserInput.LATEST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            unreadable.put(field, InputRules.said("steward.date"));
            return null;
        }
    }

    /** Throws for the fields that were not readable (with the record's other refusals, when it has any). */
    <T> T check(InputRules rules, T input) {
        if (unreadable.isEmpty()) {
            return input;
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        unreadable.forEach(errors::add);
        try {
            rules.check(input);
        } catch (InvalidInput e) {
            // A field the record nests (settings.deskDayEndsAt) is the form's field of its last name.
            e.fieldWords().forEach((field, message) -> errors.add(FormState.formField(field), message));
        }
        throw errors.refusal();
    }

    private String blankToNull(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
