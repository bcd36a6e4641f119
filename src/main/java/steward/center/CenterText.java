package steward.center;

import java.util.function.Function;

import steward.web.Words;

/** The center's words, named by the services and put into the reader's language where they are answered. */
final class CenterText {

    private CenterText() {
    }

    static Words said(Function<CenterMessages, String> message) {
        return Words.of(CenterMessages.class, message);
    }

    /** A seed's item in the reader's language; a supervisor's own item as they wrote it. */
    static Words itemLabel(InspectionItem.Code code, String ownLabel) {
        return code != null ? said(t -> t.item(code)) : Words.as(ownLabel);
    }
}
