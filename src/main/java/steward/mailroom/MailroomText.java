package steward.mailroom;

import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import steward.web.StoredText;
import steward.web.Words;

/** The mailroom bundle in a language, its refusals, and what custody and notices store of a kind. */
final class MailroomText {

    private MailroomText() {
    }

    /** For what is worded for a known reader (a notice in the resident's language). */
    static MailroomMessages in(String lang) {
        return MessageBundles.get(MailroomMessages.class, Localized.Literal.of(lang));
    }

    /** A refusal of the mailroom, put into the reader's language where it is answered. */
    static Words said(Function<MailroomMessages, String> message) {
        return Words.of(MailroomMessages.class, message);
    }

    /** The kind's name as data, for what is stored (a notification, a custody event). */
    static StoredText kind(ItemKind kind) {
        return StoredText.of("mailroom:kind_" + kind.name());
    }

    /** The channels a recipient was told by (SMS, EMAIL, IN_APP), named in the reader's language. */
    static StoredText channels(java.util.Collection<String> channels) {
        return StoredText.joined(channels.stream()
                .map(c -> StoredText.of("notify:channel", steward.notify.NotificationChannel.valueOf(c))).toArray());
    }

    /** A text's length as people count it: 王 is one character, as is 𠀋. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
