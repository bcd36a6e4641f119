package steward.resident;

import java.net.URI;
import java.util.HashMap;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.InputRules;

/** The administrator's pages of the company's sites, and the choice of the site a tablet works in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SiteResource {

    /** A setting on the site's page: its name (that of the API) and the input it takes, {@code number} or {@code time}. */
    public record SettingField(String name, String type) {
    }

    static final List<SettingField> SETTINGS = List.of(new SettingField("visitorRetentionDays", "number"),
            new SettingField("callerRetentionDays", "number"), new SettingField("inquirerRetentionDays", "number"),
            new SettingField("notificationRetentionDays", "number"), new SettingField("deskDayEndsAt", "time"),
            new SettingField("mailroomFirstReminderDays", "number"),
            new SettingField("mailroomReminderIntervalDays", "number"),
            new SettingField("mailroomReturnAfterDays", "number"), new SettingField("arrearsMonthlyCap", "number"),
            new SettingField("arrearsQuietFrom", "time"), new SettingField("arrearsQuietUntil", "time"),
            new SettingField("answerWithinSeconds", "number"), new SettingField("missedCallbackMinutes", "number"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sites(List<SiteService.SiteView> sites, SiteService.SiteInput blank,
                FormState form);

        static native TemplateInstance site(SiteService.SiteView site, SiteService.SiteInput current,
                List<SettingField> settings, FormState form);

        static native TemplateInstance choose(List<Site> sites, Long current);
    }

    @Inject
    SiteService sites;

    @Inject
    FormSteps steps;

    @Inject
    InputRules rules;

    @Inject
    StaffContext staff;

    @GET
    @Path("sites")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance list() {
        return Templates.sites(sites.list(), sites.blank(), FormState.NONE);
    }

    @POST
    @Path("sites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return steps.run("site", typed, () -> sites.create(read(typed)), created -> After.goTo("/sites/" + created),
                null, state -> Templates.sites(sites.list(), sites.blank(), state));
    }

    @GET
    @Path("sites/{id}")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance site(@PathParam("id") Long id) {
        return page(id, FormState.NONE);
    }

    @POST
    @Path("sites/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return step(id, "site", typed, () -> sites.update(id, read(typed)));
    }

    @POST
    @Path("sites/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    public Response close(@PathParam("id") Long id) {
        return step(id, "closing", Map.of(), () -> sites.close(id));
    }

    @POST
    @Path("sites/{id}/reopen")
    @RolesAllowed(Roles.ADMIN)
    public Response reopen(@PathParam("id") Long id) {
        return step(id, "closing", Map.of(), () -> sites.reopen(id));
    }

    /** The sites the user works for, to choose the one this tablet works in. */
    @GET
    @Path("sites/choose")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance choose() {
        List<Site> mine = Site.list("id in ?1 order by name", staff.siteIds());
        return Templates.choose(mine, staff.currentSiteId());
    }

    /** This tablet works in the chosen site from now on (a cookie; a site not among the user's is ignored). */
    @POST
    @Path("sites/choose")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response chosen(@FormParam("siteId") Long siteId) {
        Response.ResponseBuilder home = Response.seeOther(URI.create("/"));
        if (staff.worksFor(siteId)) {
            home.cookie(new NewCookie.Builder(StaffContext.SITE_COOKIE).path("/").value(String.valueOf(siteId))
                    .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return home.build();
    }

    private TemplateInstance page(Long id, FormState form) {
        return Templates.site(sites.view(id), sites.current(id), SETTINGS, form);
    }

    private Response step(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/sites/" + id, state -> page(id, state), state -> page(id, state));
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    /** The site form as the service takes it; the settings only when the form has them (the edit form). */
    private SiteService.SiteInput read(Map<String, String> typed) {
        FormValues form = new FormValues(typed);
        SiteService.Settings settings = typed.containsKey("visitorRetentionDays")
                ? new SiteService.Settings(form.integer("visitorRetentionDays"), form.integer("callerRetentionDays"),
                        form.integer("inquirerRetentionDays"), form.integer("notificationRetentionDays"),
                        form.time("deskDayEndsAt"), form.integer("mailroomFirstReminderDays"),
                        form.integer("mailroomReminderIntervalDays"), form.integer("mailroomReturnAfterDays"),
                        form.integer("arrearsMonthlyCap"), form.time("arrearsQuietFrom"), form.time("arrearsQuietUntil"),
                        form.integer("answerWithinSeconds"), form.integer("missedCallbackMinutes"))
                : null;
        return form.check(rules, new SiteService.SiteInput(form.text("code"), form.text("name"), form.text("address"),
                form.text("companyName"), form.text("timeZone"), form.text("currency"), form.text("phoneRegion"),
                form.text("deskPhone"), settings));
    }
}
