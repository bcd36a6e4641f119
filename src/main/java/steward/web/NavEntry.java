package steward.web;

import java.util.Locale;
import java.util.Set;

/**
 * A place in the navigation, contributed by the capability that owns it (a bean per entry), so that each
 * capability adds its pages without touching the layout. An entry may also be the start page of some roles.
 */
public interface NavEntry {

    String path();

    /** Position in the navigation, lower first. */
    int order();

    /** The roles that see the entry. */
    Set<String> roles();

    /** The label in the given locale (from the capability's own message bundle). */
    String label(Locale locale);

    /**
     * The work the page belongs to: the navigation shows the entries of the current page's group and keeps the
     * other groups one tap away. An entry that does not say is administration.
     */
    default NavGroup group() {
        return NavGroup.ADMINISTRATION;
    }

    /** The roles whose start page this is, if any (e.g. the desk board for {@code desk}). */
    default Set<String> startPageOf() {
        return Set.of();
    }
}
