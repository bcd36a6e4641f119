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

/** The company's sites (administrators only): set up, change, close and reopen. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
@RolesAllowed(Roles.ADMIN)
public class SiteApi {

    @Inject
    SiteService sites;

    @GET
    @Path("sites")
    @Operation(summary = "The sites the administrator manages, open ones first")
    @APIResponse(responseCode = "200", description = "The sites")
    public List<SiteService.SiteView> list() {
        return sites.list();
    }

    @POST
    @Path("sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a site; settings left out are the company's defaults for a new site")
    @APIResponse(responseCode = "201", description = "Created; Location names the site",
            content = @Content(schema = @Schema(implementation = SiteService.SiteView.class)))
    public Response create(@Valid @NotNull SiteService.SiteInput input) {
        Long id = sites.create(input);
        return Response.created(URI.create("/api/v1/sites/" + id)).entity(sites.view(id)).build();
    }

    @GET
    @Path("sites/{id}")
    @Operation(summary = "A site with its settings and how many buildings, units and residents it has")
    @APIResponse(responseCode = "200", description = "The site")
    public SiteService.SiteView get(@PathParam("id") Long id) {
        return sites.view(id);
    }

    @PUT
    @Path("sites/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a site's details and settings (settings left out stay as they are)")
    @APIResponse(responseCode = "200", description = "The site as changed")
    public SiteService.SiteView update(@PathParam("id") Long id, @Valid @NotNull SiteService.SiteInput input) {
        sites.update(id, input);
        return sites.view(id);
    }

    @POST
    @Path("sites/{id}/close")
    @Operation(summary = "Close a site: its records are kept, nobody works in it any more")
    @APIResponse(responseCode = "200", description = "The site, closed")
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SiteService.SiteView close(@PathParam("id") Long id) {
        sites.close(id);
        return sites.view(id);
    }

    @POST
    @Path("sites/{id}/reopen")
    @Operation(summary = "Reopen a closed site")
    @APIResponse(responseCode = "200", description = "The site, open")
    @APIResponse(responseCode = "409", description = "Not closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SiteService.SiteView reopen(@PathParam("id") Long id) {
        sites.reopen(id);
        return sites.view(id);
    }
}
