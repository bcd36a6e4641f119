package steward.handover;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** The shift handover in the navigation, right after the desk board. */
@Singleton
public class HandoverNav implements NavEntry {

    @Override
    public String path() {
        return "/handovers";
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(HandoverMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_handovers();
    }
}
