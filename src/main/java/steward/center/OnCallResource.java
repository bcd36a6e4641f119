package steward.center;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.promise.SiteTimes;
import steward.security.Account;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.TypedDates;

/**
 * On call on a tablet: who is on call now (one tap to dial; the desk board includes this panel), the call-outs
 * with their acknowledgement and arrival, and the roster of the next 7 days, which supervisors keep.
 */
@Path("/on-call")
@Produces(MediaType.TEXT_HTML)
public class OnCallResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance onCall(OnCallService.Now now, List<CallOutService.View> callOuts,
                OnCallService.Roster roster, List<OnCallShift.Role> roles, List<Account> staff, FormState form);

        static native TemplateInstance onCall$now(OnCallService.Now now);

        static native TemplateInstance onCall$callOuts(List<CallOutService.View> callOuts, List<Account> staff,
                FormState form);

        static native TemplateInstance onCall$roster(OnCallService.Roster roster, List<OnCallShift.Role> roles,
                List<Account> staff, FormState form);
    }

    @Inject
    OnCallService onCall;

    @Inject
    CallOutService callOuts;

    @Inject
    FormSteps steps;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance page() {
        return full(FormState.NONE);
    }

    /** Who is on call now, with tel: links: the panel the desk board polls. */
    @GET
    @Path("now")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance now() {
        return Templates.onCall$now(onCall.now());
    }

    @GET
    @Path("call-outs")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance callOutList() {
        return Templates.onCall$callOuts(callOuts.recent(), onCall.siteStaff(), FormState.NONE);
    }

    @POST
    @Path("call-outs")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response requestCallOut(@FormParam("username") String username, @FormParam("reason") String reason) {
        return callOutStep("call-out", FormState.typed("username", username, "reason", reason),
                () -> callOuts.request(new CallOutService.NewCallOut(username, reason)));
    }

    @POST
    @Path("call-outs/{id}/ack")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response acknowledge(@PathParam("id") Long id) {
        return callOutStep("call-out-" + id, Map.of(), () -> callOuts.acknowledge(id));
    }

    @POST
    @Path("call-outs/{id}/arrived")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response arrived(@PathParam("id") Long id) {
        return callOutStep("call-out-" + id, Map.of(), () -> callOuts.arrived(id));
    }

    @POST
    @Path("shifts")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response addShift(@FormParam("username") String username, @FormParam("role") String role,
            @FormParam("phone") String phone, @FormParam("startsAt") String startsAt,
            @FormParam("endsAt") String endsAt) {
        Map<String, String> typed = FormState.typed("username", username, "role", role, "phone", phone, "startsAt",
                startsAt, "endsAt", endsAt);
        return rosterStep("shift", typed, () -> onCall.add(new OnCallService.NewShift(username, role, phone,
                time(startsAt, "startsAt"), time(endsAt, "endsAt"))));
    }

    @POST
    @Path("shifts/{id}/remove")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response removeShift(@PathParam("id") Long id) {
        return rosterStep("shift-" + id, Map.of(), () -> onCall.remove(id));
    }

    private Response callOutStep(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/on-call",
                form -> Templates.onCall$callOuts(callOuts.recent(), onCall.siteStaff(), form), this::full);
    }

    private Response rosterStep(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/on-call#roster", form -> Templates.onCall$roster(
                onCall.roster(null, null), List.of(OnCallShift.Role.values()), onCall.siteStaff(), form), this::full);
    }

    private TemplateInstance full(FormState form) {
        return Templates.onCall(onCall.now(), callOuts.recent(), onCall.roster(null, null),
                List.of(OnCallShift.Role.values()), onCall.siteStaff(), form);
    }

    private Instant time(String value, String field) {
        return TypedDates.siteTime(value, field, SiteTimes.requestZone());
    }
}
