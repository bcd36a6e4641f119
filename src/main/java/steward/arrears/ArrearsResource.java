package steward.arrears;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import steward.billing.AccountService;
import steward.billing.CashierMessages;
import steward.billing.Money;
import steward.promise.SiteTimes;
import steward.resident.Building;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.Languages;
import steward.web.TypedDates;
import steward.web.UiContext;
import steward.web.Enums;

/**
 * Arrears on a tablet: the list of units in arrears (filter by building, sort by amount or age) and one page per
 * collection case, where the call comes first with the amounts and the call script, a home visit only after it,
 * and a complaint is one tap away. Every step is a form that re-renders the case.
 */
@Path("/arrears")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class ArrearsResource {

    /** What the list page shows: the filter as typed, the rows, the totals of the whole filter. */
    public record ListPage(String minDays, String buildingId, String sort, List<Building> buildings,
            List<ArrearsService.Row> rows, ArrearsService.Totals totals, String currency, String computedAt,
            FormState form) {

        public List<ArrearsService.Sort> sorts() {
            return List.of(ArrearsService.Sort.values());
        }
    }

    /** The site's collection rules; supervisors change them, service and cashiers read them. */
    public record RulesPage(ArrearsRules.PolicyView policy, List<ArrearsRules.RuleView> rules, boolean mayChange) {

        public List<ArrearsRule.Action> actions() {
            return List.of(ArrearsRule.Action.values());
        }

        public List<ArrearsPolicy.CallOrder> orders() {
            return List.of(ArrearsPolicy.CallOrder.values());
        }

        public List<String> languages() {
            return Languages.SUPPORTED;
        }
    }

    /** A case on the collector's list with the words to say, in the collector's language. */
    public record CallLine(CollectionTasks.CallRow row, String script) {
    }

    /** The collector's list: the caller's call tasks (a supervisor may see everyone's). */
    public record CallsPage(List<CallLine> lines, boolean everyone, boolean maySeeEveryone) {
    }

    /** The written demand to print, with its charges named in the letter's language. */
    public record LetterPage(WrittenDemands.Letter letter, List<String> items, String lang) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(RulesPage page, FormState form);

        static native TemplateInstance rules$list(RulesPage page, FormState form);

        static native TemplateInstance arrears(ListPage page);

        static native TemplateInstance arrears$rows(ListPage page);

        static native TemplateInstance collection(CollectionService.CasePage page, FormState form);

        static native TemplateInstance collection$body(CollectionService.CasePage page, FormState form);

        static native TemplateInstance statement(AccountService.Statement statement, Long caseId);

        static native TemplateInstance calls(CallsPage page);

        static native TemplateInstance letter(LetterPage page);
    }

    @Inject
    ArrearsService arrears;

    @Inject
    CollectionService cases;

    @Inject
    AccountService accounts;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    @Inject
    ArrearsRules rules;

    @Inject
    StaffContext staff;

    @Inject
    CollectionTasks tasks;

    @Inject
    WrittenDemands demands;

    @Inject
    UiContext ui;

    @GET
    @Path("rules")
    public TemplateInstance rules() {
        return Templates.rules(rulesPage(), FormState.NONE);
    }

    @POST
    @Path("rules")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response addRule(@FormParam("daysOverdue") String daysOverdue, @FormParam("action") String action) {
        return rulesStep("rule-new", FormState.typed("daysOverdue", daysOverdue, "action", action),
                () -> rules.add(daysOverdue, action));
    }

    @POST
    @Path("rules/{code}")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response changeRule(@PathParam("code") String code, @FormParam("daysOverdue") String daysOverdue,
            @FormParam("action") String action, @FormParam("enabled") String enabled) {
        // An unticked checkbox sends nothing: the rule is then not in use.
        boolean inUse = "true".equals(enabled);
        return rulesStep("rule-" + code, FormState.typed("daysOverdue", daysOverdue, "action", action, "enabled",
                String.valueOf(inUse)), () -> rules.change(code, new ArrearsRules.RuleChange(daysOverdue, action, inUse)));
    }

    @POST
    @Path("policy")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response changePolicy(@FormParam("callOrder") String callOrder, @FormParam("assignment") String assignment,
            @FormParam("assignee") String assignee, @FormParam("letterLanguage") String letterLanguage) {
        return rulesStep("policy", FormState.typed("callOrder", callOrder, "assignment", assignment, "assignee",
                assignee, "letterLanguage", letterLanguage), () -> rules.changePolicy(new ArrearsRules.PolicyChange(
                        Enums.parse(ArrearsPolicy.CallOrder.class, callOrder),
                        Enums.parse(ArrearsPolicy.Assignment.class, assignment), assignee, letterLanguage)));
    }

    private Response rulesStep(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/arrears/rules", form -> Templates.rules$list(rulesPage(), form),
                form -> Templates.rules(rulesPage(), form));
    }

    private RulesPage rulesPage() {
        return new RulesPage(rules.policy(), rules.list(), staff.hasRole(Roles.SUPERVISOR));
    }

    /** The collector's list: whom to call, about what, and what to say. */
    @GET
    @Path("calls")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance calls(@QueryParam("all") boolean all) {
        boolean everyone = all && staff.hasRole(Roles.SUPERVISOR);
        ArrearsMessages msg = CollectionService.messages(ui.locale());
        List<CallLine> lines = tasks.calls(everyone).stream().map(r -> new CallLine(r, msg.call_script(r.companyName(),
                r.payerName() == null ? r.unitLabel() : r.payerName(), r.unitLabel(),
                r.items().stream().map(AccountService::itemName).toList(),
                Money.format(r.overdue(), r.currency()) + " " + r.currency()))).toList();
        return Templates.calls(new CallsPage(lines, everyone, staff.hasRole(Roles.SUPERVISOR)));
    }

    @GET
    public Response list(@QueryParam("minDays") String minDays, @QueryParam("buildingId") String buildingId,
            @QueryParam("sort") String sort) {
        FormState form = FormState.NONE;
        ArrearsService.Filter filter;
        int status = 200;
        try {
            filter = arrears.filter(minDays, buildingId, sort);
        } catch (InvalidInput e) {
            form = FormState.refused("filter",
                    FormState.typed("minDays", minDays, "buildingId", buildingId, "sort", sort), e, ui.locale());
            filter = new ArrearsService.Filter(null, null, ArrearsService.Sort.AMOUNT);
            status = 400;
        }
        ListPage page = page(minDays, buildingId, sort, filter, form);
        if (htmx.isRequest()) {
            return Response.ok(Templates.arrears$rows(page)).header("Vary", Htmx.REQUEST_HEADER).build();
        }
        return Response.status(status).entity(Templates.arrears(page)).header("Vary", Htmx.REQUEST_HEADER).build();
    }

    /** Opens the case of a unit of the list, and goes to it. */
    @POST
    @Path("cases")
    public Response open(@FormParam("unitId") String unitId) {
        try {
            CollectionCase opened = cases.open(id(unitId));
            return go("/arrears/cases/" + opened.id);
        } catch (InvalidInput | Conflict e) {
            String notice = e instanceof InvalidInput invalid
                    ? String.join(" ", invalid.fieldErrors(ui.locale()).values())
                    : ((Conflict) e).message(ui.locale());
            ArrearsService.Filter filter = new ArrearsService.Filter(null, null, ArrearsService.Sort.AMOUNT);
            ListPage page = page("", "", "", filter, FormState.notice("open", notice));
            if (htmx.isRequest()) {
                return Response.ok(Templates.arrears$rows(page)).build();
            }
            return Response.status(e instanceof Conflict ? 409 : 400).entity(Templates.arrears(page)).build();
        }
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance detail(@PathParam("id") Long id) {
        return Templates.collection(cases.page(id), FormState.NONE);
    }

    @POST
    @Path("cases/{id}/contacts")
    public Response contact(@PathParam("id") Long id, @FormParam("kind") String kind,
            @FormParam("outcome") String outcome, @FormParam("appointmentAt") String appointmentAt,
            @FormParam("notes") String notes, @FormParam("statementRequested") String statementRequested) {
        String formName = "VISIT".equals(kind) ? "visit" : "phone";
        return step(id, formName, FormState.typed("outcome", outcome, "appointmentAt", appointmentAt, "notes", notes,
                "statementRequested", statementRequested), () -> cases.contact(id, kind, outcome,
                        time(appointmentAt, "appointmentAt"), notes, "true".equals(statementRequested),
                        ui.locale()));
    }

    @POST
    @Path("cases/{id}/assignee")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reassign(@PathParam("id") Long id, @FormParam("assignee") String assignee) {
        return step(id, "assignee", FormState.typed("assignee", assignee), () -> cases.reassign(id, assignee));
    }

    /** The number to call, for this case's call: shown on the case with a link that dials it, and audited. */
    @POST
    @Path("cases/{id}/dial")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response dial(@PathParam("id") Long id) {
        FormState form;
        try {
            form = new FormState("dial", Map.of("phone", cases.dial(id, ui.locale())), Map.of(), null);
        } catch (Conflict e) {
            form = FormState.notice("dial", e.message(ui.locale()));
        }
        CollectionService.CasePage page = cases.page(id);
        return Response.ok(htmx.isRequest() ? Templates.collection$body(page, form)
                : Templates.collection(page, form)).build();
    }

    @POST
    @Path("cases/{id}/demand")
    public Response issueDemand(@PathParam("id") Long id) {
        return step(id, "demand", Map.of(), () -> demands.issue(id));
    }

    /** The written demand, to print and send (in the site's letter language, whatever the tablet's). */
    @GET
    @Path("cases/{id}/demand")
    public TemplateInstance letter(@PathParam("id") Long id) {
        WrittenDemands.Letter letter = demands.letter(id);
        String lang = letter.demand().language();
        CashierMessages words = MessageBundles.get(CashierMessages.class, Localized.Literal.of(lang));
        List<String> items = letter.demand().lines().stream()
                .map(l -> AccountService.itemName(l.item(), words) + (l.period() == null ? "" : " " + l.period()))
                .toList();
        return Templates.letter(new LetterPage(letter, items, lang)).setLocale(Languages.locale(lang));
    }

    @POST
    @Path("cases/{id}/demand/sent")
    public Response demandSent(@PathParam("id") Long id, @FormParam("method") String method,
            @FormParam("sentOn") String sentOn, @FormParam("reference") String reference) {
        return step(id, "demand", FormState.typed("method", method, "sentOn", sentOn, "reference", reference),
                () -> demands.recordSent(id, new WrittenDemands.DemandSent(
                        Enums.parse(CollectionDemand.SentMethod.class, method), date(sentOn, "sentOn"), reference)));
    }

    @POST
    @Path("cases/{id}/hold")
    public Response hold(@PathParam("id") Long id, @FormParam("reason") String reason) {
        return step(id, "hold", FormState.typed("reason", reason), () -> cases.hold(id, reason));
    }

    @POST
    @Path("cases/{id}/release")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response release(@PathParam("id") Long id) {
        return step(id, "hold", Map.of(), () -> cases.release(id));
    }

    @POST
    @Path("cases/{id}/complaint")
    public Response complaint(@PathParam("id") Long id, @FormParam("description") String description) {
        return step(id, "complaint", FormState.typed("description", description),
                () -> cases.complaint(id, description, ui.locale()));
    }

    @POST
    @Path("cases/{id}/statement")
    public Response sendStatement(@PathParam("id") Long id) {
        ArrearsMessages msg = CollectionService.messages(ui.locale());
        var channels = cases.sendStatement(id);
        String notice = channels.isEmpty() ? msg.statement_no_channel()
                : msg.statement_sent(channels.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        FormState form = FormState.notice("statement", notice);
        CollectionService.CasePage page = cases.page(id);
        if (htmx.isRequest()) {
            return Response.ok(Templates.collection$body(page, form)).build();
        }
        return Response.ok(Templates.collection(page, form)).build();
    }

    /** The fee detail statement of the case's unit, to print and hand over (三(五)6). */
    @GET
    @Path("cases/{id}/statement")
    public TemplateInstance statement(@PathParam("id") Long id) {
        CollectionService.CaseView c = cases.detail(id);
        return Templates.statement(accounts.statement(c.unitId()), c.id());
    }

    /** Runs one step of a collection case and answers with the case re-rendered. */
    private Response step(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/arrears/cases/" + id,
                form -> Templates.collection$body(cases.page(id), form),
                form -> Templates.collection(cases.page(id), form));
    }

    private ListPage page(String minDays, String buildingId, String sort, ArrearsService.Filter filter,
            FormState form) {
        List<ArrearsService.Row> rows = arrears.list(filter);
        return new ListPage(minDays == null ? "" : minDays, buildingId == null ? "" : buildingId,
                filter.sort().name(), arrears.buildings(), rows, arrears.totals(filter), arrears.currency(),
                rows.isEmpty() ? "" : SiteTimes.format(rows.get(0).computedAt(), SiteTimes.requestZone()), form);
    }

    private Response go(String path) {
        return htmx.isRequest() ? Response.ok().header("HX-Redirect", path).build()
                : Response.seeOther(URI.create(path)).build();
    }

    private Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private LocalDate date(String value, String field) {
        return TypedDates.day(value, field);
    }

    private Instant time(String value, String field) {
        return TypedDates.siteTime(value, field, SiteTimes.requestZone());
    }
}
