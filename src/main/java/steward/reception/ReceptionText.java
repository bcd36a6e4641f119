package steward.reception;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The reception bundle in a language, and how the desk counts and addresses names. */
final class ReceptionText {

    private ReceptionText() {
    }

    static ReceptionMessages in(String lang) {
        return MessageBundles.get(ReceptionMessages.class, Localized.Literal.of(lang));
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
