package steward.security;

import steward.web.Words;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.InvalidInput;

/**
 * 我的帳號: the signed-in user's devices (sessions), each of which they may end, and their password (which they
 * must change first after an administrator reset it).
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyAccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(List<MyAccount.Session> sessions, boolean mustChangePassword,
                boolean local, FormState form);
    }

    @Inject
    MyAccount me;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance page() {
        return page(FormState.NONE);
    }

    @POST
    @Path("password")
    public Response changePassword(@FormParam("currentPassword") String current, @FormParam("password") String chosen,
            @FormParam("confirm") String confirm) {
        // What was typed is not put back into the form: passwords are never echoed.
        return step("password", Map.of(), () -> {
            if (chosen != null && !chosen.equals(confirm)) {
                throw InvalidInput.of("confirm",
                        Words.of(SecurityMessages.class, SecurityMessages::password_confirm_differs));
            }
            me.changePassword(current, chosen);
        }, "/");
    }

    @POST
    @Path("sessions/{id}/end")
    public Response end(@PathParam("id") long id) {
        return step("sessions", Map.of(), () -> me.end(id), "/me");
    }

    @POST
    @Path("sessions/end-others")
    public Response endOthers() {
        return step("sessions", Map.of(), me::endOthers, "/me");
    }

    private Response step(String form, Map<String, String> typed, Runnable action, String after) {
        return steps.run(form, typed, action, after, this::page, this::page);
    }

    private TemplateInstance page(FormState form) {
        return Templates.me(me.sessions(), me.mustChangePassword(), me.local(), form);
    }
}
