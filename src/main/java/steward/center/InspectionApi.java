package steward.center;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.Messages;
import steward.web.Words;
import steward.web.InputRules;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.UiContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
@RolesAllowed({ Roles.SUPERVISOR })
public class InspectionApi {

    @Inject
    InputRules rules;

    @Inject
    InspectionService inspections;

    @Inject
    CenterFigures figures;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    /**
     * One item's verdict; the photo is a JPEG, PNG or WebP file in base64 (at most 5 MB decoded). Its rules are
     * {@link InspectionService.Verdict}'s, which the service checks (as for the page's form).
     */
    public record ResultInput(Long itemId, Boolean passed, String note, String photo) {
    }

    public record NewInspection(
            @Schema(required = true) Long deskId,
            @Schema(implementation = Inspection.Shift.class) String shift,
            @Schema(implementation = Inspection.Kind.class) String kind,
            List<ResultInput> results) {
    }

    @GET
    @Path("history")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Past inspections of the current site between two dates (from, to: YYYY-MM-DD, inclusive;"
            + " default the last 30 days, at most 366), of one desk and one shift when given, newest first, with the"
            + " pass rate per desk and shift over exactly those rows")
    @APIResponse(responseCode = "404", description = "No such desk at the current site")
    public InspectionService.History history(@QueryParam("desk") String desk,
            @QueryParam("shift") @Parameter(schema = @Schema(implementation = Inspection.Shift.class)) String shift,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return inspections.history(desk, shift, from, to);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "Record a round of a desk's checklist: every active item passed or failed (a failed one "
            + "with a note, and a corrective promise in the ledger); shift DAY/EVENING/NIGHT and kind SUPERVISOR/SELF "
            + "default to the current ones")
    public Response record(NewInspection input) {
        NewInspection body = rules.body(input);
        List<InspectionService.Verdict> verdicts = new ArrayList<>();
        List<ResultInput> results = body.results() == null ? List.of() : body.results();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (int n = 0; n < results.size(); n++) {
            ResultInput r = results.get(n);
            if (r == null) {
                verdicts.add(new InspectionService.Verdict(null, null, null, null));
                continue;
            }
            byte[] photo = null;
            if (r.photo() != null) {
                try {
                    photo = Base64.getMimeDecoder().decode(r.photo());
                } catch (IllegalArgumentException e) {
                    errors.add("results[" + n + "].photo", Words.of(Messages.class, Messages::error_photo_type));
                }
            }
            verdicts.add(new InspectionService.Verdict(r.itemId(), r.passed(), r.note(), photo));
        }
        errors.throwIfAny();
        Inspection inspection = inspections.record(new InspectionService.NewInspection(body.deskId(), body.shift(),
                body.kind(), verdicts), InspectionService.FieldNames.JSON, ui.locale());
        return Response.created(URI.create("/api/v1/inspections/" + inspection.id))
                .entity(inspections.view(inspection.id)).build();
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The rounds of a day (YYYY-MM-DD in the site's calendar; today when omitted), latest first")
    public List<InspectionService.InspectionView> onDate(@QueryParam("date") String date) {
        return inspections.onDate(inspections.parseDate(date));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One round with each item's verdict, note, photo link and corrective promise")
    public InspectionService.InspectionView detail(@PathParam("id") Long id) {
        return inspections.view(id);
    }

    @GET
    @Path("desks")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The desks of the current site with their active checklist items")
    public List<InspectionService.DeskView> desks() {
        return inspections.desks();
    }

    @POST
    @Path("desks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a desk; it starts with the seed's checklist")
    public Response addDesk(@Valid @NotNull InspectionService.NewDesk input) {
        CenterDesk desk = inspections.addDesk(input);
        return Response.created(URI.create("/api/v1/inspections/desks/" + desk.id))
                .entity(inspections.desk(desk.id)).build();
    }

    @POST
    @Path("desks/{deskId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item of the supervisor's own to a desk's checklist")
    public InspectionService.DeskView addItem(@PathParam("deskId") Long deskId,
            @Valid @NotNull InspectionService.NewItem input) {
        inspections.addItem(deskId, input);
        return inspections.desk(deskId);
    }

    /** The checklist's items in the order wanted: every item of the desk's checklist, each once. */
    public record ItemOrder(
            @NotEmpty(message = "{steward.required}") List<@NotNull(message = "{steward.required}") Long> itemIds) {
    }

    /** The shifts a desk is staffed in, at least one. */
    public record DeskShifts(@NotEmpty(message = "{steward.required}")
            List<Inspection.@NotNull(message = "{steward.choice}") Shift> shifts) {
    }

    @PUT
    @Path("desks/{deskId}/items/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a desk's checklist in the site's order (the seed's items included)")
    @APIResponse(responseCode = "400", description = "Not every item of the checklist once: problem naming itemIds")
    public InspectionService.DeskView reorder(@PathParam("deskId") Long deskId, @Valid @NotNull ItemOrder input) {
        inspections.reorder(deskId, input.itemIds());
        return inspections.desk(deskId);
    }

    @PUT
    @Path("desks/{deskId}/shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The shifts a desk is staffed in (DAY, EVENING, NIGHT): its self-inspection is due at the "
            + "start of each, and reminded once when not done within 30 minutes")
    @APIResponse(responseCode = "400", description = "No shift, or one that is not offered: problem naming shifts")
    public InspectionService.DeskView staff(@PathParam("deskId") Long deskId, @Valid @NotNull DeskShifts input) {
        inspections.staff(deskId, input.shifts());
        return inspections.desk(deskId);
    }

    @DELETE
    @Path("desks/{deskId}/items/{itemId}")
    @Operation(summary = "Take a supervisor's own item off a desk's checklist (past rounds keep it); the seed's items "
            + "stay (409)")
    @APIResponse(responseCode = "409", description = "One of the seed's items: it cannot be removed")
    public InspectionService.DeskView removeItem(@PathParam("deskId") Long deskId, @PathParam("itemId") Long itemId) {
        inspections.removeItem(deskId, itemId);
        return inspections.desk(deskId);
    }

    @GET
    @Path("pass-rates")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Pass rate per desk and shift from one date to another (inclusive, YYYY-MM-DD; this month "
            + "when omitted)")
    public List<CenterFigures.PassRate> passRates(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = inspections.parseDate(null);
        LocalDate first = Objects.requireNonNullElse(TypedDates.day(from, "from"), today.withDayOfMonth(1));
        LocalDate last = Objects.requireNonNullElse(TypedDates.day(to, "to"), today);
        if (last.isBefore(first)) {
            throw InvalidInput.of("to", CenterText.said(CenterMessages::error_range_order));
        }
        ZoneId zone = ui.zone();
        return figures.inspectionPassRates(staff.currentSiteId(), first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
