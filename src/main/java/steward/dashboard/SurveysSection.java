package steward.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

/**
 * The residents' own word on resolved complaints (surveys sent in the period): the response rate, the share
 * satisfied, each score as given (1 to 5), promises the residents say were not kept on time, and complaints a low
 * score sent back to the supervisors.
 */
@Singleton
public class SurveysSection extends SqlSection {

    static final Records.Source SOURCE = new Records.Source("complaint_survey", "sent_at",
            "'#' || t.complaint_id",
            "t.state || coalesce(' · ' || t.satisfaction, '') || coalesce(' · ' || t.comment, '')",
            "'/complaints/' || t.complaint_id");

    static final String SENT = "t.state <> 'SUPERSEDED'";
    static final String ANSWERED = "t.state = 'ANSWERED'";

    private static final List<Records.Count> COUNTS = List.of(
            Records.Count.of("sent", SENT),
            Records.Count.share("answered", ANSWERED, "sent"),
            Records.Count.share("satisfied", ANSWERED + " and t.satisfaction >= 4", "answered"),
            Records.Count.of("score_5", ANSWERED + " and t.satisfaction = 5"),
            Records.Count.of("score_4", ANSWERED + " and t.satisfaction = 4"),
            Records.Count.of("score_3", ANSWERED + " and t.satisfaction = 3"),
            Records.Count.of("score_2", ANSWERED + " and t.satisfaction = 2"),
            Records.Count.of("score_1", ANSWERED + " and t.satisfaction = 1"),
            Records.Count.of("promise_not_kept", ANSWERED + " and t.promise_kept = 'NO'"),
            Records.Count.of("reopened", "t.reopened"));

    @Override
    public String key() {
        return "surveys";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String title(Locale locale) {
        return words(locale).section_surveys();
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
        return words.figure_surveys(figureKey);
    }
}
