package steward.billing;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;

@Path("/api/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
@RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
public class CardApi {

    @Inject
    InputRules rules;

    public record ReturnRequest(String refund) {
    }

    @Inject
    CardService cards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access or parking card to a resident of the unit after an ID check "
            + "(document type and last four characters only); charges the card fee and the deposit")
    public Response issue(CardService.NewCard input) {
        rules.body(input);
        CardService.View card = cards.issue(input);
        return Response.created(URI.create("/api/v1/cards/" + card.id())).entity(card).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A card")
    public CardService.View card(@PathParam("id") Long id) {
        return cards.get(id);
    }

    @POST
    @Path("{id}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a lost card: the old one is blocked, a new one issued for the replacement fee")
    @APIResponse(responseCode = "409", description = "The card is not in use: replaced, returned or blocked already")
    public Response replace(@PathParam("id") Long id, CardService.Replacement input) {
        CardService.View card = cards.replace(id, input);
        return Response.created(URI.create("/api/v1/cards/" + card.id())).entity(card).build();
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A card handed back: the deposit refunded as credit (refund=CREDIT) or in cash (refund=CASH)")
    @APIResponse(responseCode = "409", description = "The card is not in use: replaced, returned or blocked already")
    public CardService.View giveBack(@PathParam("id") Long id, ReturnRequest request) {
        return cards.giveBack(id, request == null ? null : request.refund());
    }
}
