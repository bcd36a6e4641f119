package steward.knowledge;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;

/** Inquiries of the period: answered from the approved answer book, without it, or to be called back (三(二)2). */
@Singleton
public class InquiriesDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("inquiry", "recorded_at",
            "t.question",
            "t.recorded_by",
            null);

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("all", "true"),
            Records.Count.share("from_book", "t.outcome = 'ANSWERED'", "all"),
            Records.Count.of("without_book", "t.outcome = 'ANSWERED_WITHOUT_BOOK'"),
            Records.Count.of("callback", "t.outcome = 'CALLBACK'"));

    @Override
    public String key() {
        return "inquiries";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return words(locale).section_inquiries();
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
        return words.figure_inquiries(figureKey);
    }
}
