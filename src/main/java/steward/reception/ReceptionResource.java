package steward.reception;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import steward.web.Choice;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.Messages;
import steward.web.UiContext;
import steward.web.Words;

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

    /** The forms of the panel: registering a visitor, a step on the visit shown, the call being answered. */
    static final String REGISTER_FORM = "register";
    static final String VISIT_FORM = "visit";
    static final String CALL_FORM = "call";

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
     * The step panel: the phrase to say, and one of the register form, a visit, or the call form. {@code form} holds
     * what was typed into the panel's form with the messages next to its fields, and its notice says why the last
     * tap changed nothing (another tablet was quicker, or the visit had moved on).
     */
    public record Panel(VisitService.Phrase phrase, VisitForm visitForm, VisitService.View visit, CallForm callForm,
            FormState form) {

        /** The host is a resident or a unit: the refusal of either stands next to the host search. */
        public String hostError() {
            String resident = form.error(REGISTER_FORM, "hostResidentId");
            return resident.isEmpty() ? form.error(REGISTER_FORM, "unitId") : resident;
        }

        /** Finding nobody is worth saying only once a number is typed. */
        public boolean callerPhoneTyped() {
            return !form.value(CALL_FORM, "callerPhone").isBlank();
        }
    }

    /** What the register form shows besides what was typed: the hosts found, and the name a known phone gave. */
    public record VisitForm(ResidentPicker host, String knownName) {
    }

    /** The call being answered: its rings, the resident its number matched, the choices, what was measured. */
    public record CallForm(Long callId, int rings, CallService.Match match, List<Choice> categories,
            List<Choice> outcomes, CallService.View measured) {

        public List<Integer> ringChoices() {
            return IntStream.rangeClosed(1, 8).boxed().toList();
        }

        public boolean overStandard(int choice) {
            return choice > PhoneCall.STANDARD_RINGS;
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

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance desk() {
        return deskPage(FormState.NONE);
    }

    @GET
    @Path("board")
    public TemplateInstance boardFragment() {
        return htmx.isRequest() ? Templates.desk$board(board()) : desk();
    }

    @GET
    @Path("visits/new")
    public TemplateInstance newVisit() {
        return page(registerPanel(new VisitForm(ResidentPicker.nothingTyped(), null), FormState.NONE));
    }

    /** The host search of the register form: residents by name, phone digits or unit, and units. */
    @GET
    @Path("hosts")
    public TemplateInstance hosts(@QueryParam("hostQuery") String hostQuery) {
        Panel panel = registerPanel(new VisitForm(residents.matching(hostQuery), null), FormState.NONE);
        return htmx.isRequest() ? Templates.desk$hosts(panel) : page(panel);
    }

    /** Typing a phone the desk has seen before offers the earlier visitor's name. */
    @GET
    @Path("known-visitor")
    public TemplateInstance knownVisitor(@QueryParam("visitorPhone") String visitorPhone) {
        String name = visits.knownVisitorName(visitorPhone).orElse(null);
        return Templates.desk$known(registerPanel(new VisitForm(ResidentPicker.nothingTyped(), name), FormState.NONE));
    }

    /** The name field filled with the earlier visitor's name (the tap on the offer), as if typed. */
    @GET
    @Path("known-visitor/name")
    public TemplateInstance knownVisitorName(@QueryParam("visitorPhone") String visitorPhone) {
        String name = visits.knownVisitorName(visitorPhone).orElse("");
        FormState filled = new FormState(REGISTER_FORM, Map.of("visitorName", name), Map.of(), null);
        return Templates.desk$visitorName(registerPanel(new VisitForm(ResidentPicker.nothingTyped(), null), filled));
    }

    @POST
    @Path("visits")
    public Response register(@FormParam("hostQuery") String hostQuery, @FormParam("host") String host,
            @FormParam("visitorPhone") String visitorPhone, @FormParam("visitorName") String visitorName,
            @FormParam("partySize") String partySize, @FormParam("purpose") String purpose,
            @FormParam("plateNumber") String plateNumber, @FormParam("arranged") String arranged,
            @FormParam("expectedAt") String expectedAt) {
        Map<String, String> typed = FormState.typed("hostQuery", hostQuery, "host", host, "visitorPhone",
                visitorPhone, "visitorName", visitorName, "partySize", partySize, "purpose", purpose, "plateNumber",
                plateNumber, "arranged", arranged, "expectedAt", expectedAt);
        return onPanel(REGISTER_FORM, typed, () -> {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Instant expected = siteTime(expectedAt, "expectedAt", errors);
            Boolean wasArranged = "true".equals(arranged) ? Boolean.TRUE
                    : "false".equals(arranged) ? Boolean.FALSE : null;
            Integer size = wholeNumber(partySize);
            if (size == null && !isBlank(partySize)) {
                errors.add("partySize", ReceptionText.said(m -> m.error_party_size(VisitService.MAX_PARTY_SIZE)));
            }
            return visits.register(new VisitService.NewVisit(visitorName, visitorPhone, size, purpose,
                    ResidentPicker.residentId(host), ResidentPicker.unitId(host), plateNumber, wasArranged,
                    expected), errors);
        }, visit -> "/desk/visits/" + visit.id(), visit -> visitPanel(visit, FormState.NONE),
                form -> registerPanel(new VisitForm(residents.picker(hostQuery, host), null), form));
    }

    @GET
    @Path("visits/{id}")
    public TemplateInstance visit(@PathParam("id") Long id) {
        return page(visitPanel(visits.view(id), FormState.NONE));
    }

    @POST
    @Path("visits/{id}/host-response")
    public Response respond(@PathParam("id") Long id, @FormParam("outcome") String outcome) {
        return visitStep(id, FormState.typed("outcome", outcome), () -> visits.respond(id, outcome));
    }

    /** The expected visitor has come: one tap, and the host is to be told. */
    @POST
    @Path("visits/{id}/arrived")
    public Response arrived(@PathParam("id") Long id) {
        return visitStep(id, Map.of(), () -> visits.arrive(id));
    }

    @POST
    @Path("visits/{id}/cancel")
    public Response cancel(@PathParam("id") Long id) {
        return visitStep(id, Map.of(), () -> visits.cancel(id));
    }

    @POST
    @Path("visits/{id}/tea")
    public Response serveTea(@PathParam("id") Long id) {
        return visitStep(id, Map.of(), () -> visits.serveTea(id));
    }

    @POST
    @Path("visits/{id}/checkout")
    public Response checkOut(@PathParam("id") Long id) {
        return visitStep(id, Map.of(), () -> visits.checkOut(id));
    }

    /** One tap: the call is answered now, and the panel shows the greeting with the site's company name. */
    @POST
    @Path("calls")
    public Response answerCall() {
        return onPanel(CALL_FORM, Map.of(), calls::answer, call -> "/desk/phone/calls/" + call.id,
                call -> callPanel(callForm(call.id, call.ringsBeforeAnswer, null, null), FormState.NONE),
                form -> registerPanel(new VisitForm(ResidentPicker.nothingTyped(), null), form));
    }

    /** Who is calling: the resident (and unit) the number belongs to, as it is typed. */
    @GET
    @Path("calls/match")
    public TemplateInstance callerMatch(@QueryParam("callerPhone") String callerPhone) {
        CallForm form = callForm(null, 1, calls.match(callerPhone).orElse(null), null);
        FormState typed = new FormState(CALL_FORM, FormState.typed("callerPhone", callerPhone), Map.of(), null);
        return Templates.desk$callerMatch(callPanel(form, typed));
    }

    /** Records the call; a call recorded meanwhile (on another tablet) says so on the farewell. */
    @POST
    @Path("calls/{id}/finish")
    public Response finishCall(@PathParam("id") Long id, @FormParam("callerPhone") String callerPhone,
            @FormParam("callerName") String callerName, @FormParam("ringsBeforeAnswer") String rings,
            @FormParam("category") String category, @FormParam("notes") String notes,
            @FormParam("outcome") String outcome, @FormParam("callbackWhat") String callbackWhat,
            @FormParam("callbackDueAt") String callbackDueAt) {
        Map<String, String> typed = FormState.typed("callerPhone", callerPhone, "callerName", callerName,
                "ringsBeforeAnswer", rings, "category", category, "notes", notes, "outcome", outcome,
                "callbackWhat", callbackWhat, "callbackDueAt", callbackDueAt);
        return onPanel(CALL_FORM, typed, () -> {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Integer ringCount = wholeNumber(rings);
            if (ringCount == null && !isBlank(rings)) {
                errors.add("ringsBeforeAnswer", ReceptionText.said(m -> m.error_rings(CallService.MAX_RINGS)));
            }
            boolean callback = CallOutcome.CALLBACK_PROMISED.name().equals(outcome);
            Instant due = callback ? siteTime(callbackDueAt, "callbackDueAt", errors) : null;
            calls.finish(id, new CallService.Details(callerName, callerPhone, ringCount, category, notes, outcome,
                    callback ? callbackWhat : null, due), errors);
            return id;
        }, finished -> "/desk", finished -> farewellPanel(FormState.NONE),
                form -> form.errors().isEmpty() ? farewellPanel(form) : refusedCallPanel(id, form));
    }

    /** A step on the visit shown; when another tablet was quicker, the panel says so and shows where it stands. */
    private Response visitStep(Long id, Map<String, String> typed, Runnable step) {
        return onPanel(VISIT_FORM, typed, () -> {
            step.run();
            return visits.view(id);
        }, visit -> "/desk/visits/" + id, visit -> visitPanel(visit, FormState.NONE),
                form -> visitPanel(visits.view(id), form));
    }

    /**
     * Runs a step of the panel and answers with the panel after it: without htmx, the page of what the step made or
     * changed (its address known once the step ran). A step that went through, or found that the record had moved
     * on, tells this tablet's board to refresh; a refused form changed nothing.
     *
     * @param panelAfter the panel after the step went through, made from what it did
     * @param panelRefused the panel with the refused form's messages, or the notice of a step that no longer applies
     */
    private <T> Response onPanel(String formName, Map<String, String> typed, Supplier<T> action,
            Function<T, String> pageAfter, Function<T, Panel> panelAfter, Function<FormState, Panel> panelRefused) {
        boolean[] changed = new boolean[1];
        Response answer = steps.run(formName, typed, action, done -> After.show(() -> {
            changed[0] = true;
            return Templates.desk$panel(panelAfter.apply(done));
        }, pageAfter.apply(done)), form -> {
            changed[0] = form.errors().isEmpty();
            return Templates.desk$panel(panelRefused.apply(form));
        }, form -> Templates.desk(panelRefused.apply(form), board()));
        return changed[0] ? Response.fromResponse(answer).header("HX-Trigger", CHANGED_EVENT).build() : answer;
    }

    TemplateInstance page(Panel panel) {
        return htmx.isRequest() ? Templates.desk$panel(panel) : Templates.desk(panel, board());
    }

    /** The whole board with the register form, and the form's notice (a tap that changed nothing) above it. */
    TemplateInstance deskPage(FormState form) {
        return Templates.desk(registerPanel(new VisitForm(ResidentPicker.nothingTyped(), null), form), board());
    }

    private Panel registerPanel(VisitForm visitForm, FormState form) {
        Words hint = locale -> String.join(" ",
                ReceptionText.said(ReceptionMessages::phrase_visitor_greeting_hint).in(locale),
                Words.of(Messages.class, Messages::conduct_listen).in(locale),
                ReceptionText.said(ReceptionMessages::phrase_ask_hint).in(locale));
        return new Panel(new VisitService.Phrase(ReceptionText.said(ReceptionMessages::phrase_visitor_greeting), hint),
                visitForm, null, null, form);
    }

    private Panel visitPanel(VisitService.View visit, FormState form) {
        return new Panel(visit.phrase(), null, visit, null, form);
    }

    /** The greeting at the moment the call is answered: 「您好,好管家物業,請問有什麼需要服務嗎?」. */
    Panel callPanel(CallForm callForm, FormState form) {
        String company = calls.companyName();
        return new Panel(new VisitService.Phrase(ReceptionText.said(t -> t.phrase_call_greeting(company)),
                ReceptionText.said(ReceptionMessages::phrase_call_greeting_hint)), null, null, callForm, form);
    }

    Panel farewellPanel(FormState form) {
        return new Panel(new VisitService.Phrase(ReceptionText.said(ReceptionMessages::phrase_call_farewell),
                ReceptionText.said(ReceptionMessages::phrase_call_farewell_hint)), null, null, null, form);
    }

    /** The call form refused: what was typed, the rings chosen, and the resident the typed number matches. */
    private Panel refusedCallPanel(Long id, FormState form) {
        CallService.View call = calls.view(id);
        Integer rings = wholeNumber(form.value(CALL_FORM, "ringsBeforeAnswer"));
        CallService.Match match = calls.match(form.value(CALL_FORM, "callerPhone")).orElse(null);
        return callPanel(callForm(id, rings == null ? 1 : rings, match, call.callId() == null ? null : call), form);
    }

    /** {@code measured}: the call as the phone system measured it; null for a call the desk answered by hand. */
    CallForm callForm(Long callId, int rings, CallService.Match match, CallService.View measured) {
        ReceptionMessages text = ReceptionText.in(ui.lang());
        List<Choice> categories = Arrays.stream(CallCategory.values())
                .map(c -> new Choice(c.name(), text.category(c))).toList();
        List<Choice> outcomes = Arrays.stream(CallOutcome.values())
                .map(o -> new Choice(o.name(), text.outcome(o))).toList();
        return new CallForm(callId, rings, match, categories, outcomes, measured);
    }

    /** A datetime-local field, read on the site's wall clock; a value that is no time is refused. */
    private Instant siteTime(String typed, String field, InvalidInput.Collector errors) {
        return TypedDates.siteTime(typed, field, calls.zone(), errors);
    }

    /** A whole number as typed; null when nothing or something else was typed. */
    private static Integer wholeNumber(String typed) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    DeskBoard board() {
        ReceptionMessages text = ReceptionText.in(ui.lang());
        VisitService.Board visitBoard = visits.board();
        List<Column> columns = List.of(new Column("expected", text.column_expected(), visitBoard.expected()),
                new Column("registered", text.column_registered(), visitBoard.registered()),
                new Column("waiting", text.column_waiting(), visitBoard.waiting()),
                new Column("admitted", text.column_admitted(), visitBoard.admitted()),
                new Column("left", text.column_left(), visitBoard.left()));
        CallService.Day today = calls.dayWithSummary(calls.today());
        return new DeskBoard(columns, today.summary(), today.calls().stream()
                .filter(c -> c.state() != PhoneCall.State.RINGING).toList(), calls.awaitingCallback());
    }
}
