package steward.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The columns of the per-staff table, in their order: calls answered, visitors registered, promises kept on
 * time (the owner), praise (seed 三(三)5), complaints about the staff member, and the residents' surveys of the
 * complaints they resolved: sent, answered (the response rate is answered out of sent) and satisfied (4 or 5). All of them are counted by one
 * statement ({@link Records#perStaff}).
 */
@ApplicationScoped
public class StaffColumns {

    static final List<StaffColumn> ALL = List.of(
            new StaffColumn("calls", new Records.Source("phone_call", "started_at", "coalesce(t.caller_name, '')",
                    "t.rings_before_answer || ''", "null"), "true", "answered_by", DashboardMessages::staff_calls),
            new StaffColumn("visitors", VisitorsSection.SOURCE, "true", "registered_by",
                    DashboardMessages::staff_visitors),
            new StaffColumn("promises_kept", new Records.Source("promise", "due_at", "t.what", "t.state",
                    PromisesSection.SOURCE.link()), PromisesSection.PROMISE_KEPT_ON_TIME, "owner",
                    DashboardMessages::staff_promises_kept),
            new StaffColumn("praise", new Records.Source("praise", "recorded_at", "t.what",
                    "coalesce(t.customer_name, '')", "null"), "true", "staff", DashboardMessages::staff_praise),
            new StaffColumn("complaints_about", ComplaintsSection.SOURCE, "true", "about_staff",
                    DashboardMessages::staff_complaints_about),
            new StaffColumn("surveys_sent", SurveysSection.SOURCE, SurveysSection.SENT, "resolved_by",
                    DashboardMessages::staff_surveys_sent),
            new StaffColumn("surveys_answered", SurveysSection.SOURCE, SurveysSection.ANSWERED, "resolved_by",
                    DashboardMessages::staff_surveys_answered),
            new StaffColumn("residents_satisfied", SurveysSection.SOURCE,
                    SurveysSection.ANSWERED + " and t.satisfaction >= 4", "resolved_by",
                    DashboardMessages::staff_residents_satisfied));

    @Inject
    Records records;

    public List<StaffColumn> all() {
        return ALL;
    }

    public Optional<StaffColumn> find(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public List<Records.StaffCount> counts(Long siteId, Window window) {
        return records.perStaff(ALL, siteId, window);
    }

    public List<Item> items(StaffColumn column, Long siteId, Window window, String username) {
        return records.items(column.source(), column.condition(), siteId, window, column.staffColumn(), username);
    }

    public static String label(StaffColumn column, Locale locale) {
        return column.label().apply(SqlSection.words(locale));
    }
}
