package steward.arrears;

import java.util.Locale;
import java.util.Set;

import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The arrears view, for customer service, cashiers and supervisors. */
@Singleton
public class ArrearsNav implements NavEntry {

    @Override
    public String path() {
        return "/arrears";
    }

    @Override
    public NavGroup group() {
        return NavGroup.SERVICE;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return CollectionService.messages(locale).nav_arrears();
    }
}
