package steward.complaint;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;

@Path("/api/v1/praise")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Praise")
public class PraiseApi {

    @Inject
    InputRules rules;

    @Inject
    PraiseService praise;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Record a customer's praise of a staff member, and that they were thanked")
    public Response record(PraiseService.NewPraise input) {
        rules.body(input);
        Praise recorded = praise.record(input);
        return Response.created(URI.create("/api/v1/praise")).entity(praise.view(recorded.id)).build();
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Praise of the caller's sites, newest first")
    public List<PraiseService.View> recent() {
        return praise.recent();
    }

    @GET
    @Path("records")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Each staff member's praise this month, last month and in all, for the current site")
    public List<PraiseService.Record> records() {
        return praise.records();
    }
}
