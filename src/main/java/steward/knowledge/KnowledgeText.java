package steward.knowledge;

import java.util.function.Function;

import steward.web.Words;

/** The knowledge services' refusals, named by them and put into the reader's language where answered. */
final class KnowledgeText {

    private KnowledgeText() {
    }

    static Words said(Function<KnowledgeMessages, String> message) {
        return Words.of(KnowledgeMessages.class, message);
    }
}
