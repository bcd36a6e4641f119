package steward.billing;

import java.util.Locale;
import java.util.Set;

import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** 日結: cashiers close their cash, supervisors sign the closes off. */
@Singleton
public class CashCloseNav implements NavEntry {

    @Override
    public String path() {
        return "/cashier/close";
    }

    @Override
    public NavGroup group() {
        return NavGroup.CASHIER;
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return CashierNav.messages(locale).nav_close();
    }
}
