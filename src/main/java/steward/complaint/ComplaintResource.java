package steward.complaint;

import steward.web.Messages;
import steward.web.Words;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.promise.SiteTimes;
import steward.resident.ResidentService;
import steward.security.Account;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.UiContext;

/**
 * Complaints on a tablet: the list, the intake (find the resident as you type), and one page per complaint where
 * every step (promise, follow-up, escalation, resolution, compensation) is a form that re-renders the complaint.
 */
@Path("/complaints")
@Produces(MediaType.TEXT_HTML)
public class ComplaintResource {

    /** The options of the forms, in order. */
    public record Choices(List<Complaint.Channel> channels, List<Complaint.Category> categories,
            List<Complaint.Severity> severities, List<Complaint.Department> departments,
            List<Compensation.Kind> compensationKinds, List<Integer> scores, List<Account> staff) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance complaints(String state, List<ComplaintService.Summary> complaints,
                List<Complaint.State> states);

        static native TemplateInstance intake(FormState form, Choices choices, List<ResidentService.Summary> found);

        static native TemplateInstance intake$form(FormState form, Choices choices,
                List<ResidentService.Summary> found);

        static native TemplateInstance intake$customers(FormState form, List<ResidentService.Summary> found);

        static native TemplateInstance detail(ComplaintService.Detail c, FormState form, Choices choices);

        static native TemplateInstance detail$complaint(ComplaintService.Detail c, FormState form, Choices choices);
    }

    @Inject
    ComplaintService complaints;

    @Inject
    ResidentService residents;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    @Inject
    UiContext ui;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance list(@QueryParam("state") String state) {
        Complaint.State filter = complaints.parseState(state);
        return Templates.complaints(filter == null ? "" : filter.name(), complaints.list(filter),
                List.of(Complaint.State.values()));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance intake() {
        return Templates.intake(FormState.NONE, choices(), List.of());
    }

    /** The residents matching what the desk typed, to pick the complaining customer from (htmx). */
    @GET
    @Path("new/customers")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance customers(@QueryParam("q") String query) {
        return Templates.intake$customers(FormState.NONE, found(query));
    }

    @POST
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response receive(@FormParam("q") String query, @FormParam("residentId") String residentId,
            @FormParam("unit") String unit, @FormParam("customerName") String customerName,
            @FormParam("customerPhone") String customerPhone, @FormParam("channel") String channel,
            @FormParam("category") String category, @FormParam("severity") String severity,
            @FormParam("description") String description, @FormParam("aboutStaff") String aboutStaff) {
        Map<String, String> typed = FormState.typed("q", query, "residentId", residentId, "unit", unit, "customerName",
                customerName, "customerPhone", customerPhone, "channel", channel, "category", category, "severity",
                severity, "description", description, "aboutStaff", aboutStaff);
        try {
            Long unitId = unitId(unit);
            Complaint complaint = complaints.receive(new ComplaintService.NewComplaint(id(residentId, "residentId"),
                    unitId, customerName, customerPhone, channel, category, description, severity, aboutStaff));
            URI page = URI.create("/complaints/" + complaint.id);
            return htmx.isRequest() ? Response.ok().header("HX-Redirect", page.toString()).build()
                    : Response.seeOther(page).build();
        } catch (InvalidInput e) {
            FormState form = FormState.refused("intake", typed, e, ui.locale());
            List<ResidentService.Summary> found = found(query);
            return htmx.isRequest() ? Response.ok(Templates.intake$form(form, choices(), found)).build()
                    : Response.status(400).entity(Templates.intake(form, choices(), found)).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance detail(@PathParam("id") Long id) {
        return Templates.detail(complaints.detail(id), FormState.NONE, choices());
    }

    @POST
    @Path("{id}/promises")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response promise(@PathParam("id") Long id, @FormParam("what") String what,
            @FormParam("dueAt") String dueAt) {
        return step(id, "promise", FormState.typed("what", what, "dueAt", dueAt),
                () -> complaints.promise(id, what, time(dueAt, "dueAt"), "dueAt"));
    }

    @POST
    @Path("{id}/promises/{promiseId}/kept")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response kept(@PathParam("id") Long id, @PathParam("promiseId") Long promiseId) {
        return step(id, "promise-" + promiseId, Map.of(), () -> complaints.keepPromise(id, promiseId));
    }

    @POST
    @Path("{id}/promises/{promiseId}/renegotiate")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response renegotiate(@PathParam("id") Long id, @PathParam("promiseId") Long promiseId,
            @FormParam("newDueAt") String newDueAt, @FormParam("customerAgreed") String customerAgreed) {
        return step(id, "promise-" + promiseId, FormState.typed("newDueAt", newDueAt), () -> complaints
                .renegotiatePromise(id, promiseId, time(newDueAt, "newDueAt"), "true".equals(customerAgreed)));
    }

    @POST
    @Path("{id}/follow-ups")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response followUp(@PathParam("id") Long id, @FormParam("toldCustomer") String toldCustomer) {
        return step(id, "follow-up", FormState.typed("toldCustomer", toldCustomer),
                () -> complaints.followUp(id, toldCustomer));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response assign(@PathParam("id") Long id, @FormParam("assignee") String assignee,
            @FormParam("department") String department) {
        return step(id, "assign", FormState.typed("assignee", assignee, "department", department),
                () -> complaints.assign(id, assignee, department));
    }

    @POST
    @Path("{id}/escalate")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response escalate(@PathParam("id") Long id, @FormParam("reason") String reason) {
        return step(id, "escalate", FormState.typed("reason", reason), () -> complaints.escalate(id, reason));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response resolve(@PathParam("id") Long id, @FormParam("resolution") String resolution,
            @FormParam("satisfaction") String satisfaction,
            @FormParam("satisfactionComment") String satisfactionComment) {
        return step(id, "resolve", FormState.typed("resolution", resolution, "satisfaction", satisfaction,
                "satisfactionComment", satisfactionComment),
                () -> complaints.resolve(id, resolution, score(satisfaction), satisfactionComment));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response reopen(@PathParam("id") Long id, @FormParam("reason") String reason) {
        return step(id, "reopen", FormState.typed("reason", reason), () -> complaints.reopen(id, reason));
    }

    @POST
    @Path("{id}/compensations")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response propose(@PathParam("id") Long id, @FormParam("kind") String kind,
            @FormParam("amount") String amount, @FormParam("note") String note) {
        return step(id, "compensation", FormState.typed("kind", kind, "amount", amount, "note", note),
                () -> complaints.proposeCompensation(id, kind, amount(amount), note));
    }

    @POST
    @Path("{id}/compensations/{compensationId}/approve")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response approve(@PathParam("id") Long id, @PathParam("compensationId") Long compensationId) {
        return step(id, "compensation-" + compensationId, Map.of(),
                () -> complaints.approve(id, compensationId, ui.locale()));
    }

    @POST
    @Path("{id}/compensations/{compensationId}/reject")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response reject(@PathParam("id") Long id, @PathParam("compensationId") Long compensationId) {
        return step(id, "compensation-" + compensationId, Map.of(), () -> complaints.reject(id, compensationId));
    }

    /** Runs one step of a complaint and answers with the complaint re-rendered. */
    private Response step(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/complaints/" + id,
                form -> Templates.detail$complaint(complaints.detail(id), form, choices()),
                form -> Templates.detail(complaints.detail(id), form, choices()));
    }

    private Choices choices() {
        return new Choices(List.of(Complaint.Channel.values()), List.of(Complaint.Category.values()),
                List.of(Complaint.Severity.values()), List.of(Complaint.Department.values()),
                List.of(Compensation.Kind.values()), List.of(1, 2, 3, 4, 5), complaints.siteStaff());
    }

    private List<ResidentService.Summary> found(String query) {
        return query == null || query.isBlank() ? List.of() : residents.search(query);
    }

    private Long unitId(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return residents.searchUnits(label.strip()).stream().filter(u -> u.label().equals(label.strip()))
                .map(ResidentService.UnitRef::id).findFirst()
                .orElseThrow(() -> InvalidInput.of("unit", Words.of(Messages.class, Messages::error_unknown_unit)));
    }

    private Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, ComplaintText.said(ComplaintMessages::error_choice));
        }
    }

    private Instant time(String value, String field) {
        return TypedDates.siteTime(value, field, SiteTimes.requestZone());
    }

    private Integer score(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("satisfaction", ComplaintText.said(ComplaintMessages::error_satisfaction));
        }
    }

    private BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("amount", ComplaintText.said(ComplaintMessages::error_amount));
        }
    }
}
