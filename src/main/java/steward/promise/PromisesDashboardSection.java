package steward.promise;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.StaffColumn;

/**
 * Promises due in the period whose outcome is known (closed, or past due), and those kept on time: kept by
 * their time, or renegotiated with the customer's agreement before it (as {@link PromiseFigures}).
 */
@Singleton
public class PromisesDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("promise", "due_at",
            "t.what",
            "t.owner || ' · ' || t.state",
            "case when t.source_kind = 'COMPLAINT' then '/complaints/' || t.source_id end");

    /**
     * A promise whose outcome is known: closed, or past its time (for a site that counts working time, past the
     * first working minute at or after its due time: {@code on_time_by}).
     */
    private static final String PROMISE_DECIDED = "t.state <> 'OPEN' or coalesce(t.on_time_by, t.due_at) <= :now";
    /** Kept by its time, or renegotiated with the customer's agreement before it. */
    private static final String PROMISE_KEPT_ON_TIME = "(t.state = 'KEPT' or t.state = 'RENEGOTIATED'"
            + " and t.customer_agreed) and t.closed_at <= coalesce(t.on_time_by, t.due_at)";

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("due", PROMISE_DECIDED),
            Records.Count.share("kept_on_time", PROMISE_KEPT_ON_TIME, "due"),
            Records.Count.of("overdue", "t.state = 'OPEN' and t.due_at <= :now"));

    /** Promises each owner kept on time. */
    private static final List<StaffColumn> STAFF_COLUMNS = List.of(new StaffColumn("promises_kept", 30,
            new Records.Source("promise", "due_at", "t.what", "t.state", SOURCE.link()), PROMISE_KEPT_ON_TIME, "owner",
            DashboardMessages::staff_promises_kept));

    public PromisesDashboardSection() {
        super("promises", 50, DashboardMessages::section_promises, DashboardMessages::figure_promises, SOURCE, COUNTS);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
