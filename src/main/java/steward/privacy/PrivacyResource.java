package steward.privacy;

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
import steward.security.Roles;
import steward.web.Conflict;
import steward.web.FormState;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/** A resident's data for supervisors: what is held, the JSON export, and the erasure after moving out. */
@Path("/privacy/residents/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class PrivacyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance resident(PrivacyService.Summary summary, FormState form);

        static native TemplateInstance resident$erasure(PrivacyService.Summary summary, FormState form);
    }

    @Inject
    PrivacyService privacy;

    @Inject
    Htmx htmx;

    @Inject
    UiContext ui;

    @GET
    public TemplateInstance page(@PathParam("id") Long id) {
        return Templates.resident(privacy.summary(id), FormState.NONE);
    }

    /** The export as a file to download (audited like the API's). */
    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("id") Long id) {
        return Response.ok(privacy.export(id))
                .header("Content-Disposition", "attachment; filename=\"resident-" + id + ".json\"").build();
    }

    @POST
    @Path("erasure")
    public Response erase(@PathParam("id") Long id, @FormParam("reason") String reason) {
        FormState form;
        int refused;
        try {
            privacy.erase(id, reason);
            return Response.ok(render(id, FormState.NONE)).build();
        } catch (InvalidInput e) {
            form = FormState.refused("erasure", Map.of("reason", reason == null ? "" : reason), e, ui.locale());
            refused = 400;
        } catch (Conflict e) {
            form = FormState.notice("erasure", e.message(ui.locale()));
            refused = 409;
        }
        // htmx swaps 2xx only: the form comes back with its message as a 200 to htmx.
        return Response.status(htmx.isRequest() ? 200 : refused).entity(render(id, form)).build();
    }

    private TemplateInstance render(Long id, FormState form) {
        PrivacyService.Summary summary = privacy.summary(id);
        return htmx.isRequest() ? Templates.resident$erasure(summary, form) : Templates.resident(summary, form);
    }
}
