package steward.telephony;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;

@Path("/api/v1/sites/{id}/telephony-token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reception: phone system")
public class TelephonyTokenApi {

    @Inject
    PhoneSystemTokens tokens;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A new token for the site's phone system (shown once; only its hash is kept); it replaces "
            + "the old one at once. The phone system posts its events to eventsPath with Authorization: Bearer token")
    @APIResponse(responseCode = "201", description = "The token, the site's code and the events path")
    @APIResponse(responseCode = "404", description = "Not a site of the caller's")
    public Response issue(@PathParam("id") Long siteId) {
        PhoneSystemTokens.Issued issued = tokens.issue(siteId);
        return Response.created(URI.create(issued.eventsPath())).entity(issued).build();
    }
}
