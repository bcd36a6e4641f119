package steward.complaint;

import java.util.function.Function;

import steward.web.Words;

/** The complaint desk's words, named by its services and put into the reader's language where answered. */
final class ComplaintText {

    private ComplaintText() {
    }

    static Words said(Function<ComplaintMessages, String> message) {
        return Words.of(ComplaintMessages.class, message);
    }
}
