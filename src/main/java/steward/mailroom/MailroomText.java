package steward.mailroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import steward.web.StoredText;

/** The mailroom bundle in a language, the names of its enums, and times as the desk reads them. */
final class MailroomText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MailroomText() {
    }

    static MailroomMessages in(String lang) {
        return MessageBundles.get(MailroomMessages.class, Localized.Literal.of(lang));
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
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

    static String kind(MailroomMessages text, ItemKind kind) {
        return switch (kind) {
            case LETTER -> text.kind_LETTER();
            case PARCEL -> text.kind_PARCEL();
            case DOCUMENT -> text.kind_DOCUMENT();
            case FAX -> text.kind_FAX();
            case KEY -> text.kind_KEY();
            case OTHER -> text.kind_OTHER();
        };
    }

    static String status(MailroomMessages text, ItemStatus status) {
        return switch (status) {
            case WAITING -> text.status_WAITING();
            case LOCKED -> text.status_LOCKED();
            case HANDED_OVER -> text.status_HANDED_OVER();
            case RETURN_DUE -> text.status_RETURN_DUE();
            case RETURNED -> text.status_RETURNED();
        };
    }

    static String action(MailroomMessages text, CustodyAction action) {
        return switch (action) {
            case RECEIVED -> text.action_RECEIVED();
            case PHOTOGRAPHED -> text.action_PHOTOGRAPHED();
            case NOTIFIED -> text.action_NOTIFIED();
            case REMINDED -> text.action_REMINDED();
            case WRONG_CODE -> text.action_WRONG_CODE();
            case LOCKED -> text.action_LOCKED();
            case RELEASED -> text.action_RELEASED();
            case HANDED_OVER -> text.action_HANDED_OVER();
            case FLAGGED_FOR_RETURN -> text.action_FLAGGED_FOR_RETURN();
            case RETURNED -> text.action_RETURNED();
            case REGISTERED -> text.action_REGISTERED();
            case CONFIRMATION_CALL -> text.action_CONFIRMATION_CALL();
            case FEE_POSTED -> text.action_FEE_POSTED();
        };
    }

    static String outboundKind(MailroomMessages text, OutboundKind kind) {
        return switch (kind) {
            case DOCUMENT -> text.outbound_DOCUMENT();
            case FAX -> text.outbound_FAX();
        };
    }

    static String confirmation(MailroomMessages text, Confirmation confirmation) {
        return switch (confirmation) {
            case PENDING -> text.confirmation_PENDING();
            case CONFIRMED -> text.confirmation_CONFIRMED();
            case NOT_REACHED -> text.confirmation_NOT_REACHED();
        };
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
