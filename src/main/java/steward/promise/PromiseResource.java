package steward.promise;

import java.time.Instant;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.Conflict;
import steward.web.FormState;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.UiContext;

/** The ledger on a tablet: promises by state, kept or renegotiated with one tap; the supervisor's figures. */
@Path("/promises")
@Produces(MediaType.TEXT_HTML)
public class PromiseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ledger(String filter, List<PromiseService.View> promises, FormState form,
                List<PromiseService.Filter> filters);

        static native TemplateInstance ledger$list(String filter, List<PromiseService.View> promises,
                FormState form);

        static native TemplateInstance figures(PromiseFigures.Figures figures);
    }

    @Inject
    PromiseService promises;

    @Inject
    PromiseFigures figures;

    @Inject
    Htmx htmx;

    @Inject
    UiContext ui;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance ledger(@QueryParam("state") String state) {
        return page(promises.parseFilter(state), FormState.NONE);
    }

    @POST
    @Path("{id}/kept")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response kept(@PathParam("id") Long id, @FormParam("state") String state) {
        PromiseService.Filter filter = promises.parseFilter(state);
        try {
            promises.kept(id);
            return Response.ok(page(filter, FormState.NONE)).build();
        } catch (Conflict e) {
            return Response.status(htmx.isRequest() ? 200 : 409)
                    .entity(page(filter, FormState.notice("promise-" + id, e.message(ui.locale())))).build();
        }
    }

    @POST
    @Path("{id}/renegotiate")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response renegotiate(@PathParam("id") Long id, @FormParam("state") String state,
            @FormParam("newDueAt") String newDueAt, @FormParam("customerAgreed") String customerAgreed) {
        PromiseService.Filter filter = promises.parseFilter(state);
        Map<String, String> typed = new HashMap<>();
        typed.put("newDueAt", newDueAt == null ? "" : newDueAt);
        String form = "promise-" + id;
        try {
            Instant due = TypedDates.siteTime(newDueAt, "newDueAt", SiteTimes.requestZone());
            promises.renegotiate(id, due, "true".equals(customerAgreed), "newDueAt");
            return Response.ok(page(filter, FormState.NONE)).build();
        } catch (InvalidInput e) {
            // htmx swaps only 2xx answers: the list comes back with the message next to the field.
            return Response.status(htmx.isRequest() ? 200 : 400)
                    .entity(page(filter, FormState.refused(form, typed, e, ui.locale()))).build();
        } catch (Conflict e) {
            return Response.status(htmx.isRequest() ? 200 : 409)
                    .entity(page(filter, FormState.notice(form, e.message(ui.locale())))).build();
        }
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance figures() {
        return Templates.figures(figures.forCurrentSite());
    }

    private TemplateInstance page(PromiseService.Filter filter, FormState form) {
        List<PromiseService.View> shown = promises.list(filter);
        if (htmx.isRequest()) {
            return Templates.ledger$list(filter.name(), shown, form);
        }
        return Templates.ledger(filter.name(), shown, form, List.of(PromiseService.Filter.values()));
    }
}
