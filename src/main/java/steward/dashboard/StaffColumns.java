package steward.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The columns of the per-staff table, in their order, each contributed by the section of the capability whose
 * table it counts ({@link DashboardSection#staffColumns}). All of them are counted by one statement
 * ({@link Records#perStaff}).
 */
@ApplicationScoped
public class StaffColumns {

    @Inject
    Instance<DashboardSection> sections;

    @Inject
    Records records;

    private List<StaffColumn> columns;

    @PostConstruct
    void collect() {
        columns = sections.stream().flatMap(s -> s.staffColumns().stream())
                .sorted(Comparator.comparingInt(StaffColumn::order)).toList();
    }

    public List<StaffColumn> all() {
        return columns;
    }

    public Optional<StaffColumn> find(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public List<Records.StaffCount> counts(Long siteId, Window window) {
        return records.perStaff(columns, siteId, window);
    }

    public List<Item> items(StaffColumn column, Long siteId, Window window, String username) {
        return records.items(column.source(), column.condition(), siteId, window, column.staffColumn(), username);
    }

    public static String label(StaffColumn column, Locale locale) {
        return column.label().apply(SqlSection.words(locale));
    }
}
