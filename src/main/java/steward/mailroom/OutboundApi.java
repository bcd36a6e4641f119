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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.UiContext;

@Path("/api/v1/outbound-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailroom: documents and faxes sent")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class OutboundApi {

    @Inject
    InputRules rules;

    @Inject
    OutboundService outbound;

    @Inject
    UiContext ui;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a document or fax sent for a resident; a fee (given, or a fax's pages by the "
            + "site's FAX_PAGE standard) is charged to the unit's account")
    public Response register(OutboundService.NewOutbound input) {
        rules.body(input);
        OutboundService.View created = outbound.register(input, ui.locale());
        return Response.created(URI.create("/api/v1/outbound-documents/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The documents and faxes of the tablet's site of the last 30 days, newest first")
    public List<OutboundService.View> list() {
        return outbound.recent(30);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One document or fax")
    public OutboundService.View get(@PathParam("id") Long id) {
        return outbound.view(id);
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The call to the receiving side: reached (confirmed, final) or not reached yet (409 once "
            + "confirmed)")
    @APIResponse(responseCode = "409", description = "Confirmed already")
    public OutboundService.View confirm(@PathParam("id") Long id, OutboundService.ConfirmationCall input) {
        return outbound.confirm(id, input);
    }

    @GET
    @Path("{id}/custody")
    @Operation(summary = "Every step of the document, with its actor and time")
    public List<MailroomService.EventView> custody(@PathParam("id") Long id) {
        return MailItemApi.worded(outbound.custody(id), ui);
    }
}
