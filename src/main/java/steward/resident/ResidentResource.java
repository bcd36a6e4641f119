package steward.resident;

import java.util.ArrayList;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.Htmx;
import steward.web.InputRules;
import steward.web.InvalidInput;
import steward.web.Enums;
import steward.web.UiContext;

/**
 * The resident pages: search as you type (an htmx fragment), the file, the audited reveal, and keeping a resident
 * current: registering, editing, moving in and out.
 */
@Path("/residents")
@Produces(MediaType.TEXT_HTML)
public class ResidentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String query, List<ResidentService.Summary> results,
                List<ResidentService.UnitRef> units, boolean canAdd);

        static native TemplateInstance search$results(String query, List<ResidentService.Summary> results,
                List<ResidentService.UnitRef> units, boolean canAdd);

        static native TemplateInstance file(ResidentService.File resident);

        static native TemplateInstance file$phone(ResidentService.PhoneRow row);

        static native TemplateInstance editor(ResidentService.File resident, ResidentService.ResidentInput current,
                List<ResidentKind> kinds, List<ConsentMethod> methods, FormState form);
    }

    @Inject
    ResidentService residents;

    @Inject
    Htmx htmx;

    @Inject
    UiContext ui;

    @Inject
    FormSteps steps;

    @Inject
    InputRules rules;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance search(@QueryParam("q") String query) {
        boolean typed = query != null && !query.isBlank();
        List<ResidentService.Summary> results = typed ? residents.search(query) : List.of();
        // The units found too: a unit's file is one tap away, even a unit nobody lives in yet.
        List<ResidentService.UnitRef> units = typed ? residents.searchUnits(query) : List.of();
        String shown = query == null ? "" : query;
        return htmx.isRequest() ? Templates.search$results(shown, results, units, residents.canEdit())
                : Templates.search(shown, results, units, residents.canEdit());
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
                    .entity(Templates.file$phone(withReveal(row, null, reason, e.fieldErrors(ui.locale())))).build();
        }
    }

    /** A new resident, living in the unit typed (from a unit's file, that unit). */
    @GET
    @Path("new")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance newResident(@QueryParam("unit") String unitLabel) {
        // The form starts with the unit of the file it was opened from.
        return editor(null, new FormState("details", FormState.typed("unitLabel", unitLabel), Map.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return steps.run("details", typed, () -> {
            ResidentService.ResidentInput details = read(typed);
            Long unit = residents.unitByLabel(typed.get("unitLabel"), "unitLabel");
            FormValues values = new FormValues(typed);
            ResidentService.ResidentInput input = new ResidentService.ResidentInput(details.name(), details.kind(),
                    details.phones(), details.email(), details.preferredLanguage(), details.consentSms(),
                    details.consentSmsHow(), details.consentSmsOn(), details.consentEmail(), details.consentEmailHow(),
                    details.consentEmailOn(), List.of(unit), values.date("movedIn"));
            return residents.register(values.check(rules, input)).id;
        }, created -> After.goTo("/residents/" + created), null, state -> editor(null, state));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance edit(@PathParam("id") Long id) {
        return editor(id, FormState.NONE);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public Response update(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return step(id, "details", typed, () -> residents.update(id, read(typed)));
    }

    @POST
    @Path("{id}/move-in")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public Response moveIn(@PathParam("id") Long id, @FormParam("unitLabel") String unitLabel,
            @FormParam("date") String date) {
        Map<String, String> typed = FormState.typed("unitLabel", unitLabel, "date", date);
        return step(id, "move-in", typed, () -> {
            FormValues values = new FormValues(typed);
            ResidentService.MoveIn input = new ResidentService.MoveIn(residents.unitByLabel(unitLabel, "unitLabel"),
                    values.date("date"));
            residents.moveIn(id, values.check(rules, input));
        });
    }

    @POST
    @Path("{id}/move-out")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public Response moveOut(@PathParam("id") Long id, @FormParam("unitId") Long unitId, @FormParam("date") String date) {
        Map<String, String> typed = FormState.typed("date", date);
        return step(id, "move-out-" + unitId, typed, () -> {
            FormValues values = new FormValues(typed);
            residents.moveOut(id, values.check(rules, new ResidentService.MoveOut(unitId, values.date("date"))));
        });
    }

    private Response step(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/residents/" + id, state -> editor(id, state),
                state -> editor(id, state));
    }

    /** The editor of a resident (null: a new one), the refused form put back as typed. */
    private TemplateInstance editor(Long id, FormState form) {
        ResidentService.File file = id == null ? null : residents.fileWithoutAudit(id);
        ResidentService.ResidentInput current = id == null
                ? new ResidentService.ResidentInput("", ResidentKind.OWNER, List.of(), null, "zh-Hant", false, null, null,
                        false, null, null, null, null)
                : residents.current(id);
        return Templates.editor(file, current, List.of(ResidentKind.values()), List.of(ConsentMethod.values()), form);
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    /** The details form as the service takes it: phone1 to phone5, consents as yes/no with how and when. */
    private ResidentService.ResidentInput read(Map<String, String> typed) {
        FormValues form = new FormValues(typed);
        List<String> phones = new ArrayList<>();
        for (int i = 1; i <= ResidentService.MAX_PHONES; i++) {
            phones.add(typed.get("phone" + i));
        }
        return form.check(rules, new ResidentService.ResidentInput(form.text("name"),
                Enums.parse(ResidentKind.class, typed.get("kind")), phones, form.text("email"),
                form.text("preferredLanguage"), yes(typed.get("consentSms")),
                Enums.parse(ConsentMethod.class, typed.get("consentSmsHow")), form.date("consentSmsOn"),
                yes(typed.get("consentEmail")), Enums.parse(ConsentMethod.class, typed.get("consentEmailHow")),
                form.date("consentEmailOn"), null, null));
    }

    private static Boolean yes(String typed) {
        return typed == null || typed.isBlank() ? null : Boolean.valueOf("true".equals(typed));
    }

    private static ResidentService.PhoneRow withReveal(ResidentService.PhoneRow row, String revealed, String reason,
            Map<String, String> errors) {
        return new ResidentService.PhoneRow(row.residentId(), row.index(), row.masked(), revealed,
                reason == null ? "" : reason, errors, row.canReveal());
    }
}
