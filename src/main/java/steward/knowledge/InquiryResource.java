package steward.knowledge;

import steward.web.Words;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.resident.Resident;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/**
 * The inquiry console, for a call or a customer at the desk: who is asking, the question searched as it is
 * typed, one tap to record "answered with this", or the seed's apology and a callback promise when the book has
 * no answer. Below it, the inquiry log; for supervisors, the consistency report.
 */
@Path("/inquiries")
@Produces(MediaType.TEXT_HTML)
public class InquiryResource {

    /** A resident the caller may be, offered as a choice. */
    public record Caller(Long id, String name, String units) {
    }

    /** The console's form as typed, with the answers found for its question. */
    /**
     * The console as typed. {@code q} is what staff search the answer book with (a word or two); {@code asked} is
     * the customer's question in their own words, which is what the log records (the search words when it is
     * left empty).
     */
    public record Console(String channel, String who, List<Caller> callers, Long residentId, String callerName,
            String callerPhone, String q, String asked, List<AnswerService.Published> results, String callbackDueAt,
            Map<String, String> errors, InquiryService.LogRow recorded) {

        public boolean phone() {
            return !InquiryChannel.DESK.name().equals(channel);
        }

        public boolean searched() {
            return q != null && !q.isBlank();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(Console form, List<InquiryService.LogRow> log, KnowledgeLabels labels);

        static native TemplateInstance console$form(Console form, KnowledgeLabels labels);

        static native TemplateInstance console$results(Console form, KnowledgeLabels labels);

        static native TemplateInstance console$callers(Console form);

        static native TemplateInstance console$log(List<InquiryService.LogRow> log, KnowledgeLabels labels);

        static native TemplateInstance report(InquiryService.Report report, KnowledgeLabels labels);
    }

    static final int MAX_CALLERS = 8;

    @Inject
    InquiryService inquiries;

    @Inject
    AnswerService answers;

    @Inject
    ResidentService residents;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance console(@QueryParam("channel") String channel, @QueryParam("q") String q) {
        Console form = new Console(channel == null ? InquiryChannel.PHONE.name() : channel, "", List.of(), null, "",
                "", q == null ? "" : q, "", search(q), inquiries.proposedCallback(), Map.of(), null);
        return Templates.console(form, inquiries.log(ui.lang()), labels());
    }

    /** The answers for the question as it is typed (an htmx fragment). */
    @GET
    @Path("answers")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance answers(@QueryParam("q") String q) {
        Console form = new Console(null, "", List.of(), null, "", "", q == null ? "" : q, "", search(q),
                inquiries.proposedCallback(), Map.of(), null);
        return Templates.console$results(form, labels());
    }

    /** The residents the caller may be, as their name, unit or phone digits are typed (an htmx fragment). */
    @GET
    @Path("callers")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance callers(@QueryParam("who") String who) {
        List<Caller> found = who == null || who.isBlank() ? List.of()
                : residents.search(who).stream().limit(MAX_CALLERS).map(InquiryResource::caller).toList();
        Console form = new Console(null, who == null ? "" : who, found, null, "", "", "", "", List.of(), "", Map.of(),
                null);
        return Templates.console$callers(form);
    }

    @GET
    @Path("log")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance log() {
        return Templates.console$log(inquiries.log(ui.lang()), labels());
    }

    /**
     * Records the inquiry: answered with the version whose button was tapped, a callback when the "call back"
     * button was, else answered without the book.
     */
    @POST
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    public Response record(@FormParam("channel") String channel, @FormParam("who") String who,
            @FormParam("residentId") String residentId, @FormParam("callerName") String callerName,
            @FormParam("callerPhone") String callerPhone, @FormParam("q") String q, @FormParam("asked") String asked,
            @FormParam("answerVersionId") String answerVersionId, @FormParam("outcome") String outcome,
            @FormParam("callbackDueAt") String callbackDueAt) {
        Long resident = id(residentId);
        Console typed = new Console(channel, who == null ? "" : who, resident == null ? List.of() : chosen(resident),
                resident, nullToEmpty(callerName), nullToEmpty(callerPhone), nullToEmpty(q), nullToEmpty(asked),
                search(q),
                callbackDueAt == null || callbackDueAt.isBlank() ? inquiries.proposedCallback() : callbackDueAt,
                Map.of(), null);
        boolean callback = InquiryOutcome.CALLBACK.name().equals(outcome);
        try {
            Long version = id(answerVersionId);
            if (version == null && !nullToEmpty(answerVersionId).isBlank()) {
                throw InvalidInput.of("answerVersionId",
                        Words.of(KnowledgeMessages.class, KnowledgeMessages::error_unknown_answer));
            }
            if (resident == null && !nullToEmpty(residentId).isBlank()) {
                throw InvalidInput.of("residentId",
                        Words.of(KnowledgeMessages.class, KnowledgeMessages::error_unknown_resident));
            }
            String question = asked == null || asked.isBlank() ? q : asked;
            InquiryService.LogRow recorded = inquiries.record(new InquiryService.NewInquiry(channel, question, version,
                    resident, null, callerName, callerPhone,
                    callback ? inquiries.parseLocal("callbackDueAt", callbackDueAt) : null), callback, ui.lang());
            if (!htmx.isRequest()) {
                return Response.seeOther(URI.create("/inquiries?channel=" + recorded.channel().name())).build();
            }
            Console fresh = new Console(recorded.channel().name(), "", List.of(), null, "", "", "", "", List.of(),
                    inquiries.proposedCallback(), Map.of(), recorded);
            // The log below the form refreshes itself on this event.
            return Response.ok(Templates.console$form(fresh, labels())).header("HX-Trigger", "inquiry-recorded")
                    .build();
        } catch (InvalidInput e) {
            Console refused = new Console(typed.channel(), typed.who(), typed.callers(), typed.residentId(),
                    typed.callerName(), typed.callerPhone(), typed.q(), typed.asked(), typed.results(),
                    typed.callbackDueAt(),
                    e.fieldErrors(ui.locale()), null);
            // htmx swaps only 2xx answers: the form comes back 200 with its messages next to the fields.
            if (htmx.isRequest()) {
                return Response.ok(Templates.console$form(refused, labels())).build();
            }
            return Response.status(400).entity(Templates.console(refused, inquiries.log(ui.lang()), labels())).build();
        }
    }

    @GET
    @Path("report")
    @RolesAllowed(Roles.SUPERVISOR)
    public TemplateInstance report() {
        return Templates.report(inquiries.report(ui.lang()), labels());
    }

    private List<AnswerService.Published> search(String q) {
        return q == null || q.isBlank() ? List.of() : answers.search(q, ui.lang());
    }

    /** The resident chosen before a refused form, offered again (when still one of the caller's sites). */
    private List<Caller> chosen(Long residentId) {
        try {
            return List.of(caller(residents.find(residentId)));
        } catch (jakarta.ws.rs.NotFoundException e) {
            return List.of();
        }
    }

    private static Caller caller(ResidentService.Summary summary) {
        return new Caller(summary.id(), summary.name(),
                String.join("、", summary.units().stream().map(ResidentService.UnitRef::label).toList()));
    }

    private static Caller caller(Resident resident) {
        return new Caller(resident.id, resident.name,
                String.join("、", resident.units.stream().map(u -> u.label).toList()));
    }

    private static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private KnowledgeLabels labels() {
        return KnowledgeLabels.of(ui.lang());
    }
}
