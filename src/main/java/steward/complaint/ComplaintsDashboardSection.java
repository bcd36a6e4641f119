package steward.complaint;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.StaffColumn;

/**
 * Complaints received in the period: still open, overdue (an open promise past its time), resolved, and the
 * customers' satisfaction (4 or 5 of 5) among those who rated the resolution (seed 三(三)).
 */
@Singleton
public class ComplaintsDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("complaint", "received_at",
            "left(t.description, 80)",
            "t.category || ' · ' || t.state",
            "'/complaints/' || t.id");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.of("open", "t.state <> 'RESOLVED'"),
            Records.Count.of("overdue", "t.state <> 'RESOLVED' and exists (select 1 from promise p where p.source_kind = 'COMPLAINT' and p.source_id = t.id and p.site_id = t.site_id and p.state = 'OPEN' and p.due_at <= :now)"),
            Records.Count.of("resolved", "t.state = 'RESOLVED'"),
            Records.Count.of("rated", "t.satisfaction is not null"),
            Records.Count.share("satisfied", "t.satisfaction >= 4", "rated"));

    /** The praise of each staff member (seed 三(三)5), and the complaints about them. */
    private static final List<StaffColumn> STAFF_COLUMNS = List.of(
            new StaffColumn("praise", 40, new Records.Source("praise", "recorded_at", "t.what",
                    "coalesce(t.customer_name, '')", "null"), "true", "staff", DashboardMessages::staff_praise),
            new StaffColumn("complaints_about", 50, SOURCE, "true", "about_staff",
                    DashboardMessages::staff_complaints_about));

    public ComplaintsDashboardSection() {
        super("complaints", 40, DashboardMessages::section_complaints, DashboardMessages::figure_complaints,
                SOURCE, COUNTS);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
