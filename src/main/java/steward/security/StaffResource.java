package steward.security;

import java.util.LinkedHashMap;
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
import steward.resident.Site;
import steward.web.FormState;
import steward.web.FormSteps;

/** 員工帳號 for administrators: the list, a new local account, and each account's page. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staff(List<StaffService.View> accounts);

        static native TemplateInstance account(StaffService.View account, List<StaffRole> roles, List<Site> sites,
                String temporaryPassword, FormState form);
    }

    @Inject
    StaffService staff;

    @Inject
    StaffContext context;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance list() {
        return Templates.staff(staff.list());
    }

    @GET
    @Path("new")
    public TemplateInstance newAccount() {
        return form(null, null, FormState.NONE);
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("email") String email, @FormParam("phone") String phone, @FormParam("password") String password,
            @FormParam("roles") List<String> roles, @FormParam("siteIds") List<String> siteIds) {
        Map<String, String> typed = typed(username, displayName, email, phone, roles, siteIds);
        String after = "/staff/" + (username == null ? "" : username.strip());
        return steps.run("account", typed, () -> staff.create(new StaffService.NewStaff(username, displayName, email,
                phone, password, StaffService.parseRoles(roles), staff.parseSites(siteIds))), after,
                form -> form(null, null, form), form -> form(null, null, form));
    }

    @GET
    @Path("{username}")
    public TemplateInstance account(@PathParam("username") String username) {
        return form(staff.get(username), null, FormState.NONE);
    }

    @POST
    @Path("{username}")
    public Response update(@PathParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("email") String email, @FormParam("phone") String phone, @FormParam("roles") List<String> roles,
            @FormParam("siteIds") List<String> siteIds) {
        return step(username, typed(null, displayName, email, phone, roles, siteIds),
                () -> staff.update(username, new StaffService.StaffChange(displayName, email, phone,
                        StaffService.parseRoles(roles), staff.parseSites(siteIds))));
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        return step(username, Map.of(), () -> staff.disable(username));
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@PathParam("username") String username) {
        return step(username, Map.of(), () -> staff.enable(username));
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        return step(username, Map.of(), () -> staff.unlock(username));
    }

    /** The temporary password is shown on this answer only: it is never stored, and not sent anywhere else. */
    @POST
    @Path("{username}/password-reset")
    public Response resetPassword(@PathParam("username") String username) {
        StaffService.Reset reset = staff.resetPassword(username);
        return Response.ok(form(staff.get(username), reset.temporaryPassword(), FormState.NONE))
                .header("Cache-Control", "no-store").build();
    }

    private Response step(String username, Map<String, String> typed, Runnable action) {
        return steps.run("account", typed, action, "/staff/" + username, form -> form(staff.get(username), null, form),
                form -> form(staff.get(username), null, form));
    }

    private TemplateInstance form(StaffService.View account, String temporaryPassword, FormState form) {
        List<Site> sites = Site.<Site>list("id in ?1 order by code", context.siteIds());
        return Templates.account(account, List.of(StaffRole.values()), sites, temporaryPassword, form);
    }

    /** What was typed, to put back into a refused form (never the password); lists as comma-separated values. */
    private static Map<String, String> typed(String username, String displayName, String email, String phone,
            List<String> roles, List<String> siteIds) {
        Map<String, String> typed = new LinkedHashMap<>(FormState.typed("username", username, "displayName",
                displayName, "email", email, "phone", phone));
        typed.put("roles", roles == null ? "" : "," + String.join(",", roles) + ",");
        typed.put("siteIds", siteIds == null ? "" : "," + String.join(",", siteIds) + ",");
        return typed;
    }
}
