package steward.resident;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** 樓棟與單位: the buildings and units of the site the tablet works in (administrators and supervisors keep them). */
@Singleton
public class UnitsNav implements NavEntry {

    @Override
    public String path() {
        return "/units";
    }

    @Override
    public int order() {
        return 860;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(SiteMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_units();
    }
}
