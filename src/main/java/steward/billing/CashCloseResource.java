package steward.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.Words;

/** The daily cash close: a cashier counts the drawer and closes the day; a supervisor sees the closes and signs off. */
@Path("/cashier/close")
@Produces(MediaType.TEXT_HTML)
public class CashCloseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance close(CloseView view, FormState form);

        static native TemplateInstance close$mine(CloseView view, FormState form);
    }

    /** A day's close as the caller sees it: their own drawer (cashiers), every cashier's close (supervisors). */
    public record CloseView(LocalDate date, boolean supervisor, CashCloseService.CashDay mine,
            List<CashCloseService.CashDay> closes) {
    }

    @Inject
    CashCloseService closes;

    @Inject
    StaffContext staff;

    @Inject
    Desk desk;

    @Inject
    FormSteps steps;

    @GET
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance close(@QueryParam("date") String date) {
        return Templates.close(view(day(date)), FormState.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER })
    public Response closeDay(@FormParam("date") String date, @FormParam("counted") String counted,
            @FormParam("note") String note) {
        LocalDate asked = TypedFields.shownDay(date);
        // A refused date still shows a day: today's, where the form is again.
        LocalDate day = asked != null ? asked : today();
        return steps.run("close", FormState.typed("counted", counted, "note", note), () -> {
            InvalidInput.Collector refused = new InvalidInput.Collector();
            if (asked == null) {
                refused.add("date", Words.of(Messages.class, Messages::error_date));
            }
            BigDecimal amount = TypedFields.amount(counted, "counted", refused);
            refused.throwIfAny();
            closes.close(day, new CashCloseService.CloseRequest(amount, note));
        }, "/cashier/close?date=" + day, form -> Templates.close$mine(view(day), form),
                form -> Templates.close(view(day), form));
    }

    @POST
    @Path("sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response signOff(@FormParam("date") String date, @FormParam("cashier") String cashier) {
        LocalDate day = day(date);
        return steps.run("sign-off", Map.of(), () -> closes.signOff(cashier, day),
                signed -> After.goTo("/cashier/close?date=" + day), null, form -> Templates.close(view(day), form));
    }

    private CloseView view(LocalDate date) {
        boolean supervisor = staff.hasRole(Roles.SUPERVISOR);
        CashCloseService.CashDay mine = staff.hasRole(Roles.CASHIER) ? closes.day(staff.username(), date) : null;
        List<CashCloseService.CashDay> all = supervisor ? closes.closes(date) : List.of();
        return new CloseView(date, supervisor, mine, all);
    }

    /** The day asked for, today (in the site's zone) when none or a malformed one is given. */
    private LocalDate day(String typed) {
        LocalDate day = TypedFields.shownDay(typed);
        return day != null ? day : today();
    }

    private LocalDate today() {
        return desk.today(desk.currentSite());
    }
}
