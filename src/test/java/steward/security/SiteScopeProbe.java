package steward.security;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.resident.Resident;
import steward.resident.Unit;

/**
 * Queries of site data that name no site, as a careless new query would: only in the test application, left out
 * of the API document. What they answer is what {@link SiteScope} lets through.
 */
@Path("/api/v1/test-only/site-scope")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SiteScopeProbe {

    /** The residents among these ids, by a query with no site in it. */
    @GET
    @Path("/residents")
    @Operation(hidden = true)
    public List<Long> residents(@QueryParam("id") List<Long> ids) {
        return Resident.<Resident>list("id in ?1 order by id", ids).stream().map(r -> r.id).toList();
    }

    /** Whether a resident of this id loads by id (a load by key, not a query). */
    @GET
    @Path("/residents/{id}")
    @Operation(hidden = true)
    public boolean residentLoads(@PathParam("id") Long id) {
        return Resident.findById(id) != null;
    }

    /** The units among these ids, reached through a join from a resident query with no site in it. */
    @GET
    @Path("/units")
    @Operation(hidden = true)
    public List<Long> units(@QueryParam("id") List<Long> ids) {
        return Unit.<Unit>list("id in ?1 order by id", ids).stream().map(u -> u.id).toList();
    }
}
