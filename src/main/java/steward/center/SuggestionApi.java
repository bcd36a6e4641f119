package steward.center;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
public class SuggestionApi {

    @Inject
    InputRules rules;

    @Inject
    SuggestionService suggestions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a better way of working (title, body)")
    public Response propose(SuggestionService.NewSuggestion input) {
        Suggestion suggestion = suggestions.propose(rules.body(input));
        return Response.created(URI.create("/api/v1/suggestions/" + suggestion.id))
                .entity(suggestions.view(suggestion.id)).build();
    }

    @GET
    @Operation(summary = "Suggestions of the caller's sites, newest first, optionally in one state (PROPOSED, "
            + "ACCEPTED, DECLINED, DONE)")
    public List<SuggestionService.View> list(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = Suggestion.State.class)) String state) {
        return suggestions.list(suggestions.parseState(state));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One suggestion")
    public SuggestionService.View detail(@PathParam("id") Long id) {
        return suggestions.view(id);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Accept with a reason (supervisors); the proposer is told; 409 unless proposed")
    public SuggestionService.View accept(@PathParam("id") Long id, SuggestionService.Decision input) {
        suggestions.accept(id, rules.body(input));
        return suggestions.view(id);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Decline with a reason (supervisors); the proposer is told; 409 unless proposed")
    @APIResponse(responseCode = "409", description = "The suggestion is not proposed")
    public SuggestionService.View decline(@PathParam("id") Long id, SuggestionService.Decision input) {
        suggestions.decline(id, rules.body(input));
        return suggestions.view(id);
    }

    @POST
    @Path("{id}/done")
    @Operation(summary = "An accepted suggestion put into practice (a supervisor or the proposer); 409 unless accepted")
    @APIResponse(responseCode = "409", description = "The suggestion is not accepted")
    public SuggestionService.View done(@PathParam("id") Long id) {
        suggestions.done(id);
        return suggestions.view(id);
    }
}
