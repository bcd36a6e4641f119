package steward.privacy;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resident's data under the resident's own address. The class shares ResidentApi's root path on purpose:
 * a root of {@code /api/v1/residents/{id}} would shadow {@code GET /api/v1/residents/{id}} (the router picks one
 * class per request by its longest matching root).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class PrivacyApi {

    public record ErasureRequest(@Schema(required = true, minLength = 2) String reason) {
    }

    @Inject
    PrivacyService privacy;

    @GET
    @Path("residents/{id}/export")
    @Operation(summary = "Everything held about one resident of the caller's sites, as JSON (audited)")
    public PrivacyService.Export export(@PathParam("id") Long id) {
        return privacy.export(id);
    }

    @POST
    @Path("residents/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a moved-out resident's personal data by anonymisation, keeping receipts and the"
            + " ledger (audited; 409 if not moved out or already erased)")
    @APIResponse(responseCode = "409", description = "Not moved out or already erased")
    public PrivacyService.Erasure erase(@PathParam("id") Long id, ErasureRequest request) {
        return privacy.erase(id, request == null ? null : request.reason());
    }
}
