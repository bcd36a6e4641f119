package steward.security;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.web.NavEntry;

/** 我的帳號: every signed-in user's own password and devices. */
@Singleton
public class MyAccountNav implements NavEntry {

    @Override
    public String path() {
        return "/me";
    }

    @Override
    public int order() {
        return 990;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ALL);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(SecurityMessages.class, Localized.Literal.of(locale.toLanguageTag())).me_title();
    }
}
