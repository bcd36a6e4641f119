package steward.imports;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** 匯入與匯出 in the navigation of administrators and supervisors. */
@Singleton
class ImportsNav implements NavEntry {

    @Override
    public String path() {
        return "/imports";
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(ImportMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_imports();
    }
}
