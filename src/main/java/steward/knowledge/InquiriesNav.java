package steward.knowledge;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The inquiry console: search the book during a call or at the desk, and record how the customer was answered. */
@Singleton
public class InquiriesNav implements NavEntry {

    @Override
    public String path() {
        return "/inquiries";
    }

    @Override
    public NavGroup group() {
        return NavGroup.DESK;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(KnowledgeMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_inquiries();
    }
}
