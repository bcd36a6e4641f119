package steward.reception;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.StaffColumn;

/**
 * Incoming calls answered in the period, the share answered within three rings (seed 二(二)) and the share whose
 * ring time the phone system measured (the rest the desk reported), the calls missed, the callbacks promised.
 */
@Singleton
public class CallsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("phone_call", "started_at",
            "coalesce(t.caller_name, '')",
            "coalesce(t.answered_by, '') || ' · ' || coalesce(t.ring_seconds || ' s', t.rings_before_answer || '')",
            null);

    private static final String ANSWERED = "t.direction = 'IN' and t.state = 'ANSWERED'";

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", ANSWERED),
            Records.Count.share("within_three_rings", ANSWERED + " and t.within_standard", "all"),
            Records.Count.share("measured", ANSWERED + " and t.measured", "all"),
            Records.Count.of("missed", "t.direction = 'IN' and t.state = 'MISSED'"),
            Records.Count.of("callbacks", "t.outcome = 'CALLBACK_PROMISED'"));

    /** Incoming calls each staff member answered. */
    private static final List<StaffColumn> STAFF_COLUMNS = List.of(new StaffColumn("calls", 10,
            new Records.Source("phone_call", "started_at", "coalesce(t.caller_name, '')", "t.rings_before_answer || ''",
                    "null"), "true", "answered_by", DashboardMessages::staff_calls));

    public CallsDashboardSection() {
        super("calls", 20, DashboardMessages::section_calls, DashboardMessages::figure_calls, SOURCE, COUNTS);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
