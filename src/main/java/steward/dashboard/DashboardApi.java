package steward.dashboard;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;
import steward.web.UiContext;

@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class DashboardApi {

    @Inject
    DashboardService dashboards;

    @Inject
    UiContext ui;

    @GET
    @Operation(summary = "The dashboard's figures for the day and the month of a date (default today) in the caller's"
            + " current site; each figure's link is the list of the records it counts; per-staff figures for"
            + " supervisors only")
    public DashboardService.Dashboard dashboard(@QueryParam("date") String date) {
        return dashboards.dashboard(date, ui.locale());
    }

    @GET
    @Path("staff/{column}/{username}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The records behind one staff member's count (period today or month, default month)")
    public DashboardService.Listing staff(@PathParam("column") String column, @PathParam("username") String username,
            @QueryParam("date") String date,
            @QueryParam("period") @Parameter(schema = @Schema(implementation = Window.Period.class)) String period) {
        return dashboards.staffListing(column, username, date, period, ui.locale());
    }

    @GET
    @Path("{section}/{figure}")
    @Operation(summary = "The records behind one figure (period today or month, default month)")
    public DashboardService.Listing figure(@PathParam("section") String section, @PathParam("figure") String figure,
            @QueryParam("date") String date,
            @QueryParam("period") @Parameter(schema = @Schema(implementation = Window.Period.class)) String period) {
        return dashboards.listing(section, figure, date, period, ui.locale());
    }
}
