package steward.reception;

import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import steward.web.Words;

/** The reception bundle in a language, and how the desk counts and addresses names. */
final class ReceptionText {

    private ReceptionText() {
    }

    static ReceptionMessages in(String lang) {
        return MessageBundles.get(ReceptionMessages.class, Localized.Literal.of(lang));
    }

    /** A message of the reception bundle, said in the reader's language where it is read (a phrase, a refusal). */
    static Words said(Function<ReceptionMessages, String> message) {
        return Words.of(ReceptionMessages.class, message);
    }

    /** What the desk calls a resident host: the surname with 先生/小姐 (the seed's 「*先生/小姐」). */
    static String surname(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        boolean chinese = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
        return chinese ? new String(Character.toChars(name.codePointAt(0))) : name;
    }

    /** A text's length as people count it: 王 is one character, as is 𠀋. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
