package steward.lending;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** Lending in the navigation, beside the mailroom. */
@Singleton
public class LoansNav implements NavEntry {

    @Override
    public String path() {
        return "/loans";
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(LendingMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_loans();
    }
}
