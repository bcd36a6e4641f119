package steward.resident;

import java.net.URI;
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
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.InputRules;
import steward.web.Enums;

/**
 * The buildings and units of a site (administrators and its supervisors keep them), and the unit's file (everyone
 * reads it; customer service and supervisors change its owner there).
 */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class UnitResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance units(Site site, List<UnitService.BuildingView> buildings, Long shownBuilding,
                Long chosenBuilding, List<UnitService.UnitView> units, List<UnitKind> kinds, FormState form);

        static native TemplateInstance unit(UnitService.UnitFile file, List<UnitService.BuildingView> buildings,
                List<UnitKind> kinds, List<ConsentMethod> methods, FormState form);
    }

    @Inject
    UnitService units;

    @Inject
    ResidentService residents;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @Inject
    InputRules rules;

    /** The site the tablet works in (the navigation's way here). */
    @GET
    @Path("units")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response currentSite() {
        return Response.seeOther(URI.create("/sites/" + staff.currentSiteId() + "/units")).build();
    }

    @GET
    @Path("sites/{id}/units")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance siteUnits(@PathParam("id") Long siteId, @QueryParam("building") Long buildingId) {
        return page(siteId, buildingId, FormState.NONE);
    }

    @POST
    @Path("sites/{id}/buildings")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response createBuilding(@PathParam("id") Long siteId, @FormParam("name") String name) {
        return steps.run("building", FormState.typed("name", name),
                () -> units.createBuilding(siteId, new UnitService.BuildingInput(name)),
                created -> After.goTo("/sites/" + siteId + "/units?building=" + created), null,
                state -> page(siteId, null, state));
    }

    @POST
    @Path("buildings/{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response renameBuilding(@PathParam("id") Long id, @FormParam("name") String name) {
        Building building = units.building(id);
        return buildingStep(building, "building-" + id, FormState.typed("name", name),
                () -> units.renameBuilding(id, new UnitService.BuildingInput(name)));
    }

    @POST
    @Path("buildings/{id}/close")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response closeBuilding(@PathParam("id") Long id) {
        Building building = units.building(id);
        return buildingStep(building, "building-" + id, Map.of(), () -> units.closeBuilding(id));
    }

    @POST
    @Path("sites/{id}/units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response createUnit(@PathParam("id") Long siteId, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return steps.run("unit", typed, () -> units.createUnit(siteId, read(typed)),
                created -> After.goTo("/units/" + created), null, state -> page(siteId, null, state));
    }

    /** The unit's file. */
    @GET
    @Path("units/{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance unit(@PathParam("id") Long id) {
        return file(id, FormState.NONE);
    }

    @POST
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response updateUnit(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return unitStep(id, "unit", typed, () -> units.updateUnit(id, read(typed)));
    }

    @POST
    @Path("units/{id}/close")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response closeUnit(@PathParam("id") Long id) {
        return unitStep(id, "closing", Map.of(), () -> units.closeUnit(id));
    }

    /** A change of owner: one of the unit's residents, or someone new (name, phone, email), from the day typed. */
    @POST
    @Path("units/{id}/owner-change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    public Response changeOwner(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        return unitStep(id, "owner", typed, () -> {
            FormValues values = new FormValues(typed);
            String chosen = typed.getOrDefault("newOwnerId", "");
            ResidentService.ResidentInput someoneNew = null;
            Long existing = null;
            if (chosen.isBlank() || "new".equals(chosen)) {
                List<String> phones = new ArrayList<>();
                phones.add(typed.get("phone"));
                boolean sms = "true".equals(typed.get("consentSms"));
                someoneNew = new ResidentService.ResidentInput(values.text("name"), ResidentKind.OWNER, phones,
                        values.text("email"), values.text("preferredLanguage"), sms,
                        sms ? Enums.parse(ConsentMethod.class, typed.get("consentSmsHow")) : null, null, false, null,
                        null, null, null);
            } else {
                existing = values.integer("newOwnerId") == null ? null : Long.valueOf(values.integer("newOwnerId"));
            }
            residents.changeOwner(id, values.check(rules,
                    new ResidentService.OwnerChange(values.date("date"), existing, someoneNew)));
        });
    }

    private TemplateInstance page(Long siteId, Long buildingId, FormState form) {
        List<UnitService.BuildingView> buildings = units.buildings(siteId);
        Long shown = buildingId != null ? buildingId
                : buildings.stream().filter(b -> !b.closed()).map(UnitService.BuildingView::id).findFirst().orElse(null);
        List<UnitService.UnitView> list = shown == null ? List.of() : units.unitsOf(shown);
        // The new unit's building: as the refused form had it, else the building shown.
        Long chosen = shown;
        if (form.isFor("unit")) {
            try {
                chosen = Long.valueOf(form.value("unit", "buildingId"));
            } catch (NumberFormatException e) {
                chosen = shown;
            }
        }
        return Templates.units(Site.findById(siteId), buildings, shown, chosen, list, List.of(UnitKind.values()), form);
    }

    private TemplateInstance file(Long id, FormState form) {
        UnitService.UnitFile file = units.file(id);
        List<UnitService.BuildingView> buildings = file.canManage() ? units.buildings(file.unit().siteId()) : List.of();
        return Templates.unit(file, buildings, List.of(UnitKind.values()), List.of(ConsentMethod.values()), form);
    }

    private Response buildingStep(Building building, String formName, Map<String, String> typed, Runnable action) {
        String back = "/sites/" + building.siteId + "/units?building=" + building.id;
        return steps.run(formName, typed, action, back, state -> page(building.siteId, building.id, state),
                state -> page(building.siteId, building.id, state));
    }

    private Response unitStep(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/units/" + id, state -> file(id, state), state -> file(id, state));
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    private UnitService.UnitInput read(Map<String, String> typed) {
        FormValues form = new FormValues(typed);
        Integer building = form.integer("buildingId");
        UnitKind kind = Enums.parse(UnitKind.class, typed.get("kind"));
        return form.check(rules, new UnitService.UnitInput(form.text("label"),
                building == null ? null : Long.valueOf(building), form.integer("floor"), form.decimal("areaM2"), kind));
    }
}
