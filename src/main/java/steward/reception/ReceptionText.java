package steward.reception;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The reception bundle in a language, and times as the desk reads them (the site's local clock). */
final class ReceptionText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private ReceptionText() {
    }

    static ReceptionMessages in(String lang) {
        return MessageBundles.get(ReceptionMessages.class, Localized.Literal.of(lang));
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    static String status(ReceptionMessages text, VisitStatus status) {
        return switch (status) {
            case EXPECTED -> text.status_EXPECTED();
            case CANCELLED -> text.status_CANCELLED();
            case REGISTERED -> text.status_REGISTERED();
            case CONFIRMED -> text.status_CONFIRMED();
            case ASKED_TO_WAIT -> text.status_ASKED_TO_WAIT();
            case ABSENT -> text.status_ABSENT();
            case DECLINED -> text.status_DECLINED();
            case LEFT -> text.status_LEFT();
        };
    }

    static String category(ReceptionMessages text, CallCategory category) {
        return switch (category) {
            case INQUIRY -> text.category_INQUIRY();
            case COMPLAINT -> text.category_COMPLAINT();
            case REPAIR -> text.category_REPAIR();
            case FEE -> text.category_FEE();
            case VISITOR -> text.category_VISITOR();
            case OTHER -> text.category_OTHER();
        };
    }

    static String outcome(ReceptionMessages text, CallOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> text.outcome_ANSWERED();
            case TRANSFERRED -> text.outcome_TRANSFERRED();
            case CALLBACK_PROMISED -> text.outcome_CALLBACK_PROMISED();
            case BECAME_COMPLAINT -> text.outcome_BECAME_COMPLAINT();
        };
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
