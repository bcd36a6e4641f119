package steward.reception;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The desk board: first in the navigation, and where the desk role lands after signing in. */
@Singleton
public class DeskNav implements NavEntry {

    @Override
    public String path() {
        return "/desk";
    }

    @Override
    public NavGroup group() {
        return NavGroup.DESK;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(ReceptionMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_desk();
    }

    @Override
    public Set<String> startPageOf() {
        return Set.of(Roles.DESK);
    }
}
