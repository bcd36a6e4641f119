package steward.arrears;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/arrears/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@RolesAllowed(Roles.SUPERVISOR)
public class ArrearsRulesApi {

    @Inject
    InputRules inputRules;

    /** A new rule: at so many days overdue, SMS, SMS_AND_EMAIL or STAFF_CALL. */
    public record NewRule(@Schema(required = true) String daysOverdue, @Schema(required = true, implementation = ArrearsRule.Action.class) String action) {
    }

    @Inject
    ArrearsRules rules;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "The reminder rules of the caller's site, by day overdue")
    public List<ArrearsRules.RuleView> list() {
        return rules.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reminder rule; it applies from the next evaluation")
    public Response add(NewRule input) {
        inputRules.body(input);
        ArrearsRules.RuleView created = rules.add(input.daysOverdue(), input.action());
        return Response.created(URI.create("/api/v1/arrears/rules/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule's day, reminder or whether it runs (fields left out stay); reminders "
            + "already decided stay as they were")
    public ArrearsRules.RuleView change(@PathParam("code") String code, ArrearsRules.RuleChange change) {
        inputRules.body(change);
        return rules.change(code, change);
    }
}
