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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.Problem;

/** Buildings and units of a site: administrators and the site's supervisors keep them; everyone reads a unit's file. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Buildings and units")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class UnitApi {

    @Inject
    UnitService units;

    @GET
    @Path("sites/{id}/buildings")
    @Operation(summary = "The site's buildings, open ones first, with their open units counted")
    @APIResponse(responseCode = "200", description = "The buildings")
    public List<UnitService.BuildingView> buildings(@PathParam("id") Long siteId) {
        return units.buildings(siteId);
    }

    @POST
    @Path("sites/{id}/buildings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a building to the site (its name unique in the site)")
    @APIResponse(responseCode = "201", description = "Added; Location names the building",
            content = @Content(schema = @Schema(implementation = UnitService.BuildingView.class)))
    public Response createBuilding(@PathParam("id") Long siteId, @Valid @NotNull UnitService.BuildingInput input) {
        Long id = units.createBuilding(siteId, input);
        return Response.created(URI.create("/api/v1/buildings/" + id)).entity(building(siteId, id)).build();
    }

    @PUT
    @Path("buildings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a building")
    @APIResponse(responseCode = "200", description = "The building")
    public UnitService.BuildingView renameBuilding(@PathParam("id") Long id,
            @Valid @NotNull UnitService.BuildingInput input) {
        units.renameBuilding(id, input);
        Building building = units.building(id);
        return building(building.siteId, id);
    }

    @POST
    @Path("buildings/{id}/close")
    @Operation(summary = "Close a building whose units are all closed (never deleted: its records stay)")
    @APIResponse(responseCode = "200", description = "The building, closed")
    @APIResponse(responseCode = "409", description = "Closed already, or units of it are open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitService.BuildingView closeBuilding(@PathParam("id") Long id) {
        units.closeBuilding(id);
        Building building = units.building(id);
        return building(building.siteId, id);
    }

    @GET
    @Path("buildings/{id}/units")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The units of a building, by floor and label")
    @APIResponse(responseCode = "200", description = "The units")
    public List<UnitService.UnitView> unitsOf(@PathParam("id") Long buildingId) {
        return units.unitsOf(buildingId);
    }

    @POST
    @Path("sites/{id}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a unit: its label unique in the site however spaced or typed (5棟 2單元 502 is "
            + "５棟２單元５０２)")
    @APIResponse(responseCode = "201", description = "Added; Location names the unit",
            content = @Content(schema = @Schema(implementation = UnitService.UnitView.class)))
    public Response createUnit(@PathParam("id") Long siteId, @Valid @NotNull UnitService.UnitInput input) {
        Long id = units.createUnit(siteId, input);
        return Response.created(URI.create("/api/v1/units/" + id)).entity(units.unit(id)).build();
    }

    @GET
    @Path("units/{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The unit's file: who lives (and lived) there, its account and everything the center has "
            + "with it")
    @APIResponse(responseCode = "200", description = "The file")
    public UnitService.UnitFile file(@PathParam("id") Long id) {
        return units.file(id);
    }

    @PUT
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a unit: label, building, floor, area, kind (every change audited)")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "409", description = "The unit is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitService.UnitView updateUnit(@PathParam("id") Long id, @Valid @NotNull UnitService.UnitInput input) {
        units.updateUnit(id, input);
        return units.unit(id);
    }

    @POST
    @Path("units/{id}/close")
    @Operation(summary = "Close a unit nobody lives in: it is charged no more; its account, arrears and history stay")
    @APIResponse(responseCode = "200", description = "The unit, closed")
    @APIResponse(responseCode = "409", description = "Closed already, or residents still live there",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitService.UnitView closeUnit(@PathParam("id") Long id) {
        units.closeUnit(id);
        return units.unit(id);
    }

    private UnitService.BuildingView building(Long siteId, Long id) {
        return units.buildings(siteId).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }
}
