package steward.arrears;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;

/** Collection cases opened in the period, and the share paid in full: the collection rate (seed 三(五)). */
@Singleton
public class CollectionDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("collection_case", "opened_at",
            "(select u.label from unit u where u.id = t.unit_id)",
            "t.state || coalesce(' · ' || t.close_reason, '') || case when t.held_at is not null then ' · HOLD' else '' end",
            "'/arrears/cases/' || t.id");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("opened", "true"),
            Records.Count.share("paid", "t.close_reason = 'PAID'", "opened"),
            Records.Count.of("on_hold", "t.state = 'OPEN' and t.held_at is not null"));

    public CollectionDashboardSection() {
        super("collection", 65, DashboardMessages::section_collection, DashboardMessages::figure_collection,
                SOURCE, COUNTS);
    }
}
