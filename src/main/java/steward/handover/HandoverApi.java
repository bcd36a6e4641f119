package steward.handover;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;

@Path("/api/v1/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shift handover")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class HandoverApi {

    @Inject
    HandoverService handovers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The outgoing staff member signs the handover to the shift nearest now (07:00, 15:00, 23:00 "
            + "local), generated from the records: visitors still in, the mail shelf with counts per shelf, items lent "
            + "and IDs held, promises due before the next shift ends with their owners, open callbacks, call-outs not "
            + "yet arrived, open tills; with a note. The answer holds every section")
    @APIResponse(responseCode = "201", description = "Signed")
    @APIResponse(responseCode = "409", description = "This shift's handover was signed already")
    public Response open(@Valid HandoverService.NewHandover input) {
        Handover handover = handovers.open(input == null ? new HandoverService.NewHandover(null) : input);
        return Response.created(URI.create("/api/v1/handovers/" + handover.id)).entity(handovers.detail(handover.id))
                .build();
    }

    @GET
    @Operation(summary = "Handovers of the caller's sites, newest shift first: PENDING (to confirm), LATE (unconfirmed "
            + "30 minutes into the shift) or CONFIRMED; all without a state")
    @APIResponse(responseCode = "400", description = "An unknown state")
    public List<HandoverService.Summary> list(@QueryParam("state") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { "PENDING", "LATE", "CONFIRMED" })) String state) {
        return handovers.list(handovers.parseState(state));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One handover with its sections, the incoming staff member's word on each and the differences")
    @APIResponse(responseCode = "404", description = "No such handover in the caller's sites")
    public HandoverService.Detail detail(@PathParam("id") Long id) {
        return handovers.detail(id);
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The incoming staff member (not the outgoing one) confirms every section: matches, or the "
            + "difference (and the ids of lines not found); each difference goes to the supervisors. Read-only after")
    @APIResponse(responseCode = "400", description = "A section left out, unknown, or a difference without words")
    @APIResponse(responseCode = "409", description = "Confirmed already, or the caller signed it out")
    public HandoverService.Detail confirm(@PathParam("id") Long id, @Valid @NotNull HandoverService.Confirmation input) {
        handovers.confirm(id, input);
        return handovers.detail(id);
    }

    @GET
    @Path("differences")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Differences found at handovers and not yet settled, oldest first (supervisors)")
    public List<HandoverService.DifferenceView> differences() {
        return handovers.openDifferences();
    }

    @POST
    @Path("differences/{id}/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "A supervisor settles a difference with a note")
    @APIResponse(responseCode = "409", description = "Settled already")
    public HandoverService.DifferenceView settle(@PathParam("id") Long id,
            @Valid @NotNull HandoverService.Settlement input) {
        HandoverDifference item = handovers.settle(id, input);
        return handovers.detail(item.handoverId).sections().stream().map(HandoverService.SectionView::item)
                .filter(d -> d != null && d.id().equals(item.id)).findFirst().orElseThrow();
    }
}
