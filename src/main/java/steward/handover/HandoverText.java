package steward.handover;

import java.util.function.Function;

import steward.web.Words;

/** The handover's words, named by its service and sections and put into the reader's language where read. */
final class HandoverText {

    private HandoverText() {
    }

    static Words said(Function<HandoverMessages, String> message) {
        return Words.of(HandoverMessages.class, message);
    }
}
