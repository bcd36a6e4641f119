package steward.web;

import java.util.Locale;
import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What a service says before anyone has chosen the language: a message of a bundle, put into words where it is
 * read, in the reader's language. A refusal or a conflict where the answer is written ({@link ErrorMappers},
 * {@link FormSteps}); a name or a description a view carries (a statement line's, a card's kind) on the page
 * ({@code {line.description.said}}, {@link WordsExtensions}) and in the JSON answer ({@link WordsJson}). Services
 * thereby need no request to speak: {@code Words.of(ReceptionMessages.class, t -> t.error_party_size(50))}.
 */
@FunctionalInterface
public interface Words {

    String in(Locale locale);

    /** A message of the bundle {@code bundle}, in the language asked for. */
    static <B> Words of(Class<B> bundle, Function<B, String> message) {
        return locale -> message.apply(MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag())));
    }

    /**
     * A sentence already in the reader's language (composed where the language was known), or text that is the
     * same in every language (what a person typed, such as a supervisor's own checklist item).
     */
    static Words as(String sentence) {
        return locale -> sentence;
    }
}
