package steward.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Renders every page of a request in the user's language (message bundles read the locale attribute). */
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
