package steward.center;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

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
import jakarta.ws.rs.core.Response;
import steward.web.Messages;
import steward.web.Words;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.Photos;
import steward.web.UiContext;

/**
 * Inspections on a tablet: today's rounds and the month's pass rates, a desk's checklist to tick through (pass or
 * fail, a note, a photo from the camera), one page per round, and the supervisor's checklist settings.
 */
@Path("/inspections")
@Produces(MediaType.TEXT_HTML)
public class InspectionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inspections(List<InspectionService.InspectionView> today,
                List<InspectionService.DeskView> desks, List<CenterFigures.PassRate> rates, FormState form);

        static native TemplateInstance inspections$settings(List<InspectionService.DeskView> desks, FormState form);

        static native TemplateInstance round(InspectionService.DeskView desk, Inspection.Shift current,
                List<Inspection.Shift> shifts, FormState form);

        static native TemplateInstance round$form(InspectionService.DeskView desk, Inspection.Shift current,
                List<Inspection.Shift> shifts, FormState form);

        static native TemplateInstance inspection(InspectionService.InspectionView i, boolean recorded);

        static native TemplateInstance history(InspectionService.History history,
                List<InspectionService.DeskView> desks, List<Inspection.Shift> shifts, FormState form);

        static native TemplateInstance history$results(InspectionService.History history,
                List<InspectionService.DeskView> desks, List<Inspection.Shift> shifts, FormState form);
    }

    /** More than any field of the form needs (a note is at most 500 characters). */
    static final int MAX_FIELD_BYTES = 4096;

    @Inject
    InspectionService inspections;

    @Inject
    CenterFigures figures;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance list() {
        return page(FormState.NONE);
    }

    @GET
    @Path("desks/{deskId}/new")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance round(@PathParam("deskId") Long deskId) {
        return Templates.round(inspections.desk(deskId), inspections.currentShift(),
                List.of(Inspection.Shift.values()), FormState.NONE);
    }

    /** The ticked checklist, with photos (multipart). Refused: the form again, messages next to the items. */
    @POST
    @Path("desks/{deskId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
    public Response record(@PathParam("deskId") Long deskId, MultipartFormDataInput form) {
        InspectionService.DeskView desk = inspections.desk(deskId);
        Map<String, Collection<FormValue>> values = form.getValues();
        Map<String, String> typed = new HashMap<>();
        String shift = text(values, "shift");
        typed.put("shift", shift == null ? "" : shift);
        List<InspectionService.Verdict> verdicts = new ArrayList<>();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (InspectionService.ItemView item : desk.items()) {
            String verdict = text(values, "passed-" + item.id());
            String note = text(values, "note-" + item.id());
            typed.put("passed-" + item.id(), verdict == null ? "" : verdict);
            typed.put("note-" + item.id(), note == null ? "" : note);
            byte[] photo = null;
            try {
                photo = photo(values, "photo-" + item.id());
            } catch (IOException e) {
                errors.add("photo-" + item.id(), Words.of(Messages.class, Messages::error_photo_unreadable));
            }
            if (verdict != null || note != null || photo != null) {
                Boolean passed = "PASS".equals(verdict) ? Boolean.TRUE : "FAIL".equals(verdict) ? Boolean.FALSE : null;
                verdicts.add(new InspectionService.Verdict(item.id(), passed, note, photo));
            }
        }
        try {
            errors.throwIfAny();
            Inspection inspection = inspections.record(new InspectionService.NewInspection(deskId, shift, null,
                    verdicts), InspectionService.FieldNames.FORM, ui.locale());
            URI page = URI.create("/inspections/" + inspection.id + "?recorded=true");
            return htmx.isRequest() ? Response.ok().header("HX-Redirect", page.toString()).build()
                    : Response.seeOther(page).build();
        } catch (InvalidInput e) {
            FormState refused = FormState.refused("round", typed, e, ui.locale());
            Inspection.Shift current = inspections.currentShift();
            List<Inspection.Shift> shifts = List.of(Inspection.Shift.values());
            return htmx.isRequest() ? Response.ok(Templates.round$form(desk, current, shifts, refused)).build()
                    : Response.status(400).entity(Templates.round(desk, current, shifts, refused)).build();
        }
    }

    /**
     * Past inspections by desk, shift and dates, with the pass rates over them. Refused filters: the form again
     * with the messages over the last 30 days of every desk (200 for htmx, else 400).
     */
    @GET
    @Path("history")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response history(@QueryParam("desk") String desk, @QueryParam("shift") String shift,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        InspectionService.History history;
        FormState form = FormState.NONE;
        int status = 200;
        try {
            history = inspections.history(desk, shift, from, to);
        } catch (InvalidInput e) {
            history = inspections.history(null, null, null, null);
            form = FormState.refused("history", Map.of("desk", blankIfNull(desk), "shift", blankIfNull(shift),
                    "from", blankIfNull(from), "to", blankIfNull(to)), e, ui.locale());
            status = htmx.isRequest() ? 200 : 400;
        }
        List<InspectionService.DeskView> desks = inspections.desks();
        List<Inspection.Shift> shifts = List.of(Inspection.Shift.values());
        TemplateInstance page = htmx.isRequest() ? Templates.history$results(history, desks, shifts, form)
                : Templates.history(history, desks, shifts, form);
        return Response.status(status).entity(page).header("Vary", Htmx.REQUEST_HEADER).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance inspection(@PathParam("id") Long id, @jakarta.ws.rs.QueryParam("recorded") boolean recorded) {
        return Templates.inspection(inspections.view(id), recorded);
    }

    @GET
    @Path("photos/{resultId}")
    @Produces("image/jpeg")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response photo(@PathParam("resultId") Long resultId) {
        return Response.ok(inspections.photo(resultId), "image/jpeg").header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @POST
    @Path("desks")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response addDesk(@FormParam("name") String name) {
        return settings("desk", Map.of("name", name == null ? "" : name),
                () -> inspections.addDesk(new InspectionService.NewDesk(name)));
    }

    @POST
    @Path("desks/{deskId}/items")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response addItem(@PathParam("deskId") Long deskId, @FormParam("label") String label) {
        return settings("item-" + deskId, Map.of("label", label == null ? "" : label),
                () -> inspections.addItem(deskId, new InspectionService.NewItem(label)));
    }

    @POST
    @Path("desks/{deskId}/items/{itemId}/remove")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response removeItem(@PathParam("deskId") Long deskId, @PathParam("itemId") Long itemId) {
        return settings("item-" + deskId, Map.of(), () -> inspections.removeItem(deskId, itemId));
    }

    @POST
    @Path("desks/{deskId}/items/{itemId}/move")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response moveItem(@PathParam("deskId") Long deskId, @PathParam("itemId") Long itemId,
            @FormParam("direction") String direction) {
        return settings("item-" + deskId, Map.of(), () -> inspections.moveItem(deskId, itemId,
                "UP".equals(direction) ? InspectionService.Move.UP
                        : "DOWN".equals(direction) ? InspectionService.Move.DOWN : null));
    }

    /** The shifts a desk is staffed in (ticked boxes; none ticked sends nothing, refused next to the field). */
    @POST
    @Path("desks/{deskId}/shifts")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response staff(@PathParam("deskId") Long deskId, @FormParam("shifts") List<String> shifts) {
        List<Inspection.Shift> chosen = shifts == null ? List.of() : shifts.stream().map(s -> {
            try {
                return Inspection.Shift.valueOf(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).toList();
        return settings("shifts-" + deskId, Map.of(), () -> inspections.staff(deskId, chosen));
    }

    private Response settings(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/inspections#settings",
                form -> Templates.inspections$settings(inspections.desks(), form), this::page);
    }

    private TemplateInstance page(FormState form) {
        LocalDate today = inspections.parseDate(null);
        ZoneId zone = ui.zone();
        List<CenterFigures.PassRate> rates = figures.inspectionPassRates(staff.currentSiteId(),
                today.withDayOfMonth(1).atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant());
        return Templates.inspections(inspections.onDate(today), inspections.desks(), rates, form);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * A form field. A part without a file name is a field whatever content type the client gave it (RFC 7578),
     * though the server keeps such a part as a small file.
     */
    private static String text(Map<String, Collection<FormValue>> values, String name) {
        Collection<FormValue> found = values.get(name);
        if (found == null || found.isEmpty()) {
            return null;
        }
        FormValue value = found.iterator().next();
        if (!value.isFileItem()) {
            return value.getValue();
        }
        if (value.getFileName() != null) {
            return null;
        }
        try (InputStream in = value.getFileItem().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES);
            java.nio.charset.Charset charset = value.getCharset() == null ? StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(value.getCharset());
            return new String(bytes, charset);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The uploaded file, read to at most one byte past the limit (enough to refuse it); null when none chosen. */
    private static byte[] photo(Map<String, Collection<FormValue>> values, String name) throws IOException {
        Collection<FormValue> found = values.get(name);
        if (found == null || found.isEmpty()) {
            return null;
        }
        FormValue value = found.iterator().next();
        if (!value.isFileItem()) {
            return null;
        }
        if (value.getFileName() == null || value.getFileName().isEmpty() && value.getFileItem().getFileSize() == 0) {
            // A field, or the file input left empty.
            return null;
        }
        try (InputStream in = value.getFileItem().getInputStream()) {
            return in.readNBytes(Photos.MAX_BYTES + 1);
        }
    }
}
