package steward.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import steward.web.InvalidInput;

/**
 * Amounts and dates as typed into the cashier's page forms, read the same way on each form: a refusal is added to
 * the form's messages under its field, so that one post names every field to correct.
 */
final class TypedFields {

    private TypedFields() {
    }

    /** A required amount: strictly digits (see {@link Money#parse}), never negative. */
    static BigDecimal amount(String typed, String field, InvalidInput.Collector refused, CashierMessages msg) {
        if (typed == null || typed.isBlank()) {
            refused.add(field, msg.error_required());
            return null;
        }
        BigDecimal amount = Money.parse(typed);
        if (amount == null) {
            refused.add(field, typed.strip().startsWith("-") ? msg.error_amount_positive() : msg.error_amount_invalid());
        }
        return amount;
    }

    /** An optional date: null when left empty, refused when it is not a date. */
    static LocalDate date(String typed, String field, InvalidInput.Collector refused, CashierMessages msg) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate date = date(typed);
        if (date == null) {
            refused.add(field, msg.error_date());
        }
        return date;
    }

    /** A date, or null when none or a malformed one is given. */
    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
