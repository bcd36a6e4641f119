package steward.web;

import java.util.Locale;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The language of Bean Validation's messages: the user's, as the pages choose it ({@link RequestLanguage}). The
 * messages are in {@code ValidationMessages*.properties}.
 */
@Singleton
@Priority(100)
public class ValidationLocale implements LocaleResolver {

    @Inject
    RequestLanguage language;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Languages.locale(language.current());
    }
}
