package steward.knowledge;

import java.util.List;

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

    public InquiriesDashboardSection() {
        super("inquiries", 30, DashboardMessages::section_inquiries, DashboardMessages::figure_inquiries,
                SOURCE, COUNTS);
    }
}
