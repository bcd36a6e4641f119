package steward.billing;

import java.util.function.Function;

import steward.web.Words;

/** The cashier's refusals, named by its services and put into the reader's language where answered. */
final class CashierText {

    private CashierText() {
    }

    static Words said(Function<CashierMessages, String> message) {
        return Words.of(CashierMessages.class, message);
    }
}
