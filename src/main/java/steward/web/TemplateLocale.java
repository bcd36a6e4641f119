package steward.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Renders every template created during a request in the user's language (message bundles read the locale
 * attribute, which wins over the browser's Accept-Language).
 */
@ApplicationScoped
public class TemplateLocale implements TemplateInstance.Initializer {

    @Inject
    UiContext ui;

    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest currentRequest;

    /**
     * Quarkus does not pick up initializer beans by itself: without this, pages would follow the browser's
     * Accept-Language and ignore the language the user chose.
     */
    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        // Only during an HTTP request: jobs run with a request context but no request, and render messages in the
        // recipient's language themselves.
        if (Arc.container().requestContext().isActive() && currentRequest.getCurrent() != null) {
            instance.setLocale(ui.locale());
        }
    }
}
