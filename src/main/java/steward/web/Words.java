package steward.web;

import java.util.Locale;
import java.util.function.Function;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What a service says (a refusal, a conflict) before anyone has chosen the language: a message of a bundle, put
 * into words where the answer is written ({@link ErrorMappers}, {@link FormSteps}), in the reader's language.
 * Services thereby need no request to speak: {@code Words.of(ReceptionMessages.class, t -> t.error_plate())}.
 */
@FunctionalInterface
public interface Words {

    String in(Locale locale);

    /** A message of the bundle {@code bundle}, in the language asked for. */
    static <B> Words of(Class<B> bundle, Function<B, String> message) {
        return locale -> message.apply(MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag())));
    }

    /** A sentence already in the reader's language (composed where the language was known). */
    static Words as(String sentence) {
        return locale -> sentence;
    }
}
