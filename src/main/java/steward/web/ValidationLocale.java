package steward.web;

import java.util.Locale;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bean Validation's messages in the language the user chose on the tablet (the language cookie), as every page
 * is, rather than the browser's Accept-Language alone.
 */
@ApplicationScoped
@Priority(100)
public class ValidationLocale implements LocaleResolver {

    @Inject
    CurrentVertxRequest current;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        RoutingContext request = current.getCurrent();
        return request == null ? null : Languages.locale(UiContext.languageOf(request.request()));
    }
}
