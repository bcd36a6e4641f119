package steward.mailroom;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The mailroom: items to register and hand over, documents sent for residents. */
@Singleton
public class MailroomNav implements NavEntry {

    @Override
    public String path() {
        return "/mailroom";
    }

    @Override
    public NavGroup group() {
        return NavGroup.DESK;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(MailroomMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_mailroom();
    }
}
