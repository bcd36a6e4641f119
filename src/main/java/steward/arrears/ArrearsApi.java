package steward.arrears;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;

@Path("/api/v1/arrears")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
public class ArrearsApi {

    @Inject
    ArrearsService arrears;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "Units of the caller's sites in arrears: overdue amount by age, oldest due date, open case; "
            + "at least minDays overdue, in one building, sorted by AMOUNT (default) or AGE; at most 200")
    public List<ArrearsService.Row> list(@QueryParam("minDays") String minDays,
            @QueryParam("buildingId") String buildingId, @QueryParam("sort") String sort) {
        return arrears.list(arrears.filter(minDays, buildingId, sort));
    }
}
