package steward.mailroom;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;

@Path("/api/v1/mail-proxies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailroom: proxies")
@RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
public class MailProxyApi {

    @Inject
    InputRules rules;

    @Inject
    MailroomService mailroom;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a resident authorised someone to collect their items (household members "
            + "of their units may without this), and how the consent was given")
    public Response add(MailroomService.NewProxy input) {
        rules.body(input);
        MailroomService.ProxyView created = mailroom.addProxy(input);
        return Response.created(URI.create("/api/v1/mail-proxies?residentId=" + created.residentId())).entity(created)
                .build();
    }

    /** Why the resident withdrew the consent, as they said it. */
    public record Revocation(String reason) {
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the resident withdrew the consent: the proxy is refused at the handover from "
            + "now on, and stays on record with who recorded the withdrawal and why")
    @APIResponse(responseCode = "409", description = "Revoked already")
    public MailroomService.ProxyView revoke(@PathParam("id") Long id, Revocation input) {
        return mailroom.revokeProxy(id, input == null ? null : input.reason());
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "The proxies a resident authorised")
    @APIResponse(responseCode = "404", description = "No such resident at the tablet's site")
    public List<MailroomService.ProxyView> list(@QueryParam("residentId") Long residentId) {
        return mailroom.proxies(residentId);
    }
}
