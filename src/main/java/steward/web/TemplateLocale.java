package steward.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Renders templates created during a request in the user's language (message bundles read the locale attribute):
 * the error pages rendered by {@link ErrorMappers}. Pages returned by resources follow {@link LanguageFilter}.
 */
@ApplicationScoped
public class TemplateLocale implements TemplateInstance.Initializer {

    @Inject
    UiContext ui;

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(ui.locale());
        }
    }
}
