package steward.security;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.web.NavEntry;

/** 員工帳號, for administrators. */
@Singleton
public class StaffNav implements NavEntry {

    @Override
    public String path() {
        return "/staff";
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(SecurityMessages.class, Localized.Literal.of(locale.toLanguageTag())).staff_title();
    }
}
