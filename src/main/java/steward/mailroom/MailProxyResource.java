package steward.mailroom;

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
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;

/**
 * The people a resident authorised to collect their items, on a page of its own the resident's file links to: the
 * desk reads it, service and supervisors record a proxy or its withdrawal.
 */
@Path("/mailroom/proxies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class MailProxyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proxies(ProxiesPage page, FormState form);

        static native TemplateInstance proxies$list(ProxiesPage page, FormState form);
    }

    /** The people a resident authorised to collect their items, in force and withdrawn; service records changes. */
    public record ProxiesPage(Long residentId, String residentName, List<MailroomService.ProxyView> proxies,
            boolean mayChange) {

        public List<MailroomService.ProxyView> inForce() {
            return proxies.stream().filter(MailroomService.ProxyView::inForce).toList();
        }

        public List<MailroomService.ProxyView> withdrawn() {
            return proxies.stream().filter(p -> !p.inForce()).toList();
        }
    }

    @Inject
    MailroomService mailroom;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance proxies(@QueryParam("residentId") Long residentId) {
        return Templates.proxies(proxiesPage(residentId), FormState.NONE);
    }

    @POST
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response addProxy(@FormParam("residentId") Long residentId, @FormParam("name") String name,
            @FormParam("consentNote") String consentNote) {
        // Another site's resident is "not found" before anything is tried.
        mailroom.residentOfCallersSites(residentId);
        return step(residentId, "proxy", FormState.typed("name", name, "consentNote", consentNote),
                () -> mailroom.addProxy(new MailroomService.NewProxy(residentId, name, consentNote)));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response revokeProxy(@PathParam("id") Long id, @FormParam("reason") String reason) {
        Long residentId = mailroom.residentOfProxy(id);
        return step(residentId, "revoke-" + id, FormState.typed("reason", reason),
                () -> mailroom.revokeProxy(id, reason));
    }

    /** Runs one step and answers with the resident's proxies re-rendered. */
    private Response step(Long residentId, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/mailroom/proxies?residentId=" + residentId,
                form -> Templates.proxies$list(proxiesPage(residentId), form),
                form -> Templates.proxies(proxiesPage(residentId), form));
    }

    private ProxiesPage proxiesPage(Long residentId) {
        return new ProxiesPage(residentId, mailroom.residentOfCallersSites(residentId).name,
                mailroom.proxies(residentId), staff.hasRole(Roles.SERVICE) || staff.hasRole(Roles.SUPERVISOR));
    }
}
