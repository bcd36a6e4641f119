package steward.resident;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents")
public class ResidentApi {

    @Inject
    ResidentService residents;

    @GET
    @Path("residents")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Search residents by part of a name, pinyin initials, a phone's last four digits or a unit")
    public List<ResidentService.Summary> search(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : residents.search(query);
    }

    @GET
    @Path("residents/{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The resident file (the view is recorded in the audit trail)")
    public ResidentService.File file(@PathParam("id") Long id) {
        return residents.open(id);
    }

    @POST
    @Path("residents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Register a resident in the caller's current site")
    public Response register(ResidentService.NewResident input) {
        if (input == null) {
            throw steward.web.InvalidInput.of("body", "A JSON body is required");
        }
        Resident created = residents.register(input);
        return Response.created(URI.create("/api/v1/residents/" + created.id))
                .entity(ResidentService.summary(created)).build();
    }

    @GET
    @Path("units")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Search units by label")
    public List<ResidentService.UnitRef> units(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : residents.searchUnits(query);
    }
}
