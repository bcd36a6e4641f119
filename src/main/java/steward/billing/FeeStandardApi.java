package steward.billing;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;

@Path("/api/v1/fee-standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
public class FeeStandardApi {

    @Inject
    InputRules rules;

    @Inject
    FeeStandardService fees;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "The fee standards of the caller's site: those in effect and to come, or all with history=true")
    public List<FeeStandardService.View> list(@QueryParam("history") boolean history) {
        return fees.list(history);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "A new price from a day on; the standard in effect ends the day before")
    public Response create(FeeStandardService.NewStandard input) {
        rules.body(input);
        FeeStandardService.View created = fees.create(input);
        return Response.created(URI.create("/api/v1/fee-standards?history=true")).entity(created).build();
    }
}
