package steward.handover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;

/**
 * The handover on the tablet: the list (the one waiting for the incoming staff member first, the differences for
 * supervisors), the generated handover to sign at the end of a shift, and one page per handover to confirm.
 */
@Path("/handovers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class HandoverResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handovers(List<HandoverService.Summary> handovers,
                List<HandoverService.DifferenceView> differences, String state, List<HandoverService.State> states,
                FormState form);

        static native TemplateInstance handovers$differences(List<HandoverService.DifferenceView> differences,
                FormState form);

        static native TemplateInstance preview(HandoverService.Preview preview, FormState form);

        static native TemplateInstance handover(HandoverService.Detail handover, boolean mine, boolean confirmable,
                FormState form);

        static native TemplateInstance handover$sections(HandoverService.Detail handover, boolean mine,
                boolean confirmable, FormState form);
    }

    @Inject
    HandoverService handovers;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        HandoverService.State filter = handovers.parseState(state);
        return Templates.handovers(handovers.list(filter), differences(), filter == null ? "" : filter.name(),
                List.of(HandoverService.State.values()), FormState.NONE);
    }

    @GET
    @Path("new")
    public TemplateInstance preview() {
        return Templates.preview(handovers.preview(), FormState.NONE);
    }

    @POST
    public Response open(@RestForm String note) {
        return steps.run("open", FormState.typed("note", note),
                () -> handovers.open(new HandoverService.NewHandover(note)), "/handovers",
                form -> Templates.preview(handovers.preview(), form),
                form -> Templates.preview(handovers.preview(), form));
    }

    @GET
    @Path("{id}")
    public TemplateInstance handover(@PathParam("id") Long id) {
        HandoverService.Detail detail = handovers.detail(id);
        return Templates.handover(detail, mine(detail), confirmable(detail), FormState.NONE);
    }

    /** Per section {@code matches-KEY} (true or false), {@code difference-KEY}, and {@code missing-KEY} per line. */
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        List<HandoverService.SectionCheck> checks = new ArrayList<>();
        for (String section : handovers.sectionKeys(id)) {
            String matches = form.getFirst("matches-" + section);
            String difference = form.getFirst("difference-" + section);
            typed.put("matches-" + section, matches == null ? "" : matches);
            typed.put("difference-" + section, difference == null ? "" : difference);
            List<Long> missing = new ArrayList<>();
            for (String ref : form.getOrDefault("missing-" + section, List.of())) {
                try {
                    missing.add(Long.valueOf(ref));
                } catch (NumberFormatException e) {
                    // not a line of the page: ignored
                }
            }
            checks.add(new HandoverService.SectionCheck(section,
                    matches == null || matches.isBlank() ? null : Boolean.valueOf(matches), difference, missing));
        }
        return steps.run("confirm", typed, () -> handovers.confirm(id, new HandoverService.Confirmation(checks)),
                "/handovers/" + id,
                f -> page(id, f, true), f -> page(id, f, false));
    }

    @POST
    @Path("differences/{id}/settle")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response settle(@PathParam("id") Long id, @RestForm String note) {
        return steps.run("difference-" + id, FormState.typed("note", note),
                () -> handovers.settle(id, new HandoverService.Settlement(note)), "/handovers",
                form -> Templates.handovers$differences(differences(), form),
                form -> Templates.handovers(handovers.list(null), differences(), "",
                        List.of(HandoverService.State.values()), form));
    }

    private List<HandoverService.DifferenceView> differences() {
        return staff.hasRole(Roles.SUPERVISOR) ? handovers.openDifferences() : List.of();
    }

    private TemplateInstance page(Long id, FormState form, boolean fragment) {
        HandoverService.Detail detail = handovers.detail(id);
        return fragment ? Templates.handover$sections(detail, mine(detail), confirmable(detail), form)
                : Templates.handover(detail, mine(detail), confirmable(detail), form);
    }

    private boolean confirmable(HandoverService.Detail detail) {
        return !detail.isConfirmed() && !mine(detail);
    }

    private boolean mine(HandoverService.Detail detail) {
        return detail.outgoing().equals(staff.username());
    }
}
