package steward.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import steward.web.InvalidInput;
import steward.web.TypedDates;

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

    /** The day of a page that shows one day: null when none or a malformed one is given (the page shows today's). */
    static LocalDate shownDay(String typed) {
        InvalidInput.Collector ignored = new InvalidInput.Collector();
        return TypedDates.day(typed, "date", ignored);
    }
}
