package steward.reception;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reception: visitors")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class VisitApi {

    @Inject
    InputRules rules;

    @Inject
    VisitService visits;

    @Inject
    CallService calls;


    public record HostResponse(@Schema(required = true, enumeration = { "CONFIRMED", "ASKED_TO_WAIT", "ABSENT",
            "DECLINED" }) String outcome) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a visitor at the tablet's site before contacting the host (a host resident or a unit "
            + "is required); arranged: whether the visit was arranged with the host; expectedAt: an arranged visit "
            + "registered before the visitor comes (status EXPECTED until they arrive)")
    public Response register(VisitService.NewVisit input) {
        rules.body(input);
        VisitService.View created = visits.register(input, new InvalidInput.Collector());
        return Response.created(URI.create("/api/v1/visits/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One visit, with the phrase of the step it is at")
    public VisitService.View get(@PathParam("id") Long id) {
        return visits.view(id);
    }

    @POST
    @Path("{id}/host-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the host's answer: CONFIRMED, ASKED_TO_WAIT, ABSENT or DECLINED (409 when the visit has moved on)")
    @APIResponse(responseCode = "409", description = "The visit has moved on")
    public VisitService.View respond(@PathParam("id") Long id, HostResponse input) {
        return visits.respond(id, input == null ? null : input.outcome());
    }

    @POST
    @Path("{id}/arrived")
    @Operation(summary = "An expected visitor has come: registered now, the host to be contacted (409 when the visit "
            + "was not expected)")
    @APIResponse(responseCode = "409", description = "The visit was not expected")
    public VisitService.View arrived(@PathParam("id") Long id) {
        return visits.arrive(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "An expected visitor did not come (409 when the visit was not expected)")
    public VisitService.View cancel(@PathParam("id") Long id) {
        return visits.cancel(id);
    }

    @POST
    @Path("{id}/tea")
    @Operation(summary = "Record that a visitor waiting in the lobby was served tea")
    @APIResponse(responseCode = "409", description = "The visitor is not waiting in the lobby")
    public VisitService.View serveTea(@PathParam("id") Long id) {
        return visits.serveTea(id);
    }

    @POST
    @Path("{id}/checkout")
    @Operation(summary = "See the visitor off: status LEFT, with the time")
    @APIResponse(responseCode = "409", description = "The visitor has left already, or never arrived")
    public VisitService.View checkOut(@PathParam("id") Long id) {
        return visits.checkOut(id);
    }

    @GET
    @Operation(summary = "The visits registered on a day (default today, in the site's time zone), optionally of one status")
    public List<VisitService.View> list(@QueryParam("date") String date,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = VisitStatus.class)) String status) {
        LocalDate day = TypedDates.day(date, "date");
        return visits.day(day == null ? calls.today() : day, visits.parseStatus(status));
    }

    @GET
    @Path("known-visitor")
    @Operation(summary = "The name an earlier visitor gave with this phone, at the tablet's site (404 when none)")
    @APIResponse(responseCode = "404", description = "No visitor gave this phone at the tablet's site")
    public Map<String, String> knownVisitor(@QueryParam("phone") String phone) {
        return visits.knownVisitorName(phone).map(name -> Map.of("visitorName", name))
                .orElseThrow(NotFoundException::new);
    }

}
