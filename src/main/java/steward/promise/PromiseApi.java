package steward.promise;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/promises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class PromiseApi {

    @Inject
    PromiseService promises;

    @Inject
    PromiseFigures figures;

    public record Renegotiation(
            @Schema(required = true, description = "The new time, within a year from now") Instant newDueAt,
            @Schema(required = true, enumeration = "true", description = "The customer agreed to the new time: "
                    + "a promise is renegotiated only with the customer") Boolean customerAgreed) {
    }

    public record Breach(@Schema(required = true, minLength = 2) String reason) {
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Promises of the caller's sites: OPEN (the default, overdue included), OVERDUE, KEPT, "
            + "BROKEN or RENEGOTIATED")
    public List<PromiseService.View> list(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = PromiseService.Filter.class))
                    String state) {
        return promises.list(promises.parseFilter(state));
    }

    @POST
    @Path("{id}/kept")
    @Operation(summary = "Record that an open promise was kept (409 when it is no longer open)")
    @APIResponse(responseCode = "409", description = "The promise is no longer open")
    public PromiseService.View kept(@PathParam("id") Long id) {
        return promises.view(promises.kept(id));
    }

    @POST
    @Path("{id}/renegotiate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree a new time with the customer: the promise ends as renegotiated and a new one "
            + "(answered, 201) takes its place")
    @APIResponse(responseCode = "409", description = "The promise is not open")
    public Response renegotiate(@PathParam("id") Long id, Renegotiation input) {
        Renegotiation body = input == null ? new Renegotiation(null, null) : input;
        Promise renewed = promises.renegotiate(id, body.newDueAt(), body.customerAgreed(), "newDueAt");
        return Response.created(URI.create("/api/v1/promises/" + renewed.id)).entity(promises.view(renewed)).build();
    }

    @POST
    @Path("{id}/broken")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Admit that an open promise was broken, with the reason")
    public PromiseService.View broken(@PathParam("id") Long id, Breach input) {
        return promises.view(promises.broken(id, input == null ? null : input.reason()));
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Due today, overdue, and kept on time this month and last month, per staff member and "
            + "overall, for the caller's current site")
    public PromiseFigures.Figures figures() {
        return figures.forCurrentSite();
    }
}
