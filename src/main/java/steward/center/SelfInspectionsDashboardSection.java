package steward.center;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.Window;

/**
 * The start-of-shift self-inspections due in the period (one per desk and staffed shift), how many were done
 * within the time allowed, how many at all, and how many had to be reminded (seed 一 1–5, 二(一)).
 */
@Singleton
public class SelfInspectionsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("shift_inspection", "due_at",
            "(select d.name from center_desk d where d.id = t.desk_id) || ' · ' || t.shift",
            "coalesce((select i.inspector from inspection i where i.id = t.inspection_id), '—')",
            "case when t.inspection_id is null then null else '/inspections/' || t.inspection_id end");

    @Inject
    SelfInspectionsDashboardSection(CenterConfig config) {
        super("self_inspections", 72, DashboardMessages::section_self_inspections,
                DashboardMessages::figure_self_inspections, SOURCE, counts(config));
    }

    /** Done "in time" is within the time the center allows for a self-inspection after the shift starts. */
    private static List<Records.Count> counts(CenterConfig config) {
        String inTime = "t.done_at is not null and t.done_at <= t.due_at + interval '"
                + config.selfInspectionWithin().toSeconds() + " seconds'";
        return List.of(
                Records.Count.of("due", "true"),
                Records.Count.share("in_time", inTime, "due"),
                Records.Count.share("done", "t.done_at is not null", "due"),
                Records.Count.of("reminded", "t.reminded_at is not null"));
    }

    /** The inspections' history of the same days, where each round is. */
    @Override
    public Optional<String> page(Window window) {
        return Optional.of("/inspections/history?from=" + window.firstDay() + "&to=" + window.lastDay());
    }
}
