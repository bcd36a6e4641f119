package steward.center;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;

@Path("/api/v1/call-outs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
public class CallOutApi {

    @Inject
    CallOutService callOuts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Call someone in (緊急到崗): the named staff member, else whoever is on call first now; "
            + "unacknowledged within the configured time, the backup and the supervisors are alerted once")
    public Response request(@Valid @NotNull CallOutService.NewCallOut input) {
        CallOut callOut = callOuts.request(input);
        return Response.created(URI.create("/api/v1/call-outs/" + callOut.id)).entity(callOuts.view(callOut.id))
                .build();
    }

    @GET
    @Operation(summary = "The current site's open call-outs and those of the last 7 days, newest first")
    public List<CallOutService.View> recent() {
        return callOuts.recent();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call-out")
    public CallOutService.View detail(@PathParam("id") Long id) {
        return callOuts.view(id);
    }

    @POST
    @Path("{id}/ack")
    @Operation(summary = "Acknowledge (the one called, or the desk or a supervisor recording their answer); 409 when "
            + "already acknowledged")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    public CallOutService.View acknowledge(@PathParam("id") Long id) {
        callOuts.acknowledge(id);
        return callOuts.view(id);
    }

    @POST
    @Path("{id}/arrived")
    @Operation(summary = "On site; 409 unless acknowledged and not yet arrived")
    @APIResponse(responseCode = "409", description = "Not acknowledged, or arrived already")
    public CallOutService.View arrived(@PathParam("id") Long id) {
        callOuts.arrived(id);
        return callOuts.view(id);
    }
}
