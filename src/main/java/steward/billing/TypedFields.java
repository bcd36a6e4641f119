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
    static BigDecimal amount(String typed, String field, InvalidInput.Collector refused) {
        if (typed == null || typed.isBlank()) {
            refused.add(field, CashierText.said(CashierMessages::error_required));
            return null;
        }
        BigDecimal amount = Money.parse(typed);
        if (amount == null) {
            refused.add(field, CashierText.said(typed.strip().startsWith("-") ? CashierMessages::error_amount_positive
                    : CashierMessages::error_amount_invalid));
        }
        return amount;
    }

    /** The day of a page that shows one day: null when none or a malformed one is given (the page shows today's). */
    static LocalDate shownDay(String typed) {
        InvalidInput.Collector ignored = new InvalidInput.Collector();
        return TypedDates.day(typed, "date", ignored);
    }
}
