package steward.resident;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.Problem;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents")
@RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
public class ResidentApi {

    @Inject
    ResidentService residents;

    @Inject
    UnitService units;

    @GET
    @Path("residents")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Search residents by part of a name, pinyin initials, a phone's last four digits or a unit")
    @APIResponse(responseCode = "200", description = "The residents found, best first")
    public List<ResidentService.Summary> search(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : residents.search(query);
    }

    @GET
    @Path("residents/{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The resident file with everything the center has with them (the view is recorded in the "
            + "audit trail)")
    @APIResponse(responseCode = "200", description = "The file")
    public ResidentService.File file(@PathParam("id") Long id) {
        return residents.open(id);
    }

    @POST
    @Path("residents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a resident in the caller's current site, living in unitIds since movedIn; a "
            + "consent given needs how (consentSmsHow, consentEmailHow)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the resident",
            content = @Content(schema = @Schema(implementation = ResidentService.Summary.class)))
    public Response register(@Valid @NotNull ResidentService.ResidentInput input) {
        Resident created = residents.register(input);
        return Response.created(URI.create("/api/v1/residents/" + created.id))
                .entity(ResidentService.summary(created)).build();
    }

    @PUT
    @Path("residents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a resident's details, phones and consents (every change audited, phones masked); "
            + "units change by move-in and move-out")
    @APIResponse(responseCode = "200", description = "The file as changed")
    @APIResponse(responseCode = "409", description = "The resident's personal data was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResidentService.File update(@PathParam("id") Long id,
            @Valid @NotNull ResidentService.ResidentInput input) {
        residents.update(id, input);
        return residents.fileWithoutAudit(id);
    }

    @POST
    @Path("residents/{id}/move-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The resident moves into one more unit of their site")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "409", description = "Already living there, or erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResidentService.File moveIn(@PathParam("id") Long id, @Valid @NotNull ResidentService.MoveIn input) {
        residents.moveIn(id, input);
        return residents.fileWithoutAudit(id);
    }

    @POST
    @Path("residents/{id}/move-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The resident moves out of a unit: messages waiting about it are withdrawn (all of them "
            + "when no unit is left), the history stays, and with no unit left the resident can be erased")
    @APIResponse(responseCode = "200", description = "The file")
    public ResidentService.File moveOut(@PathParam("id") Long id, @Valid @NotNull ResidentService.MoveOut input) {
        residents.moveOut(id, input);
        return residents.fileWithoutAudit(id);
    }

    @GET
    @Path("units")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Search units by label")
    @APIResponse(responseCode = "200", description = "The units found, best first")
    public List<ResidentService.UnitRef> units(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : residents.searchUnits(query);
    }

    @POST
    @Path("units/{id}/owner-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A change of owner in one step: the unit's owners move out on the date and the new owner "
            + "(newOwnerId, or a new resident as newOwner) moves in; the unit's account and arrears stay with the unit")
    @APIResponse(responseCode = "200", description = "The unit's file")
    @APIResponse(responseCode = "409", description = "The unit is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitService.UnitFile changeOwner(@PathParam("id") Long id,
            @Valid @NotNull ResidentService.OwnerChange input) {
        residents.changeOwner(id, input);
        return units.file(id);
    }
}
