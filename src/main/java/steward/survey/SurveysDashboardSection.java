package steward.survey;

import java.util.List;

import jakarta.inject.Singleton;
import steward.dashboard.DashboardMessages;
import steward.dashboard.Records;
import steward.dashboard.SqlSection;
import steward.dashboard.StaffColumn;

/**
 * The residents' own word on resolved complaints (surveys sent in the period): the response rate, the share
 * satisfied, each score as given (1 to 5), promises the residents say were not kept on time, and complaints a low
 * score sent back to the supervisors.
 */
@Singleton
public class SurveysDashboardSection extends SqlSection {

    private static final Records.Source SOURCE = new Records.Source("complaint_survey", "sent_at",
            "'#' || t.complaint_id",
            "t.state || coalesce(' · ' || t.satisfaction, '') || coalesce(' · ' || t.comment, '')",
            "'/complaints/' || t.complaint_id");

    private static final String SENT = "t.state <> 'SUPERSEDED'";
    private static final String ANSWERED = "t.state = 'ANSWERED'";

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

    /**
     * The surveys of the complaints each staff member resolved: sent, answered (the response rate is answered out
     * of sent) and satisfied (4 or 5).
     */
    private static final List<StaffColumn> STAFF_COLUMNS = List.of(
            new StaffColumn("surveys_sent", 60, SOURCE, SENT, "resolved_by", DashboardMessages::staff_surveys_sent),
            new StaffColumn("surveys_answered", 70, SOURCE, ANSWERED, "resolved_by",
                    DashboardMessages::staff_surveys_answered),
            new StaffColumn("residents_satisfied", 80, SOURCE, ANSWERED + " and t.satisfaction >= 4", "resolved_by",
                    DashboardMessages::staff_residents_satisfied));

    public SurveysDashboardSection() {
        super("surveys", 45, DashboardMessages::section_surveys, DashboardMessages::figure_surveys, SOURCE, COUNTS);
    }

    @Override
    public List<StaffColumn> staffColumns() {
        return STAFF_COLUMNS;
    }
}
