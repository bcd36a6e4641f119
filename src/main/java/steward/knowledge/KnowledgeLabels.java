package steward.knowledge;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The words for the book's enums in one language, for templates (select options, badges, log columns). */
public record KnowledgeLabels(KnowledgeMessages text) {

    public record Option(String value, String label) {
    }

    public static KnowledgeLabels of(String language) {
        return new KnowledgeLabels(MessageBundles.get(KnowledgeMessages.class, Localized.Literal.of(language)));
    }

    public List<Option> categories() {
        return Arrays.stream(AnswerCategory.values()).map(c -> new Option(c.name(), category(c))).toList();
    }

    public String category(AnswerCategory category) {
        return switch (category) {
            case FEES -> text.category_FEES();
            case ACCESS_CARDS -> text.category_ACCESS_CARDS();
            case PARKING -> text.category_PARKING();
            case RENOVATION -> text.category_RENOVATION();
            case PETS -> text.category_PETS();
            case DELIVERIES -> text.category_DELIVERIES();
            case QUIET_HOURS -> text.category_QUIET_HOURS();
            case KEYS -> text.category_KEYS();
            case MOVING -> text.category_MOVING();
            case FACILITIES -> text.category_FACILITIES();
            case OTHER -> text.category_OTHER();
        };
    }

    public String state(AnswerState state) {
        return switch (state) {
            case DRAFT -> text.state_DRAFT();
            case PUBLISHED -> text.state_PUBLISHED();
            case SUPERSEDED -> text.state_SUPERSEDED();
            case REPLACED -> text.state_REPLACED();
        };
    }

    public String outcome(InquiryOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> text.outcome_ANSWERED();
            case ANSWERED_WITHOUT_BOOK -> text.outcome_ANSWERED_WITHOUT_BOOK();
            case CALLBACK -> text.outcome_CALLBACK();
        };
    }

    public String channel(InquiryChannel channel) {
        return switch (channel) {
            case PHONE -> text.channel_PHONE();
            case DESK -> text.channel_DESK();
        };
    }

    public String language(String tag) {
        return switch (tag) {
            case "zh-Hans" -> text.language_zh_Hans();
            case "en" -> text.language_en();
            default -> text.language_zh_Hant();
        };
    }
}
