package steward.center;

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
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;

/** Suggestions on a tablet: propose one, see them all; supervisors accept or decline with a reason. */
@Path("/suggestions")
@Produces(MediaType.TEXT_HTML)
public class SuggestionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suggestions(String state, List<Suggestion.State> states,
                List<SuggestionService.View> suggestions, FormState form);

        static native TemplateInstance suggestions$list(String state, List<SuggestionService.View> suggestions,
                FormState form);
    }

    @Inject
    SuggestionService suggestions;

    @Inject
    FormSteps steps;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance list(@QueryParam("state") String state) {
        Suggestion.State filter = suggestions.parseState(state);
        return Templates.suggestions(filter == null ? "" : filter.name(), List.of(Suggestion.State.values()),
                suggestions.list(filter), FormState.NONE);
    }

    @POST
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response propose(@FormParam("title") String title, @FormParam("body") String body) {
        return step("propose", FormState.typed("title", title, "body", body),
                () -> suggestions.propose(new SuggestionService.NewSuggestion(title, body)));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response accept(@PathParam("id") Long id, @FormParam("reason") String reason) {
        return step("suggestion-" + id, FormState.typed("reason", reason),
                () -> suggestions.accept(id, new SuggestionService.Decision(reason)));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response decline(@PathParam("id") Long id, @FormParam("reason") String reason) {
        return step("suggestion-" + id, FormState.typed("reason", reason),
                () -> suggestions.decline(id, new SuggestionService.Decision(reason)));
    }

    @POST
    @Path("{id}/done")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response done(@PathParam("id") Long id) {
        return step("suggestion-" + id, Map.of(), () -> suggestions.done(id));
    }

    /** Runs one step and answers with the list re-rendered. */
    private Response step(String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/suggestions",
                form -> Templates.suggestions$list("", suggestions.list(null), form),
                form -> Templates.suggestions("", List.of(Suggestion.State.values()), suggestions.list(null), form));
    }
}
