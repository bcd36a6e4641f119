package steward.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import steward.security.StaffContext;

/** The navigation a user sees, and the start page of their role, from every {@link NavEntry} bean. */
@ApplicationScoped
public class Navigation {

    /** One page of the navigation; {@code current} when the page shown is this one or lies under it. */
    public record Item(String path, String label, boolean current) {
    }

    /**
     * One kind of work with the user's pages in it; {@code current} for the group of the page shown, whose
     * entries the navigation spells out (the others open as a menu).
     */
    public record Group(NavGroup group, String label, List<Item> items, boolean current) {

        /** Where tapping the group itself leads: its first page. */
        public String path() {
            return items.get(0).path();
        }
    }

    @Inject
    Instance<NavEntry> entries;

    public List<Item> itemsFor(StaffContext staff, Locale locale) {
        return visible(staff).map(e -> new Item(e.path(), e.label(locale), false)).toList();
    }

    /**
     * The user's pages grouped by work, groups in their order. The current group is that of the entry whose path
     * is the longest prefix of the page's path (the receipt under /cashier belongs to the till); a page under no
     * entry (the home page) makes the group of the user's start page current, else the first.
     */
    public List<Group> groupsFor(StaffContext staff, Locale locale, String pagePath) {
        List<NavEntry> mine = visible(staff).toList();
        NavEntry here = mine.stream().filter(e -> under(pagePath, e.path()))
                .max(Comparator.comparingInt(e -> e.path().length())).orElse(null);
        NavGroup currentGroup = here != null ? here.group()
                : mine.stream().filter(e -> e.startPageOf().stream().anyMatch(staff::hasRole)).map(NavEntry::group)
                        .findFirst().orElse(mine.isEmpty() ? null : mine.get(0).group());
        Map<NavGroup, List<Item>> byGroup = new EnumMap<>(NavGroup.class);
        for (NavEntry entry : mine) {
            byGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>())
                    .add(new Item(entry.path(), entry.label(locale), entry == here));
        }
        Messages words = MessageBundles.get(Messages.class, Localized.Literal.of(locale.toLanguageTag()));
        return byGroup.entrySet().stream()
                .map(g -> new Group(g.getKey(), label(words, g.getKey()), List.copyOf(g.getValue()),
                        g.getKey() == currentGroup))
                .toList();
    }

    private static boolean under(String pagePath, String entryPath) {
        return pagePath.equals(entryPath) || pagePath.startsWith(entryPath + "/");
    }

    private static String label(Messages words, NavGroup group) {
        return switch (group) {
            case DESK -> words.nav_group_desk();
            case SERVICE -> words.nav_group_service();
            case CASHIER -> words.nav_group_cashier();
            case SUPERVISION -> words.nav_group_supervision();
            case ADMINISTRATION -> words.nav_group_administration();
        };
    }

    /** The first entry that is the start page of one of the user's roles (in navigation order). */
    public Optional<String> startPage(StaffContext staff) {
        return visible(staff).filter(e -> e.startPageOf().stream().anyMatch(staff::hasRole)).map(NavEntry::path)
                .findFirst();
    }

    private Stream<NavEntry> visible(StaffContext staff) {
        return entries.stream().filter(e -> e.roles().stream().anyMatch(staff::hasRole))
                .sorted(Comparator.comparing(NavEntry::group).thenComparingInt(NavEntry::order));
    }
}
