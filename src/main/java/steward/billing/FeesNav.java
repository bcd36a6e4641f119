package steward.billing;

import java.util.Locale;
import java.util.Set;

import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The fee sheet: the desk shows it to customers who ask, the cashier explains it. */
@Singleton
public class FeesNav implements NavEntry {

    @Override
    public String path() {
        return "/cashier/fees";
    }

    @Override
    public NavGroup group() {
        return NavGroup.CASHIER;
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return CashierNav.messages(locale).nav_fees();
    }
}
