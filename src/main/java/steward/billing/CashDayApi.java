package steward.billing;

import java.time.LocalDate;
import java.util.List;

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
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.InvalidInput;
import steward.web.Messages;
import steward.web.TypedDates;
import steward.web.Words;

@Path("/api/v1/cash-days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
@RolesAllowed({ Roles.CASHIER })
public class CashDayApi {

    @Inject
    CashCloseService closes;

    @Inject
    StaffContext staff;

    @Inject
    Desk desk;

    @GET
    @Path("{date}")
    @Operation(summary = "The caller's cash of a day: received, change, refunds, expected, and the close if any")
    public CashCloseService.CashDay mine(@PathParam("date") String date) {
        return closes.day(staff.username(), date(date));
    }

    @GET
    @Path("{date}/closes")
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Every cashier's close of a day, for the supervisor's sign-off")
    public List<CashCloseService.CashDay> closes(@PathParam("date") String date) {
        return closes.closes(date(date));
    }

    @POST
    @Path("{date}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the caller's cash of a day with the counted cash; a difference needs a note")
    @APIResponse(responseCode = "409", description = "The caller's cash of that day is closed already")
    public CashCloseService.CashDay close(@PathParam("date") String date, CashCloseService.CloseRequest request) {
        return closes.close(date(date), request);
    }

    @POST
    @Path("{date}/closes/{cashier}/sign-off")
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "A supervisor signs a cashier's close off")
    @APIResponse(responseCode = "409", description = "The close is signed off already")
    public CashCloseService.CashDay signOff(@PathParam("date") String date, @PathParam("cashier") String cashier) {
        return closes.signOff(cashier, date(date));
    }

    private LocalDate date(String text) {
        LocalDate day = TypedDates.day(text, "date");
        if (day == null) {
            throw InvalidInput.of("date", Words.of(Messages.class, Messages::error_date));
        }
        return day;
    }
}
