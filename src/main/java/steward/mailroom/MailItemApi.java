package steward.mailroom;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.Problem;
import steward.web.UiContext;

@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailroom: items received")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class MailItemApi {

    @Inject
    InputRules rules;

    @Inject
    MailroomService mailroom;

    @Inject
    UiContext ui;

    public record Note(String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an item received at the tablet's site and notify its recipient (a resident, a unit, "
            + "or a staff account or department); residents' items get a pickup code")
    public Response register(MailroomService.NewItem input) {
        rules.body(input);
        MailroomService.Created created = mailroom.register(input, null);
        return Response.created(URI.create("/api/v1/items/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The items of the tablet's site: those still at the desk, or of one status; optionally of a "
            + "unit. Names masked; sealed items without their description")
    @APIResponse(responseCode = "404", description = "No such unit at the tablet's site")
    public List<MailroomService.ItemView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ItemStatus.class)) String status,
            @QueryParam("unitId") Long unitId) {
        return mailroom.list(status, unitId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item")
    public MailroomService.ItemView get(@PathParam("id") Long id) {
        return mailroom.item(id);
    }

    @PUT
    @Path("{id}/photo")
    @Consumes({ "image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "The photo of the item (JPEG, PNG or WebP up to 5 MB, checked by content; stored as a JPEG "
            + "of at most 1600 px)")
    public MailroomService.ItemView photo(@PathParam("id") Long id, byte[] upload) {
        return mailroom.photograph(id, upload);
    }

    @POST
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the item over to the recipient, a household member or an authorised proxy, by pickup "
            + "code or ID check: 200 handed over, 422 wrong code (counted), 423 locked after 5 wrong codes, 400 "
            + "when the receiver has no consent on record")
    @APIResponse(responseCode = "423", description = "Locked after 5 wrong pickup codes, until a supervisor releases it")
    @APIResponse(responseCode = "422", description = "A wrong pickup code (counted)")
    @APIResponse(responseCode = "409", description = "Handed over or returned already")
    public Response handOver(@PathParam("id") Long id, MailroomService.Handover input) {
        rules.body(input);
        MailroomService.HandoverResult result = mailroom.handOver(id, input);
        MailroomMessages text = MailroomText.in(ui.lang());
        return switch (result.outcome()) {
            case HANDED_OVER -> Response.ok(result.item()).build();
            case WRONG_CODE -> Problem.response(422, "Wrong pickup code", text.wrong_code(result.attemptsLeft()));
            case LOCKED -> Problem.response(423, "Locked", text.locked_notice(MailItem.MAX_WRONG_CODES));
        };
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "An internal item: the staff member it is for (or one of its department) acknowledges it")
    @APIResponse(responseCode = "409", description = "Acknowledged already, or not an internal item")
    public MailroomService.ItemView acknowledge(@PathParam("id") Long id) {
        return mailroom.acknowledge(id);
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Release an item locked by wrong pickup codes (409 when it is not locked)")
    @APIResponse(responseCode = "409", description = "The item is not locked")
    public MailroomService.ItemView release(@PathParam("id") Long id, Note input) {
        return mailroom.release(id, input == null ? null : input.note());
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the item to its sender (409 once handed over or returned)")
    @APIResponse(responseCode = "409", description = "Handed over or returned already")
    public MailroomService.ItemView returnToSender(@PathParam("id") Long id, Note input) {
        return mailroom.returnToSender(id, input == null ? null : input.note());
    }

    @GET
    @Path("{id}/custody")
    @Operation(summary = "The chain of custody: every step with its actor and time, oldest first")
    public List<MailroomService.EventView> custody(@PathParam("id") Long id) {
        return worded(mailroom.custody(id), ui);
    }

    /** Custody as the JSON answers it: each step's detail in the caller's language and the site's zone. */
    static List<MailroomService.EventView> worded(List<MailroomService.EventView> custody, UiContext ui) {
        return custody.stream().map(e -> e.worded(ui.text(e.detailText(), e.detail()))).toList();
    }
}
