package steward.resident;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** 小區設定: the administrator's sites. */
@Singleton
public class SitesNav implements NavEntry {

    @Override
    public String path() {
        return "/sites";
    }

    @Override
    public int order() {
        return 870;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(SiteMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_sites();
    }
}
