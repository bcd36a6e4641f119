package steward.billing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
public class AccountApi {

    @Inject
    AccountService accounts;

    @GET
    @Path("{unitId}/statement")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "The statement of a unit's account (費用明細表): balance, what is due, every line")
    public AccountService.Statement statement(@PathParam("unitId") Long unitId) {
        return accounts.statement(unitId);
    }
}
