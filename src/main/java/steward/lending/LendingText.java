package steward.lending;

import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import steward.web.Words;

/** The lending bundle in a language, and the refusals of its service. */
final class LendingText {

    private LendingText() {
    }

    /** For what is worded for a known reader (a reminder in the resident's language). */
    static LendingMessages in(String lang) {
        return MessageBundles.get(LendingMessages.class, Localized.Literal.of(lang));
    }

    /** A refusal of the desk's lending, put into the reader's language where it is answered. */
    static Words said(Function<LendingMessages, String> message) {
        return Words.of(LendingMessages.class, message);
    }
}
