package steward.billing;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The till: the start page of the cashier role. */
@Singleton
public class CashierNav implements NavEntry {

    @Override
    public String path() {
        return "/cashier";
    }

    @Override
    public NavGroup group() {
        return NavGroup.CASHIER;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public Set<String> startPageOf() {
        return Set.of(Roles.CASHIER);
    }

    @Override
    public String label(Locale locale) {
        return messages(locale).nav_cashier();
    }

    static CashierMessages messages(Locale locale) {
        return MessageBundles.get(CashierMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}
