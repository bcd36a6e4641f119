package steward.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Renders every page of a request in the user's language (message bundles read the locale attribute). */
@ApplicationScoped
public class TemplateLocale implements TemplateInstance.Initializer {

    @Inject
    UiContext ui;

    /** Qute does not pick up Initializer beans by itself: the engine is told of this one as it is built. */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(ui.locale());
        }
    }
}
