package steward.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

/**
 * Promises due in the period whose outcome is known (closed, or past due), and those kept on time: kept by
 * their time, or renegotiated with the customer's agreement before it (as steward.promise.PromiseFigures).
 */
@Singleton
public class PromisesSection extends SqlSection {

    static final Records.Source SOURCE = new Records.Source("promise", "due_at",
            "t.what",
            "t.owner || ' · ' || t.state",
            "case when t.source_kind = 'COMPLAINT' then '/complaints/' || t.source_id end");

    /**
     * A promise whose outcome is known: closed, or past its time (for a site that counts working time, past the
     * first working minute at or after its due time: {@code on_time_by}).
     */
    static final String PROMISE_DECIDED = "t.state <> 'OPEN' or coalesce(t.on_time_by, t.due_at) <= :now";
    /** Kept by its time, or renegotiated with the customer's agreement before it. */
    static final String PROMISE_KEPT_ON_TIME = "(t.state = 'KEPT' or t.state = 'RENEGOTIATED' and t.customer_agreed)"
            + " and t.closed_at <= coalesce(t.on_time_by, t.due_at)";

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("due", PROMISE_DECIDED),
            Records.Count.share("kept_on_time", PROMISE_KEPT_ON_TIME, "due"),
            Records.Count.of("overdue", "t.state = 'OPEN' and t.due_at <= :now"));

    @Override
    public String key() {
        return "promises";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title(Locale locale) {
        return words(locale).section_promises();
    }

    @Override
    Records.Source source() {
        return SOURCE;
    }

    @Override
    List<Records.Count> counts() {
        return COUNTS;
    }

    @Override
    String label(DashboardMessages words, String figureKey) {
        return words.figure_promises(figureKey);
    }
}
