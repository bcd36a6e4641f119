package steward.calendar;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import steward.security.Roles;
import steward.web.NavEntry;

/** The working calendar in the navigation, for supervisors (who keep it) and administrators. */
@Singleton
public class CalendarNav implements NavEntry {

    @Override
    public String path() {
        return "/calendar";
    }

    @Override
    public int order() {
        return 815;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    }

    @Override
    public String label(Locale locale) {
        return MessageBundles.get(CalendarMessages.class, Localized.Literal.of(locale.toLanguageTag())).nav_calendar();
    }
}
