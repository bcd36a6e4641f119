package steward.dashboard;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/** The supervisor's home page: today and this month in charts, each figure opening the records it counts. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardService.Dashboard dashboard, List<Chart.Board> boards,
                String typedDate, FormState form);

        static native TemplateInstance dashboard$figures(DashboardService.Dashboard dashboard, List<Chart.Board> boards,
                String typedDate, FormState form);

        static native TemplateInstance list(DashboardService.Listing listing);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    Htmx htmx;

    @Inject
    UiContext ui;

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response page(@QueryParam("date") String date) {
        DashboardService.Dashboard dashboard;
        FormState form = FormState.NONE;
        int status = 200;
        try {
            dashboard = dashboards.dashboard(date, ui.locale());
        } catch (InvalidInput e) {
            // The date field again with its message, over today's figures.
            dashboard = dashboards.dashboard(null, ui.locale());
            form = FormState.refused("date", java.util.Map.of("date", date == null ? "" : date), e, ui.locale());
            status = htmx.isRequest() ? 200 : 400;
        }
        DashboardMessages words = MessageBundles.get(DashboardMessages.class, Localized.Literal.of(ui.lang()));
        List<Chart.Board> boards = List.of(
                new Chart.Board("today", words.today() + " · " + dashboard.date(),
                        dashboard.today().stream().map(s -> Chart.of(s, words)).toList()),
                new Chart.Board("month", words.month() + " · " + java.time.YearMonth.from(dashboard.date()),
                        dashboard.month().stream().map(s -> Chart.of(s, words)).toList()));
        String typed = form.isFor("date") ? form.value("date", "date") : dashboard.date().toString();
        TemplateInstance page = htmx.isRequest() ? Templates.dashboard$figures(dashboard, boards, typed, form)
                : Templates.dashboard(dashboard, boards, typed, form);
        return Response.status(status).entity(page).header("Vary", Htmx.REQUEST_HEADER).build();
    }

    @GET
    @Path("staff/{column}/{username}")
    @RolesAllowed(Roles.SUPERVISOR)
    public TemplateInstance staffList(@PathParam("column") String column, @PathParam("username") String username,
            @QueryParam("date") String date, @QueryParam("period") String period) {
        return Templates.list(dashboards.staffListing(column, username, date, period, ui.locale()));
    }

    @GET
    @Path("{section}/{figure}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance list(@PathParam("section") String section, @PathParam("figure") String figure,
            @QueryParam("date") String date, @QueryParam("period") String period) {
        return Templates.list(dashboards.listing(section, figure, date, period, ui.locale()));
    }
}
