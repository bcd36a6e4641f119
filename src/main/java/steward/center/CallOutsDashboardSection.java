package steward.center;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;

/** Call-outs in the period: acknowledged within ten minutes, escalated, arrived (seed 一 8). */
@Singleton
public class CallOutsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("call_out", "requested_at",
            "t.called || ' · ' || t.reason",
            "t.state || coalesce(' · ' || to_char(t.acknowledged_at - t.requested_at, 'HH24:MI'), '')",
            "'/on-call'");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.share("acknowledged_in_time",
                    "t.acknowledged_at is not null and t.acknowledged_at - t.requested_at <= interval '10 minutes'", "all"),
            Records.Count.of("escalated", "t.escalated_at is not null"),
            Records.Count.of("arrived", "t.arrived_at is not null"));

    public CallOutsDashboardSection() {
        super("call_outs", 80, DashboardMessages::section_call_outs, DashboardMessages::figure_call_outs,
                SOURCE, COUNTS);
    }
}
