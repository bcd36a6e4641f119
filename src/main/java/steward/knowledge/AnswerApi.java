package steward.knowledge;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
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
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.UiContext;

@Path("/api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Answer book")
@RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
public class AnswerApi {

    @Inject
    InputRules rules;

    /** A new answer or version: texts by language tag (zh-Hant required; zh-Hans and en optional). */
    public record DraftInput(@Schema(required = true, implementation = AnswerCategory.class) String category, List<String> keywords, List<String> synonyms,
            @Schema(description = "Required, with zh-Hant's question and body (refused naming question and body; "
                    + "question_en, body_zh-Hans for the others): the question and answer by language tag: zh-Hant, "
                    + "and zh-Hans and en where written", example = "{\"zh-Hant\": {\"question\": \"垃圾幾點收?\", "
                    + "\"body\": \"每晚七點半在一樓收。\"}}") Map<String, AnswerService.Text> texts,
            Long fromInquiryId) {
    }

    /** What a supervisor approves: the draft they read, and the review date if not the default. */
    @RegisterForReflection
    public record Approval(Long versionId, LocalDate reviewDueOn) {
    }

    @Inject
    AnswerService answers;

    @Inject
    UiContext ui;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "Search the published answers (1–2 Chinese characters, keywords and synonyms included), "
            + "best first, in the caller's language")
    public List<AnswerService.Published> search(@QueryParam("q") String query) {
        return query == null || query.isBlank() ? List.of() : answers.search(query, ui.lang());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
    @Operation(summary = "The published version of an answer, in the caller's language")
    public AnswerService.Published published(@PathParam("id") Long id) {
        return answers.published(id, ui.lang());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new answer: its first version is a draft awaiting a supervisor's approval")
    public Response create(DraftInput input) {
        AnswerVersion version = answers.create(draft(input));
        return Response.created(URI.create("/api/v1/answers/" + version.answerId + "/versions"))
                .entity(AnswerService.view(version)).build();
    }

    @GET
    @Path("{id: \\d+}/versions")
    @Operation(summary = "Every version of an answer, newest first, with who wrote and who approved it")
    public List<AnswerService.VersionView> versions(@PathParam("id") Long id) {
        return answers.versions(id);
    }

    @POST
    @Path("{id: \\d+}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an answer: a new version, a draft; the published version stays until it is approved")
    public Response revise(@PathParam("id") Long id, DraftInput input) {
        AnswerVersion version = answers.revise(id, draft(input));
        return Response.created(URI.create("/api/v1/answers/" + version.answerId + "/versions"))
                .entity(AnswerService.view(version)).build();
    }

    @POST
    @Path("{id: \\d+}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve the answer's draft, which publishes it (409 when no draft awaits approval, or "
            + "versionId is not the draft awaiting it); the review is due 180 days later unless reviewDueOn says")
    @APIResponse(responseCode = "409", description = "No draft awaits approval, or versionId is not the draft awaiting it")
    public AnswerService.VersionView approve(@PathParam("id") Long id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Approval.class))) String body) throws JsonProcessingException {
        // The body is optional (a bare POST approves the draft awaiting approval), which a typed JSON parameter
        // would refuse as empty input.
        Approval approval = body == null || body.isBlank() ? new Approval(null, null)
                : json.readValue(body, Approval.class);
        return AnswerService.view(answers.approve(id, approval.versionId(), approval.reviewDueOn()));
    }

    @POST
    @Path("{id: \\d+}/reviewed")
    @Operation(summary = "The owner or a supervisor confirms the published answer is still right; the next review "
            + "is due 180 days later")
    public AnswerService.Published reviewed(@PathParam("id") Long id) {
        answers.markReviewed(id);
        return answers.published(id, ui.lang());
    }

    @GET
    @Path("review-due")
    @Operation(summary = "Published answers due for review: all of the site's for supervisors, their own for owners")
    public List<AnswerService.BookRow> reviewDue() {
        return answers.dueForReview(ui.lang());
    }

    private AnswerService.Draft draft(DraftInput input) {
        rules.body(input);
        return new AnswerService.Draft(input.category(), input.keywords(), input.synonyms(),
                input.texts() == null ? Map.of() : input.texts(), input.fromInquiryId());
    }
}
