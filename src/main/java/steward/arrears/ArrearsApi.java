package steward.arrears;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;

@Path("/api/v1/arrears")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@RolesAllowed({ Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class ArrearsApi {

    @Inject
    ArrearsService arrears;

    @Inject
    ArrearsRules rules;

    @Inject
    CollectionTasks tasks;

    @GET
    @Operation(summary = "Units of the caller's sites in arrears: overdue amount by age, oldest due date, open case; "
            + "at least minDays overdue, in one building, sorted by AMOUNT (default) or AGE; at most 200")
    public List<ArrearsService.Row> list(@QueryParam("minDays") String minDays,
            @QueryParam("buildingId") String buildingId,
            @QueryParam("sort") @Parameter(schema = @Schema(implementation = ArrearsService.Sort.class)) String sort) {
        return arrears.list(arrears.filter(minDays, buildingId, sort));
    }

    @GET
    @Path("calls")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "The collector's list: the open cases of the tablet's site whose call task is the caller's "
            + "(all=true, supervisors: everyone's), the call due first, with the amounts, the items, the attempts and "
            + "the agreed appointment")
    public List<CollectionTasks.CallRow> calls(@QueryParam("all") boolean all) {
        return tasks.calls(all);
    }

    @GET
    @Path("policy")
    @Operation(summary = "How the tablet's site collects: the order (PHONE_FIRST is the seed's), who gets a new "
            + "case's call task (NAMED or ROUND_ROBIN), the language of written demands")
    public ArrearsRules.PolicyView policy() {
        return rules.policy();
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Change the order (a new order replaces the rules with the ones it starts with), the "
            + "assignment rule (NAMED needs the assignee, one of the site's customer service staff) and the letter "
            + "language")
    @APIResponse(responseCode = "400", description = "A field refused: application/problem+json naming it")
    public ArrearsRules.PolicyView changePolicy(@Valid @NotNull ArrearsRules.PolicyChange change) {
        return rules.changePolicy(change);
    }
}
