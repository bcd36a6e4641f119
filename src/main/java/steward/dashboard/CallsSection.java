package steward.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

/** Calls answered in the period, and the share answered within three rings (seed 二(二)). */
@Singleton
public class CallsSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("phone_call", "started_at",
            "coalesce(t.caller_name, '')",
            "t.answered_by || ' · ' || t.rings_before_answer",
            null);

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.share("within_three_rings", "t.rings_before_answer <= 3", "all"),
            Records.Count.of("callbacks", "t.outcome = 'CALLBACK_PROMISED'"));

    @Override
    public String key() {
        return "calls";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return words(locale).section_calls();
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
        return words.figure_calls(figureKey);
    }
}
