package steward.complaint;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import steward.web.InputRules;
import steward.promise.Promise;
import steward.promise.PromiseService;
import steward.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class ComplaintApi {

    @Inject
    InputRules rules;

    @Inject
    steward.web.UiContext ui;

    @Inject
    ComplaintService complaints;

    @Inject
    PromiseService promises;

    public record NewPromise(String what, Instant dueAt) {
    }

    public record FollowUp(@Schema(required = true) String toldCustomer) {
    }

    public record Reason(@Schema(required = true) String reason) {
    }

    public record Assignment(
            @Schema(description = "The staff member who owns it; required unless department is given") String assignee,
            @Schema(implementation = Complaint.Department.class, description = "The department that owns it; "
                    + "required unless assignee is given") String department) {
    }

    public record Resolution(
            @Schema(required = true) String resolution,
            Integer satisfaction,
            String satisfactionComment) {
    }

    public record NewCompensation(@Schema(implementation = Compensation.Kind.class) String kind, BigDecimal amount,
            String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a complaint in the caller's current site (a resident, a unit or a caller's name)")
    public Response receive(ComplaintService.NewComplaint input) {
        Complaint complaint = complaints.receive(rules.body(input));
        return Response.created(URI.create("/api/v1/complaints/" + complaint.id))
                .entity(detail(complaint.id)).build();
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Complaints of the caller's sites, newest first, optionally in one state (OPEN, ESCALATED, "
            + "RESOLVED)")
    public List<ComplaintService.Summary> list(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = Complaint.State.class)) String state) {
        return complaints.list(complaints.parseState(state));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A complaint with its history, promises and compensations")
    public ComplaintService.Detail detail(@PathParam("id") Long id) {
        ComplaintService.Detail detail = complaints.detail(id);
        // The application's words are stored as a message; a client reads them in its own language too.
        return detail.withEvents(detail.events().stream().map(e -> e.text() != null || e.message() == null ? e
                : new ComplaintService.EventView(e.id(), e.kind(), e.actor(), e.occurredAt(), ui.text(e.message()),
                        e.message(), e.refId())).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/promises")
    @Operation(summary = "Promise the customer something by a time (in the promise ledger); a past time is refused")
    @APIResponse(responseCode = "409", description = "The complaint is closed")
    public Response promise(@PathParam("id") Long id, NewPromise input) {
        NewPromise body = rules.body(input);
        Promise promise = complaints.promise(id, body.what(), body.dueAt(), "dueAt");
        return Response.created(URI.create("/api/v1/promises/" + promise.id)).entity(promises.view(promise)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/follow-ups")
    @Operation(summary = "Record a contact with the customer and what they were told")
    public ComplaintService.Detail followUp(@PathParam("id") Long id, FollowUp input) {
        complaints.followUp(id, rules.body(input).toldCustomer());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/assign")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Assign the complaint to a staff member and/or a department")
    public ComplaintService.Detail assign(@PathParam("id") Long id, Assignment input) {
        Assignment body = rules.body(input);
        complaints.assign(id, body.assignee(), body.department());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/escalate")
    @Operation(summary = "Cannot solve it here: escalate to the site's supervisors with the reason (409 when "
            + "already escalated or resolved)")
    @APIResponse(responseCode = "409", description = "Already escalated or resolved")
    public ComplaintService.Detail escalate(@PathParam("id") Long id, Reason input) {
        complaints.escalate(id, rules.body(input).reason());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/resolve")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Resolve with what was done and the customer's satisfaction (1-5); 409 while a promise is "
            + "open or when already resolved")
    @APIResponse(responseCode = "409", description = "A promise is open, or it is resolved already")
    public ComplaintService.Detail resolve(@PathParam("id") Long id, Resolution input) {
        Resolution body = rules.body(input);
        complaints.resolve(id, body.resolution(), body.satisfaction(), body.satisfactionComment());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/reopen")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Reopen a resolved complaint, with the reason")
    @APIResponse(responseCode = "409", description = "The complaint is not resolved")
    public ComplaintService.Detail reopen(@PathParam("id") Long id, Reason input) {
        complaints.reopen(id, rules.body(input).reason());
        return detail(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/compensations")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Propose a compensation (FEE_WAIVER, CREDIT, GIFT, OTHER) for a supervisor to approve; "
            + "a fee waiver or credit needs an amount and the complaint's unit")
    public Response propose(@PathParam("id") Long id, NewCompensation input) {
        NewCompensation body = rules.body(input);
        Compensation compensation = complaints.proposeCompensation(id, body.kind(), body.amount(), body.note());
        return Response.created(URI.create("/api/v1/complaints/" + id + "/compensations/" + compensation.id))
                .entity(ComplaintService.view(compensation)).build();
    }

    @POST
    @Path("{id}/compensations/{compensationId}/approve")
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Approve a proposed compensation (supervisors only); a fee waiver or credit is posted to "
            + "the unit's account")
    @APIResponse(responseCode = "409", description = "The compensation is decided already")
    public ComplaintService.CompensationView approve(@PathParam("id") Long id,
            @PathParam("compensationId") Long compensationId) {
        return ComplaintService.view(complaints.approve(id, compensationId, ui.locale()));
    }

    @POST
    @Path("{id}/compensations/{compensationId}/reject")
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Reject a proposed compensation (supervisors only)")
    public ComplaintService.CompensationView reject(@PathParam("id") Long id,
            @PathParam("compensationId") Long compensationId) {
        return ComplaintService.view(complaints.reject(id, compensationId));
    }
}
