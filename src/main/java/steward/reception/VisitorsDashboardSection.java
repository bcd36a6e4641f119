package steward.reception;

import java.util.List;
import java.util.Locale;

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

    @Override
    public String key() {
        return "visitors";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return words(locale).section_visitors();
    }

    @Override
    protected Records.Source source() {
        return SOURCE;
    }

    @Override
    protected List<Records.Count> counts() {
        return COUNTS;
    }

    @Override
    protected String label(DashboardMessages words, String figureKey) {
        return words.figure_visitors(figureKey);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
