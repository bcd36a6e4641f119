package steward.notify;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Enums;
import steward.web.InputRules;

/** The outbox page (supervisors; in demo mode the only place emails go) and the banner on every page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NotificationResource {

    static final int BANNER_SIZE = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(List<Notification> messages, String state, boolean mockMail,
                List<NotificationState> states);

        static native TemplateInstance banner(List<Notification> messages, long dead);
    }

    @Inject
    NotificationService notifications;

    @Inject
    StaffContext staff;

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mockMail;

    @GET
    @Path("notifications")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance outbox(@QueryParam("state") String state) {
        NotificationState filter = parseState(state);
        return Templates.outbox(notifications.outbox(filter, NotificationApi.PAGE_SIZE),
                filter == null ? "" : filter.name(), mockMail, List.of(NotificationState.values()));
    }

    /** Loaded by the layout on every page (htmx, every minute): the user's current alerts. */
    @GET
    @Path("alerts/banner")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance banner() {
        boolean seesDead = staff.hasRole(Roles.SUPERVISOR) || staff.hasRole(Roles.ADMIN);
        return Templates.banner(notifications.inbox(staff.username(), BANNER_SIZE),
                seesDead ? notifications.deadCount() : 0);
    }

    static NotificationState parseState(String state) {
        return Enums.parseOrRefuse(NotificationState.class, state, null, "state",
                InputRules.said("steward.one_of", "PENDING, SENT, FAILED, DEAD"));
    }
}
