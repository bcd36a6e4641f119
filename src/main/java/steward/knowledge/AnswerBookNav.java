package steward.knowledge;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;
import steward.web.NavGroup;

/** The answer book itself: writing, approving and reviewing answers. */
@Singleton
public class AnswerBookNav implements NavEntry {

    @Override
    public String path() {
        return "/answers";
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
        return Set.of(Roles.SERVICE, Roles.SUPERVISOR);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(KnowledgeMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_answers();
    }
}
