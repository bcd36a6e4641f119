package steward.lending;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.web.Enums;
import steward.web.UiContext;
import steward.web.InputRules;

@Path("/api/v1/loans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lending")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class LoanApi {

    @Inject
    LoanService loans;

    @Inject
    UiContext ui;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lend an item: kind, description, the borrower (a resident of the site, or a named visitor, "
            + "contractor or colleague), an ID held (type and last four characters) and/or a cash deposit (cashiers "
            + "only, into their drawer), and when it is due back")
    @APIResponse(responseCode = "201", description = "Lent")
    @APIResponse(responseCode = "400", description = "A field refused (application/problem+json naming it)")
    @APIResponse(responseCode = "409", description = "The cashier's day is closed")
    public Response lend(@Valid @NotNull LoanService.NewLoan input) {
        Loan loan = loans.lend(input);
        return Response.created(URI.create("/api/v1/loans/" + loan.id)).entity(loans.view(loan.id)).build();
    }

    @GET
    @Operation(summary = "Loans of the caller's sites: OUT (the default, overdue included), OVERDUE or RETURNED")
    @APIResponse(responseCode = "400", description = "An unknown state")
    public List<LoanService.View> list(@QueryParam("state") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { "OUT", "OVERDUE", "RETURNED" })) String state) {
        return loans.list(filter(state));
    }

    @GET
    @Path("ids-held")
    @Operation(summary = "The IDs the desk holds as deposits now, oldest first")
    public List<LoanService.View> idsHeld() {
        return loans.idsHeld();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One loan with its custody trail")
    @APIResponse(responseCode = "404", description = "No such loan in the caller's sites")
    public LoanService.Detail detail(@PathParam("id") Long id) {
        LoanService.Detail detail = loans.detail(id);
        // Each step's detail in the caller's language; a step without one (a reminder sent) stays without.
        return new LoanService.Detail(detail.loan(), detail.custody().stream()
                .map(e -> e.worded(e.detailText() == null ? null : ui.text(e.detailText()))).toList());
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The item is back: who returned it and their signature (a PNG data URL from the pad); the ID "
            + "held is handed back and a cash deposit paid back (by a cashier) in the same step")
    @APIResponse(responseCode = "409", description = "Returned already, or a cash deposit that only a cashier pays back")
    public LoanService.View giveBack(@PathParam("id") Long id, @Valid @NotNull LoanService.Return input) {
        loans.giveBack(id, input);
        return loans.view(id);
    }

    @POST
    @Path("{id}/id-missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "A supervisor notes that the ID held cannot be found, with what happened")
    @APIResponse(responseCode = "409", description = "No ID held for this loan, or it was handed back")
    public LoanService.View idMissing(@PathParam("id") Long id, @Valid @NotNull LoanService.IdMissing input) {
        loans.idMissing(id, input);
        return loans.view(id);
    }

    static LoanService.Filter filter(String state) {
        return Enums.parseOrRefuse(LoanService.Filter.class, state, LoanService.Filter.OUT, "state",
                InputRules.said("steward.one_of", "OUT, OVERDUE, RETURNED"));
    }
}
