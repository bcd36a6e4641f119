package steward.complaint;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** Complaints: the start page of customer service. */
@Singleton
public class ComplaintsNav implements NavEntry {

    @Override
    public String path() {
        return "/complaints";
    }

    @Override
    public NavGroup group() {
        return NavGroup.SERVICE;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public Set<String> startPageOf() {
        return Set.of(Roles.SERVICE);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(locale.toLanguageTag()))
                .nav_complaints();
    }
}
