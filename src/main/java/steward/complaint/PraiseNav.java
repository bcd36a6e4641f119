package steward.complaint;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

@Singleton
public class PraiseNav implements NavEntry {

    @Override
    public String path() {
        return "/praise";
    }

    @Override
    public NavGroup group() {
        return NavGroup.SERVICE;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(locale.toLanguageTag()))
                .nav_praise();
    }
}
