package steward.knowledge;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import steward.resident.Site;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.Languages;
import steward.web.TypedDates;
import steward.web.UiContext;

/** The answer book's pages: the list, an answer with its versions, the editor, approval and review. */
@Path("/answers")
@Produces(MediaType.TEXT_HTML)
public class AnswerResource {

    /** The editor's fields as typed, so that a refused form comes back as the writer left it. */
    public record Editor(Long answerId, Long fromInquiryId, String category, String keywords, String synonyms,
            Map<String, AnswerService.Text> texts, Map<String, String> errors) {

        public String question(String language) {
            AnswerService.Text text = texts.get(language);
            return text == null || text.question() == null ? "" : text.question();
        }

        public String body(String language) {
            AnswerService.Text text = texts.get(language);
            return text == null || text.body() == null ? "" : text.body();
        }

        public String questionField(String language) {
            return AnswerService.field("question", language);
        }

        public String bodyField(String language) {
            return AnswerService.field("body", language);
        }

        public String action() {
            return answerId == null ? "/answers" : "/answers/" + answerId + "/versions";
        }
    }

    /** An answer's page: its versions newest first, and what the viewer may do with it. */
    public record Page(Long answerId, String owner, String ownerName, String reviewDueOn, boolean reviewDue,
            List<AnswerService.VersionView> versions, Map<String, String> names, boolean canApprove,
            boolean canMarkReviewed) {

        public String name(String username) {
            return username == null ? "" : names.getOrDefault(username, username);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance book(List<AnswerService.BookRow> rows, KnowledgeLabels labels);

        static native TemplateInstance answer(Page page, KnowledgeLabels labels);

        static native TemplateInstance editor(Editor editor, KnowledgeLabels labels);

        static native TemplateInstance editor$form(Editor editor, KnowledgeLabels labels);

        static native TemplateInstance review(List<AnswerService.BookRow> rows, KnowledgeLabels labels);
    }

    @Inject
    AnswerService answers;

    @Inject
    InquiryService inquiries;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance book() {
        return Templates.book(answers.book(ui.lang()), labels());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance answer(@PathParam("id") Long id) {
        Answer answer = answers.find(id);
        List<AnswerService.VersionView> versions = answers.versions(id);
        List<String> people = new ArrayList<>();
        people.add(answer.owner);
        versions.forEach(v -> {
            people.add(v.writtenBy());
            people.add(v.approvedBy());
        });
        Map<String, String> names = InquiryService.staffNames(people);
        boolean supervisor = staff.hasRole(Roles.SUPERVISOR);
        boolean due = answer.reviewDueAt != null && !answer.reviewDueAt.isAfter(clock.instant());
        String reviewDueOn = answer.reviewDueAt == null ? null
                : LocalDate.ofInstant(answer.reviewDueAt, Site.<Site>findById(answer.siteId).zone()).toString();
        Page page = new Page(answer.id, answer.owner, names.getOrDefault(answer.owner, answer.owner), reviewDueOn,
                due, versions, names, supervisor,
                answer.publishedVersionId != null && (supervisor || staff.username().equals(answer.owner)));
        return Templates.answer(page, labels());
    }

    @GET
    @Path("new")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance create(@QueryParam("fromInquiry") Long fromInquiry) {
        Map<String, AnswerService.Text> texts = new LinkedHashMap<>();
        Inquiry source = inquiries.find(fromInquiry);
        if (source != null) {
            texts.put(Languages.TRADITIONAL, new AnswerService.Text(source.question, ""));
        }
        Editor editor = new Editor(null, source == null ? null : source.id, AnswerCategory.OTHER.name(), "", "",
                texts, Map.of());
        return Templates.editor(editor, labels());
    }

    @POST
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response createDraft(MultivaluedMap<String, String> form) {
        Editor typed = editor(null, form);
        try {
            AnswerVersion version = answers.create(draft(typed));
            return saved(version.answerId);
        } catch (InvalidInput e) {
            return refused(typed, e);
        }
    }

    @GET
    @Path("{id: \\d+}/edit")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance edit(@PathParam("id") Long id) {
        AnswerVersion latest = answers.latest(id);
        Map<String, AnswerService.Text> texts = new LinkedHashMap<>();
        latest.texts.forEach((language, text) -> texts.put(language, new AnswerService.Text(text.question, text.bodyHtml)));
        Editor editor = new Editor(id, null, latest.category.name(), String.join("、", latest.keywords),
                String.join("、", latest.synonyms), texts, Map.of());
        return Templates.editor(editor, labels());
    }

    @POST
    @Path("{id: \\d+}/versions")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response revise(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        answers.find(id);
        Editor typed = editor(id, form);
        try {
            answers.revise(id, draft(typed));
            return saved(id);
        } catch (InvalidInput e) {
            return refused(typed, e);
        }
    }

    @POST
    @Path("{id: \\d+}/approve")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response approve(@PathParam("id") Long id, @FormParam("versionId") Long versionId,
            @FormParam("reviewDueOn") String reviewDueOn) {
        answers.approve(id, versionId, TypedDates.day(reviewDueOn, "reviewDueOn"));
        return redirect("/answers/" + id);
    }

    @POST
    @Path("{id: \\d+}/reviewed")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response reviewed(@PathParam("id") Long id, @FormParam("back") String back) {
        answers.markReviewed(id);
        return redirect("review".equals(back) ? "/answers/review" : "/answers/" + id);
    }

    @GET
    @Path("review")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public TemplateInstance review() {
        return Templates.review(answers.dueForReview(ui.lang()), labels());
    }

    private Response saved(Long answerId) {
        return redirect("/answers/" + answerId);
    }

    /** After a change, the page to show: htmx follows HX-Redirect (a 303 would reach it as a cross-site jump). */
    private Response redirect(String page) {
        if (htmx.isRequest()) {
            return Response.ok().header("HX-Redirect", page).build();
        }
        return Response.seeOther(URI.create(page)).build();
    }

    private Response refused(Editor typed, InvalidInput e) {
        Editor withErrors = new Editor(typed.answerId(), typed.fromInquiryId(), typed.category(), typed.keywords(),
                typed.synonyms(), typed.texts(), e.fieldErrors(ui.locale()));
        // htmx swaps only 2xx answers: the form comes back 200 with its messages next to the fields.
        if (htmx.isRequest()) {
            return Response.ok(Templates.editor$form(withErrors, labels())).build();
        }
        return Response.status(400).entity(Templates.editor(withErrors, labels())).build();
    }

    private static Editor editor(Long answerId, MultivaluedMap<String, String> form) {
        Map<String, AnswerService.Text> texts = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            texts.put(language, new AnswerService.Text(form.getFirst(AnswerService.field("question", language)),
                    form.getFirst(AnswerService.field("body", language))));
        }
        Long fromInquiry = null;
        String from = form.getFirst("fromInquiryId");
        if (from != null && from.matches("\\d{1,18}")) {
            fromInquiry = Long.valueOf(from);
        }
        return new Editor(answerId, fromInquiry, form.getFirst("category"), nullToEmpty(form.getFirst("keywords")),
                nullToEmpty(form.getFirst("synonyms")), texts, Map.of());
    }

    private static AnswerService.Draft draft(Editor typed) {
        return new AnswerService.Draft(typed.category(), AnswerService.splitWords(typed.keywords()),
                AnswerService.splitWords(typed.synonyms()), typed.texts(), typed.fromInquiryId());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private KnowledgeLabels labels() {
        return KnowledgeLabels.of(ui.lang());
    }
}
