package steward.dashboard;

import java.util.Locale;
import java.util.Set;

import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The dashboard is the supervisor's start page: the customer service supervisor runs the center (seed 一 9). */
@Singleton
public class DashboardNav implements NavEntry {

    @Override
    public String path() {
        return "/dashboard";
    }

    @Override
    public NavGroup group() {
        return NavGroup.SUPERVISION;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public Set<String> startPageOf() {
        return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return SqlSection.words(locale).nav_dashboard();
    }
}
