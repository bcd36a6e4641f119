package steward.arrears;

import java.net.URI;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.complaint.Complaint;
import steward.security.Roles;
import steward.web.InvalidInput;
import steward.web.UiContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/collection-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@RolesAllowed({ Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class CollectionCaseApi {

    @Inject
    CollectionService cases;

    @Inject
    WrittenDemands demands;

    @Inject
    UiContext ui;

    public record NewCase(@Schema(required = true) Long unitId) {
    }

    /** statementRequested: the resident asked on the call for the fee detail statement by email. */
    public record NewContact(
            @Schema(required = true, implementation = CollectionContact.Kind.class) String kind,
            @Schema(required = true, implementation = CollectionContact.Outcome.class) String outcome,
            Instant appointmentAt,
            String notes,
            Boolean statementRequested) {
    }

    public record Assignee(@NotBlank(message = "{steward.required}") String username) {
    }

    /** The number to call, shown for this case's call (recorded in the audit trail). */
    public record Dial(String phone) {
    }

    public record Hold(@Schema(required = true) String reason) {
    }

    public record NewComplaint(@Schema(required = true) String description) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the collection case of a unit in arrears (400 when nothing is overdue, 409 when a "
            + "case is open)")
    @APIResponse(responseCode = "409", description = "A case is open")
    public Response open(NewCase input) {
        CollectionCase opened = cases.open(input == null ? null : input.unitId());
        return Response.created(URI.create("/api/v1/collection-cases/" + opened.id))
                .entity(cases.detail(opened.id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with the unit's overdue figures now, its residents and its contacts")
    public CollectionService.CaseView detail(@PathParam("id") Long id) {
        return cases.detail(id);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a call (PHONE) or a home visit (VISIT, with notes, only after a call) and its "
            + "outcome: REACHED, NOT_REACHED, APPOINTMENT_AGREED (appointmentAt: a promise, and its reminder the day "
            + "before), REFUSED, DISPUTED (notes; holds the case), VISIT_SCHEDULED (appointmentAt); "
            + "statementRequested on a call sends the fee detail statement by email")
    @APIResponse(responseCode = "409", description = "The case's state does not allow it (closed, or a visit before any call)")
    public Response contact(@PathParam("id") Long id, NewContact input) {
        if (input == null) {
            throw InvalidInput.of("kind", ArrearsText.said(ArrearsMessages::error_kind));
        }
        CollectionContact contact = cases.contact(id, input.kind(), input.outcome(), input.appointmentAt(),
                input.notes(), Boolean.TRUE.equals(input.statementRequested()), ui.locale());
        return Response.created(URI.create("/api/v1/collection-cases/" + id + "/contacts/" + contact.id))
                .entity(cases.detail(id)).build();
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the case on dispute hold: no automated reminder while it lasts (409 when held)")
    @APIResponse(responseCode = "409", description = "Held already")
    public CollectionService.CaseView hold(@PathParam("id") Long id, Hold input) {
        cases.hold(id, input == null ? null : input.reason());
        return cases.detail(id);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "End the dispute hold (supervisors; 409 when not held)")
    @APIResponse(responseCode = "409", description = "Not held")
    public CollectionService.CaseView release(@PathParam("id") Long id) {
        cases.release(id);
        return cases.detail(id);
    }

    /** The channels a statement went out on (empty: the customer consented to none; tell them by phone). */
    public record Sent(java.util.Set<steward.notify.NotificationChannel> channels) {
    }

    @POST
    @Path("{id}/statement")
    @Operation(summary = "Send the fee detail statement to the customer by email through the outbox (once a day)")
    public Sent sendStatement(@PathParam("id") Long id) {
        return new Sent(cases.sendStatement(id));
    }

    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Give the case's call task to another collector (one of the site's customer service staff "
            + "or supervisors); they are told")
    @APIResponse(responseCode = "400", description = "Not a collector of the site: application/problem+json")
    public CollectionService.CaseView reassign(@PathParam("id") Long id, @Valid @NotNull Assignee input) {
        cases.reassign(id, input.username());
        return cases.detail(id);
    }

    @POST
    @Path("{id}/dial")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "The number of the resident to call for this case; the reveal is in the audit trail")
    @APIResponse(responseCode = "409", description = "The unit's resident has no phone on file")
    public Dial dial(@PathParam("id") Long id) {
        return new Dial(cases.dial(id, ui.locale()));
    }

    @POST
    @Path("{id}/demand")
    @Operation(summary = "Issue the written demand (催告書): the overdue charges line by line as they stand, a date "
            + "to pay by, in the site's letter language; only after a call, once per case; the last step in Steward")
    @APIResponse(responseCode = "409", description = "No call yet, already issued, or the case is closed")
    public Response issueDemand(@PathParam("id") Long id) {
        return Response.created(URI.create("/arrears/cases/" + id + "/demand")).entity(demands.issue(id)).build();
    }

    @POST
    @Path("{id}/demand/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how the written demand was sent (BY_HAND, REGISTERED_MAIL or CERTIFIED_LETTER with "
            + "its number, EMAIL) and on which day (from its issue to today); once")
    @APIResponse(responseCode = "400", description = "A field refused: application/problem+json naming it")
    @APIResponse(responseCode = "409", description = "Not issued yet, or already recorded as sent")
    public WrittenDemands.DemandView demandSent(@PathParam("id") Long id,
            @Valid @NotNull WrittenDemands.DemandSent input) {
        return demands.recordSent(id, input);
    }

    @POST
    @Path("{id}/complaint")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A complaint raised during collection: a linked complaint (fees), escalated to the "
            + "supervisors, and the case on dispute hold")
    @APIResponse(responseCode = "409", description = "The case's state does not allow it (closed)")
    public Response complaint(@PathParam("id") Long id, NewComplaint input) {
        Complaint complaint = cases.complaint(id, input == null ? null : input.description(), ui.locale());
        return Response.created(URI.create("/api/v1/complaints/" + complaint.id)).entity(cases.detail(id)).build();
    }
}
