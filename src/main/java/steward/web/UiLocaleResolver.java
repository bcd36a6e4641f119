package steward.web;

import java.util.Locale;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

/**
 * Refusals of Bean Validation in the user's language, chosen as for pages (the language cookie, else
 * Accept-Language, else traditional), not only by the browser's Accept-Language.
 */
@Singleton
@Priority(10)
public class UiLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        if (current == null || current.getCurrent() == null) {
            return null;
        }
        return Languages.locale(UiContext.languageOf(current.getCurrent().request()));
    }
}
