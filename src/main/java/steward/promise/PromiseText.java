package steward.promise;

import java.util.function.Function;

import steward.web.Words;

/** The promise ledger's refusals, named by its service and put into the reader's language where answered. */
final class PromiseText {

    private PromiseText() {
    }

    static Words said(Function<PromiseMessages, String> message) {
        return Words.of(PromiseMessages.class, message);
    }
}
