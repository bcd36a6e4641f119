package steward.reception;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.UiContext;

/**
 * The phone system on the desk board: the incoming calls ringing now with the caller matched to a resident
 * (polled every two seconds), the call record opened on the panel as soon as the phone system says this desk
 * answered, with the ring time it measured, and the missed calls' callbacks, done with one tap.
 */
@Path("/desk/phone")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class DeskPhoneResource {

    /** A call rings on the board this long at most (a hang-up the phone system never sent must not ring on). */
    static final Duration RINGS_AT_MOST = Duration.ofMinutes(2);
    /** A call answered this long ago and not yet recorded still opens on the panel. */
    static final Duration OPENS_WITHIN = Duration.ofMinutes(10);

    /** What rings now, and the call just answered here that the panel does not show yet. */
    public record Ringing(List<CallService.View> calls, CallService.View answered) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ringing(Ringing ringing);
    }

    @Inject
    CallService calls;

    @Inject
    ReceptionResource desk;

    @Inject
    FormSteps steps;

    @Inject
    UiContext ui;

    /** {@code openCallId}: the call the panel shows, which is not opened again. */
    @GET
    @Path("ringing")
    public TemplateInstance ringing(@QueryParam("openCallId") String openCallId) {
        Optional<CallService.View> answered = calls.answeredHere(OPENS_WITHIN)
                .filter(c -> !String.valueOf(c.id()).equals(openCallId));
        return Templates.ringing(new Ringing(calls.ringing(RINGS_AT_MOST), answered.orElse(null)));
    }

    /** The record of a call on the panel, with the ring time the phone system measured and its caller. */
    @GET
    @Path("calls/{id}")
    public TemplateInstance call(@PathParam("id") Long id) {
        CallService.View call = calls.view(id);
        if (!call.inProgress()) {
            return desk.page(desk.farewellPanel(FormState.notice(ReceptionResource.CALL_FORM,
                    ReceptionText.in(ui.lang()).conflict_call_finished())));
        }
        CallService.Match match = call.residentId() == null ? null
                : new CallService.Match(call.residentId(), call.residentName(), call.unitId(), call.unitLabel());
        return desk.page(desk.callPanel(desk.callForm(call.id(), 1, match, call.callId() == null ? null : call),
                FormState.NONE));
    }

    /**
     * The desk called a missed caller back: the callback promise is kept, and the board shows it gone. One kept on
     * another tablet meanwhile is gone from the board as well, which is all the tap is for.
     */
    @POST
    @Path("calls/{id}/called-back")
    public Response calledBack(@PathParam("id") Long id) {
        return steps.run("called-back-" + id, Map.of(), () -> calls.calledBack(id), "/desk",
                form -> ReceptionResource.Templates.desk$board(desk.board()), desk::deskPage);
    }
}
