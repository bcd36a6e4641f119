package steward.center;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.InvalidInput;

@Path("/api/v1/on-call")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call")
public class OnCallApi {

    @Inject
    InputRules rules;

    @Inject
    OnCallService onCall;

    /** The roster of a window, and who is on call right now. */
    public record RosterAndNow(OnCallService.Roster roster, OnCallService.Now now) {
    }

    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The current site's roster from..to (ISO instants; the next 7 days when omitted), the gaps "
            + "nobody covers first, and who is on call now")
    public RosterAndNow roster(@QueryParam("from") String from, @QueryParam("to") String to) {
        return new RosterAndNow(onCall.roster(instant(from, "from"), instant(to, "to")), onCall.now());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Replace the shifts starting in [from, to) by the given ones (supervisors): each a site staff "
            + "member, PRIMARY or BACKUP, a phone (else their account's), startsAt < endsAt")
    public RosterAndNow replace(OnCallService.RosterUpdate input) {
        rules.body(input);
        return new RosterAndNow(onCall.replace(input), onCall.now());
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(field, InputRules.said("steward.instant"));
        }
    }
}
