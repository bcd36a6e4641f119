package steward.reception;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import steward.web.TypedDates;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reception: phone calls")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class CallApi {

    @Inject
    InputRules rules;

    @Inject
    CallService calls;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a call: the caller is matched to a resident by phone; a CALLBACK_PROMISED outcome needs callbackWhat and callbackDueAt and becomes a promise")
    public Response record(CallService.NewCall input) {
        rules.body(input);
        CallService.View created = calls.record(input);
        return Response.created(URI.create("/api/v1/calls/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call")
    public CallService.View get(@PathParam("id") Long id) {
        return calls.view(id);
    }

    @GET
    @Operation(summary = "The calls of a day (default today, in the site's time zone), latest first")
    public List<CallService.View> list(@QueryParam("date") String date) {
        return calls.day(day(date));
    }

    @GET
    @Path("summary")
    @Operation(summary = "The day's calls and the share answered within three rings")
    public CallService.Summary summary(@QueryParam("date") String date) {
        return calls.summary(day(date));
    }

    private LocalDate day(String date) {
        LocalDate day = TypedDates.day(date, "date");
        return day == null ? calls.today() : day;
    }
}
