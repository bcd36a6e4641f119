package steward.center;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.Window;

/** Desk inspections in the period, and how many of them passed every item (seed 一 1–5). */
@Singleton
public class InspectionsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("inspection", "inspected_at",
            "(select d.name from center_desk d where d.id = t.desk_id) || ' · ' || t.shift",
            "t.inspector || ' · ' || t.passed || ' / ' || (t.passed + t.failed)",
            "'/inspections/' || t.id");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.share("clean", "t.failed = 0", "all"),
            Records.Count.of("with_failures", "t.failed > 0"));

    public InspectionsDashboardSection() {
        super("inspections", 70, DashboardMessages::section_inspections, DashboardMessages::figure_inspections,
                SOURCE, COUNTS);
    }

    /** The inspections' history with the pass rate per desk and shift over the same days. */
    @Override
    public Optional<String> page(Window window) {
        return Optional.of("/inspections/history?from=" + window.firstDay() + "&to=" + window.lastDay());
    }
}
