package steward.security;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.web.Messages;
import steward.web.NavEntry;
import steward.web.NavGroup;

@Singleton
public class AuditNav implements NavEntry {

    @Override
    public String path() {
        return "/audit";
    }

    @Override
    public NavGroup group() {
        return NavGroup.SUPERVISION;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(locale.toLanguageTag())).nav_audit();
    }
}
