package steward.resident;

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
import steward.web.Htmx;
import steward.web.InvalidInput;

/** The resident pages: search as you type (an htmx fragment), the file, and the audited reveal. */
@Path("/residents")
@Produces(MediaType.TEXT_HTML)
public class ResidentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String query, List<ResidentService.Summary> results);

        static native TemplateInstance search$results(String query, List<ResidentService.Summary> results);

        static native TemplateInstance file(ResidentService.File resident);

        static native TemplateInstance file$phone(ResidentService.PhoneRow row);
    }

    @Inject
    ResidentService residents;

    @Inject
    Htmx htmx;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance search(@QueryParam("q") String query) {
        List<ResidentService.Summary> results = query == null || query.isBlank() ? List.of() : residents.search(query);
        String shown = query == null ? "" : query;
        return htmx.isRequest() ? Templates.search$results(shown, results) : Templates.search(shown, results);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance file(@PathParam("id") Long id) {
        return Templates.file(residents.open(id));
    }

    @POST
    @Path("{id}/phones/{index}/reveal")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response reveal(@PathParam("id") Long id, @PathParam("index") int index, @FormParam("reason") String reason) {
        ResidentService.PhoneRow row = residents.fileWithoutAudit(id).phoneRows().stream()
                .filter(r -> r.index() == index).findFirst().orElseThrow(jakarta.ws.rs.NotFoundException::new);
        try {
            String number = residents.revealPhone(id, index, reason);
            return Response.ok(Templates.file$phone(withReveal(row, number, reason, Map.of()))).build();
        } catch (InvalidInput e) {
            // htmx swaps only 2xx answers by default; the form comes back with its message next to the field.
            return Response.status(htmx.isRequest() ? 200 : 400)
                    .entity(Templates.file$phone(withReveal(row, null, reason, e.fieldErrors()))).build();
        }
    }

    private static ResidentService.PhoneRow withReveal(ResidentService.PhoneRow row, String revealed, String reason,
            Map<String, String> errors) {
        return new ResidentService.PhoneRow(row.residentId(), row.index(), row.masked(), revealed,
                reason == null ? "" : reason, errors, row.canReveal());
    }
}
