package steward.reception;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.resident.ResidentPicker;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.web.Conflict;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;
import steward.web.Choice;

/**
 * The desk board, the start page of the desk: the step panel (what to say now, and the next step one tap
 * away) above today's visitors in columns and today's calls, which every tablet of the site polls.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class ReceptionResource {

    /** Tells the board of this tablet to refresh at once (the others catch up on their next poll). */
    static final String CHANGED_EVENT = "reception-changed";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(Panel panel, DeskBoard board);

        static native TemplateInstance desk$panel(Panel panel);

        static native TemplateInstance desk$hosts(Panel panel);

        static native TemplateInstance desk$known(Panel panel);

        static native TemplateInstance desk$visitorName(Panel panel);

        static native TemplateInstance desk$callerMatch(Panel panel);

        static native TemplateInstance desk$board(DeskBoard board);
    }

    /**
     * The step panel: the phrase to say, and one of the register form, a visit, or the call form. {@code conflict}
     * says why the last tap changed nothing (another tablet was quicker, or the visit had moved on).
     */
    public record Panel(VisitService.Phrase phrase, VisitForm visitForm, VisitService.View visit, CallForm callForm,
            String conflict) {
    }

    /** The register form as typed, with the host search results and any errors next to their fields. */
    public record VisitForm(ResidentPicker host, String visitorPhone, String visitorName, String partySize,
            String purpose, String plateNumber, String knownName, String arranged, String expectedAt,
            Map<String, String> errors) {

        public String hostError() {
            return errors.getOrDefault("hostResidentId", errors.get("unitId"));
        }
    }

    /** The call being answered: the record as typed so far, the resident its number matched, any errors. */
    public record CallForm(Long callId, String callerPhone, String callerName, int rings, String category,
            String notes, String outcome, String callbackWhat, String callbackDueAt, CallService.Match match,
            Map<String, String> errors, List<Choice> categories, List<Choice> outcomes, CallService.View measured) {

        public List<Integer> ringChoices() {
            return IntStream.rangeClosed(1, 8).boxed().toList();
        }

        public boolean overStandard(int choice) {
            return choice > PhoneCall.STANDARD_RINGS;
        }

        public boolean typedPhone() {
            return callerPhone != null && !callerPhone.isBlank();
        }
    }

    public record Column(String key, String title, List<VisitService.View> visits) {
    }

    public record DeskBoard(List<Column> columns, CallService.Summary calls, List<CallService.View> recentCalls,
            List<CallService.View> missed) {
    }

    @Inject
    VisitService visits;

    @Inject
    CallService calls;

    @Inject
    ResidentService residents;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @GET
    public TemplateInstance desk() {
        return Templates.desk(registerPanel(emptyVisitForm()), board());
    }

    @GET
    @Path("board")
    public TemplateInstance boardFragment() {
        return htmx.isRequest() ? Templates.desk$board(board()) : desk();
    }

    @GET
    @Path("visits/new")
    public TemplateInstance newVisit() {
        return page(registerPanel(emptyVisitForm()));
    }

    /** The host search of the register form: residents by name, phone digits or unit, and units. */
    @GET
    @Path("hosts")
    public TemplateInstance hosts(@QueryParam("hostQuery") String hostQuery) {
        VisitForm form = searchHosts(hostQuery, null, null, null, null, null, null, null, null, null, Map.of());
        return htmx.isRequest() ? Templates.desk$hosts(registerPanel(form)) : page(registerPanel(form));
    }

    /** Typing a phone the desk has seen before offers the earlier visitor's name. */
    @GET
    @Path("known-visitor")
    public TemplateInstance knownVisitor(@QueryParam("visitorPhone") String visitorPhone) {
        String name = visits.knownVisitorName(visitorPhone).orElse(null);
        VisitForm form = new VisitForm(ResidentPicker.nothingTyped(), visitorPhone, null, null, null, null, name,
                null, null, Map.of());
        return Templates.desk$known(registerPanel(form));
    }

    /** The name field filled with the earlier visitor's name (the tap on the offer). */
    @GET
    @Path("known-visitor/name")
    public TemplateInstance knownVisitorName(@QueryParam("visitorPhone") String visitorPhone) {
        String name = visits.knownVisitorName(visitorPhone).orElse("");
        VisitForm form = new VisitForm(ResidentPicker.nothingTyped(), visitorPhone, name, null, null, null, null,
                null, null, Map.of());
        return Templates.desk$visitorName(registerPanel(form));
    }

    @POST
    @Path("visits")
    public Response register(@FormParam("hostQuery") String hostQuery, @FormParam("host") String host,
            @FormParam("visitorPhone") String visitorPhone, @FormParam("visitorName") String visitorName,
            @FormParam("partySize") String partySize, @FormParam("purpose") String purpose,
            @FormParam("plateNumber") String plateNumber, @FormParam("arranged") String arranged,
            @FormParam("expectedAt") String expectedAt) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Instant expected = null;
        if (expectedAt != null && !expectedAt.isBlank()) {
            try {
                // datetime-local: the site's wall clock.
                expected = LocalDateTime.parse(expectedAt.strip()).atZone(calls.zone()).toInstant();
            } catch (DateTimeException e) {
                errors.add("expectedAt", ui.messages().error_required());
            }
        }
        Boolean wasArranged = "true".equals(arranged) ? Boolean.TRUE : "false".equals(arranged) ? Boolean.FALSE : null;
        Integer size = null;
        if (partySize != null && !partySize.isBlank()) {
            try {
                size = Integer.valueOf(partySize.strip());
            } catch (NumberFormatException e) {
                errors.add("partySize", ReceptionText.in(ui.lang()).error_party_size(VisitService.MAX_PARTY_SIZE));
            }
        }
        Long residentId = ResidentPicker.residentId(host);
        Long unitId = ResidentPicker.unitId(host);
        try {
            VisitService.View visit = visits.register(new VisitService.NewVisit(visitorName, visitorPhone, size,
                    purpose, residentId, unitId, plateNumber, wasArranged, expected), errors);
            return changed(visitPanel(visit, null));
        } catch (InvalidInput e) {
            VisitForm form = searchHosts(hostQuery, host, visitorPhone, visitorName, partySize, purpose, plateNumber,
                    null, arranged, expectedAt, e.fieldErrors());
            // htmx swaps only 2xx answers: the form comes back with its messages next to the fields.
            return Response.status(htmx.isRequest() ? 200 : 400).entity(page(registerPanel(form))).build();
        }
    }

    @GET
    @Path("visits/{id}")
    public TemplateInstance visit(@PathParam("id") Long id) {
        return page(visitPanel(visits.view(id), null));
    }

    @POST
    @Path("visits/{id}/host-response")
    public Response respond(@PathParam("id") Long id, @FormParam("outcome") String outcome) {
        return act(id, () -> visits.respond(id, outcome));
    }

    /** The expected visitor has come: one tap, and the host is to be told. */
    @POST
    @Path("visits/{id}/arrived")
    public Response arrived(@PathParam("id") Long id) {
        return act(id, () -> visits.arrive(id));
    }

    @POST
    @Path("visits/{id}/cancel")
    public Response cancel(@PathParam("id") Long id) {
        return act(id, () -> visits.cancel(id));
    }

    @POST
    @Path("visits/{id}/tea")
    public Response serveTea(@PathParam("id") Long id) {
        return act(id, () -> visits.serveTea(id));
    }

    @POST
    @Path("visits/{id}/checkout")
    public Response checkOut(@PathParam("id") Long id) {
        return act(id, () -> visits.checkOut(id));
    }

    /** One tap: the call is answered now, and the panel shows the greeting with the site's company name. */
    @POST
    @Path("calls")
    public Response answerCall() {
        PhoneCall call = calls.answer();
        CallForm form = callForm(call.id, null, null, call.ringsBeforeAnswer, null, null, null, null, null, null,
                Map.of(), null);
        return changed(new Panel(calls.greeting(), null, null, form, null));
    }

    /** Who is calling: the resident (and unit) the number belongs to, as it is typed. */
    @GET
    @Path("calls/match")
    public TemplateInstance callerMatch(@QueryParam("callerPhone") String callerPhone) {
        CallForm form = callForm(null, callerPhone, null, 1, null, null, null, null, null,
                calls.match(callerPhone).orElse(null), Map.of(), null);
        return Templates.desk$callerMatch(new Panel(calls.greeting(), null, null, form, null));
    }

    @POST
    @Path("calls/{id}/finish")
    public Response finishCall(@PathParam("id") Long id, @FormParam("callerPhone") String callerPhone,
            @FormParam("callerName") String callerName, @FormParam("ringsBeforeAnswer") String rings,
            @FormParam("category") String category, @FormParam("notes") String notes,
            @FormParam("outcome") String outcome, @FormParam("callbackWhat") String callbackWhat,
            @FormParam("callbackDueAt") String callbackDueAt) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ReceptionMessages text = ReceptionText.in(ui.lang());
        Integer ringCount = null;
        try {
            ringCount = rings == null || rings.isBlank() ? null : Integer.valueOf(rings.strip());
        } catch (NumberFormatException e) {
            errors.add("ringsBeforeAnswer", text.error_rings(CallService.MAX_RINGS));
        }
        boolean callback = CallOutcome.CALLBACK_PROMISED.name().equals(outcome);
        Instant due = null;
        if (callback && callbackDueAt != null && !callbackDueAt.isBlank()) {
            try {
                // datetime-local: the site's wall clock.
                due = LocalDateTime.parse(callbackDueAt.strip()).atZone(calls.zone()).toInstant();
            } catch (DateTimeException e) {
                errors.add("callbackDueAt", ui.messages().error_required());
            }
        }
        CallService.Details details = new CallService.Details(callerName, callerPhone, ringCount, category, notes,
                outcome, callback ? callbackWhat : null, due);
        try {
            calls.finish(id, details, errors);
            return changed(new Panel(calls.farewell(), null, null, null, null));
        } catch (InvalidInput e) {
            CallService.View call = calls.view(id);
            CallForm form = callForm(id, callerPhone, callerName, ringCount == null ? 1 : ringCount, category,
                    notes, outcome, callbackWhat, callbackDueAt, calls.match(callerPhone == null ? "" : callerPhone)
                            .orElse(null), e.fieldErrors(), call.callId() == null ? null : call);
            Panel panel = new Panel(calls.greeting(), null, null, form, null);
            return Response.status(htmx.isRequest() ? 200 : 400).entity(page(panel)).build();
        } catch (Conflict e) {
            if (!htmx.isRequest()) {
                throw e;
            }
            return changed(new Panel(calls.farewell(), null, null, null, e.getMessage()));
        }
    }

    /** A step on a visit; when another tablet was quicker, the panel says so and shows where the visit stands. */
    private Response act(Long id, Supplier<VisitService.View> step) {
        try {
            return changed(visitPanel(step.get(), null));
        } catch (Conflict e) {
            if (!htmx.isRequest()) {
                throw e;
            }
            return changed(visitPanel(visits.view(id), e.getMessage()));
        }
    }

    Response changed(Panel panel) {
        return Response.ok(page(panel)).header("HX-Trigger", CHANGED_EVENT).build();
    }

    TemplateInstance page(Panel panel) {
        return htmx.isRequest() ? Templates.desk$panel(panel) : Templates.desk(panel, board());
    }

    private Panel registerPanel(VisitForm form) {
        ReceptionMessages text = ReceptionText.in(ui.lang());
        String hint = text.phrase_visitor_greeting_hint() + " " + ui.messages().conduct_listen() + " "
                + text.phrase_ask_hint();
        return new Panel(new VisitService.Phrase(text.phrase_visitor_greeting(), hint), form, null, null, null);
    }

    private static Panel visitPanel(VisitService.View visit, String conflict) {
        return new Panel(visit.phrase(), null, visit, null, conflict);
    }

    CallForm callForm(Long callId, String callerPhone, String callerName, int rings, String category,
            String notes, String outcome, String callbackWhat, String callbackDueAt, CallService.Match match,
            Map<String, String> errors, CallService.View measured) {
        ReceptionMessages text = ReceptionText.in(ui.lang());
        List<Choice> categories = Arrays.stream(CallCategory.values())
                .map(c -> new Choice(c.name(), ReceptionText.category(text, c))).toList();
        List<Choice> outcomes = Arrays.stream(CallOutcome.values())
                .map(o -> new Choice(o.name(), ReceptionText.outcome(text, o))).toList();
        return new CallForm(callId, callerPhone, callerName, rings, category, notes, outcome, callbackWhat,
                callbackDueAt, match, errors, categories, outcomes, measured);
    }

    private static VisitForm emptyVisitForm() {
        return new VisitForm(ResidentPicker.nothingTyped(), null, null, "1", null, null, null, null, null, Map.of());
    }

    private VisitForm searchHosts(String hostQuery, String host, String visitorPhone, String visitorName,
            String partySize, String purpose, String plateNumber, String knownName, String arranged,
            String expectedAt, Map<String, String> errors) {
        return new VisitForm(residents.picker(hostQuery, host), visitorPhone, visitorName, partySize, purpose,
                plateNumber, knownName, arranged, expectedAt, errors);
    }

    DeskBoard board() {
        ReceptionMessages text = ReceptionText.in(ui.lang());
        VisitService.Board visitBoard = visits.board();
        List<Column> columns = List.of(new Column("expected", text.column_expected(), visitBoard.expected()),
                new Column("registered", text.column_registered(), visitBoard.registered()),
                new Column("waiting", text.column_waiting(), visitBoard.waiting()),
                new Column("admitted", text.column_admitted(), visitBoard.admitted()),
                new Column("left", text.column_left(), visitBoard.left()));
        var today = calls.today();
        return new DeskBoard(columns, calls.summary(today), calls.day(today).stream()
                .filter(c -> c.state() != PhoneCall.State.RINGING).toList(), calls.awaitingCallback());
    }
}
