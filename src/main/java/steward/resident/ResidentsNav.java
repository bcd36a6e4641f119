package steward.resident;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.Messages;
import steward.web.NavEntry;
import steward.web.NavGroup;

@Singleton
public class ResidentsNav implements NavEntry {

    @Override
    public String path() {
        return "/residents";
    }

    @Override
    public NavGroup group() {
        return NavGroup.DESK;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ALL);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(locale.toLanguageTag())).nav_residents();
    }
}
