package steward.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import steward.security.StaffContext;

/** The navigation a user sees, and the start page of their role, from every {@link NavEntry} bean. */
@ApplicationScoped
public class Navigation {

    public record Item(String path, String label) {
    }

    @Inject
    Instance<NavEntry> entries;

    public List<Item> itemsFor(StaffContext staff, java.util.Locale locale) {
        return visible(staff).map(e -> new Item(e.path(), e.label(locale))).toList();
    }

    /** The first entry that is the start page of one of the user's roles (in navigation order). */
    public Optional<String> startPage(StaffContext staff) {
        return visible(staff).filter(e -> e.startPageOf().stream().anyMatch(staff::hasRole)).map(NavEntry::path)
                .findFirst();
    }

    private java.util.stream.Stream<NavEntry> visible(StaffContext staff) {
        return entries.stream().filter(e -> e.roles().stream().anyMatch(staff::hasRole))
                .sorted(Comparator.comparingInt(NavEntry::order));
    }
}
