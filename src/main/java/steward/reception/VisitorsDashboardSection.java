package steward.reception;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.StaffColumn;

/** Visitors registered in the period, by the host's answer (seed 二(四)): confirmed, asked to wait, absent, declined. */
@Singleton
public class VisitorsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("visit", "registered_at",
            "t.visitor_name",
            "coalesce((select u.label from unit u where u.id = t.unit_id), '')",
            "'/desk/visits/' || t.id");

    /** Visitors who came: not an arranged visit still expected, nor one that did not come. */
    private static final String CAME = "t.status not in ('EXPECTED', 'CANCELLED')";

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", CAME),
            Records.Count.of("confirmed", "t.host_response = 'CONFIRMED'"),
            Records.Count.of("waiting", "t.host_response = 'ASKED_TO_WAIT'"),
            Records.Count.of("absent", "t.host_response = 'ABSENT'"),
            Records.Count.of("declined", "t.host_response = 'DECLINED'"),
            Records.Count.of("unanswered", CAME + " and t.host_response is null"));

    /** Visitors each staff member registered. */
    private static final List<StaffColumn> STAFF_COLUMNS = List.of(new StaffColumn("visitors", 20, SOURCE, "true",
            "registered_by", DashboardMessages::staff_visitors));

    public VisitorsDashboardSection() {
        super("visitors", 10, DashboardMessages::section_visitors, DashboardMessages::figure_visitors, SOURCE, COUNTS);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
