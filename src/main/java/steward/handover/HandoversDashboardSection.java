package steward.handover;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;

/**
 * Shift handovers of the period (by the start of the incoming shift): confirmed within 30 minutes, late (still
 * unconfirmed 30 minutes in, or confirmed after), with differences found, and differences not yet settled.
 */
@Singleton
public class HandoversDashboardSection extends SqlSection {

    private static final String IN_TIME = "t.shift_starts_at + interval '30 minutes'";

    private static final Records.Source SOURCE = new Records.Source("handover", "shift_starts_at",
            "t.shift || ' · ' || t.outgoing || coalesce(' → ' || t.incoming, '')",
            "case when t.confirmed_at is null then 'UNCONFIRMED' else 'CONFIRMED' end",
            "'/handovers/' || t.id");

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.share("confirmed_in_time", "t.confirmed_at is not null and t.confirmed_at <= " + IN_TIME,
                    "all"),
            Records.Count.of("late", "(t.confirmed_at is null and " + IN_TIME + " <= :now) or t.confirmed_at > "
                    + IN_TIME),
            Records.Count.of("with_differences",
                    "exists (select 1 from handover_difference d where d.handover_id = t.id)"),
            Records.Count.of("differences_open",
                    "exists (select 1 from handover_difference d where d.handover_id = t.id and d.settled_at is null)"));

    public HandoversDashboardSection() {
        super("handovers", 85, DashboardMessages::section_handovers, DashboardMessages::figure_handovers,
                SOURCE, COUNTS);
    }
}
