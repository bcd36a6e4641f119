package steward.arrears;

import java.util.function.Function;

import steward.web.Words;

/** The collection's refusals, named by its services and put into the reader's language where answered. */
final class ArrearsText {

    private ArrearsText() {
    }

    static Words said(Function<ArrearsMessages, String> message) {
        return Words.of(ArrearsMessages.class, message);
    }
}
