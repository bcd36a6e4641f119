package steward.center;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The center's pages in the navigation: inspections, the on-call roster, suggestions. */
final class CenterNav {

    private static final Set<String> STAFF = Set.of(Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR,
            Roles.ADMIN);

    private CenterNav() {
    }

    static CenterMessages bundle(Locale locale) {
        return MessageBundles.get(CenterMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    @Singleton
    static class Inspections implements NavEntry {
        @Override
        public String path() {
            return "/inspections";
        }

        @Override
        public NavGroup group() {
            return NavGroup.SUPERVISION;
        }

        @Override
        public int order() {
            return 800;
        }

        @Override
        public Set<String> roles() {
            return STAFF;
        }

        @Override
        public String label(Locale locale) {
            return bundle(locale).nav_inspections();
        }
    }

    @Singleton
    static class OnCall implements NavEntry {
        @Override
        public String path() {
            return "/on-call";
        }

        @Override
        public NavGroup group() {
            return NavGroup.SUPERVISION;
        }

        @Override
        public int order() {
            return 810;
        }

        @Override
        public Set<String> roles() {
            return STAFF;
        }

        @Override
        public String label(Locale locale) {
            return bundle(locale).nav_on_call();
        }
    }

    @Singleton
    static class Suggestions implements NavEntry {
        @Override
        public String path() {
            return "/suggestions";
        }

        @Override
        public NavGroup group() {
            return NavGroup.SUPERVISION;
        }

        @Override
        public int order() {
            return 820;
        }

        @Override
        public Set<String> roles() {
            return STAFF;
        }

        @Override
        public String label(Locale locale) {
            return bundle(locale).nav_suggestions();
        }
    }
}
