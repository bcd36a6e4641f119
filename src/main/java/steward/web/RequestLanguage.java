package steward.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The language of the person asking, for what answers a request outside a page: the pages' choice (the language
 * cookie, else Accept-Language, else traditional). Outside a request (a job), traditional. It says {@link Words} in
 * a JSON answer ({@link WordsJson}) and Bean Validation's messages ({@link ValidationLocale}); services never ask
 * for it, they name their words and leave the saying to whoever reads them.
 */
@ApplicationScoped
public class RequestLanguage {

    @Inject
    CurrentVertxRequest request;

    public String current() {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return Languages.TRADITIONAL;
        }
        return UiContext.languageOf(request.getCurrent().request());
    }

    /** The same, for code that is not a bean (a JSON answer's words, {@link WordsJson}). */
    public static java.util.Locale locale() {
        return Languages.locale(io.quarkus.arc.Arc.container().instance(RequestLanguage.class).get().current());
    }
}
