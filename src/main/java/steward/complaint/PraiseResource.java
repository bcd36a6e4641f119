package steward.complaint;

import java.util.HashMap;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Account;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/** Praise at the desk: who praised whom for what, the thanks given, and each staff member's record. */
@Path("/praise")
@Produces(MediaType.TEXT_HTML)
public class PraiseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance praise(FormState form, List<Account> staff, List<PraiseService.View> recent,
                List<PraiseService.Record> records);

        static native TemplateInstance praise$board(FormState form, List<Account> staff,
                List<PraiseService.View> recent, List<PraiseService.Record> records);
    }

    @Inject
    PraiseService praise;

    @Inject
    ComplaintService complaints;

    @Inject
    Htmx htmx;

    @Inject
    UiContext ui;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance page() {
        return Templates.praise(FormState.NONE, complaints.siteStaff(), praise.recent(), praise.records());
    }

    @POST
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response record(@FormParam("staff") String staff, @FormParam("what") String what,
            @FormParam("customerName") String customerName, @FormParam("thanked") String thanked) {
        Map<String, String> typed = new HashMap<>();
        typed.put("staff", staff == null ? "" : staff);
        typed.put("what", what == null ? "" : what);
        typed.put("customerName", customerName == null ? "" : customerName);
        FormState form = FormState.NONE;
        int status = 200;
        try {
            praise.record(new PraiseService.NewPraise(null, null, customerName, staff, what, "true".equals(thanked)));
        } catch (InvalidInput e) {
            form = FormState.refused("praise", typed, e, ui.locale());
            status = 400;
        }
        List<Account> staffList = complaints.siteStaff();
        if (htmx.isRequest()) {
            return Response.ok(Templates.praise$board(form, staffList, praise.recent(), praise.records())).build();
        }
        return Response.status(status).entity(Templates.praise(form, staffList, praise.recent(), praise.records()))
                .build();
    }
}
