package steward.calendar;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;

@Path("/api/v1/sites/{id}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working calendar")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
public class CalendarApi {

    @Inject
    CalendarService calendars;

    @GET
    @Operation(summary = "The site's working hours per weekday, holidays and make-up working days, whether the "
            + "promise figures count working time, whether the site works now and from when")
    public CalendarService.View get(@PathParam("id") Long id) {
        return calendars.view(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Replace the site's calendar (supervisors). No hours at all: the site works around the clock")
    @APIResponse(responseCode = "400", description = "A field refused (application/problem+json naming it): a time "
            + "not HH:mm, an end before its start, overlapping stretches, a date listed twice")
    public CalendarService.View put(@PathParam("id") Long id, @Valid @NotNull CalendarService.Calendar input) {
        return calendars.replace(id, input);
    }

    @POST
    @Path("days")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Import holidays and make-up working days from a CSV file (the DGPA's 辦公日曆表, or "
            + "date,name[,補班] lines); dryRun=true (the default) only reports what would change and each refused line")
    @RequestBody(description = "The file's bytes (UTF-8 or Big5)")
    @APIResponse(responseCode = "409", description = "The site has no working hours yet")
    public CalendarService.ImportReport importDays(@PathParam("id") Long id,
            // Text, not a boolean: JAX-RS reads anything but "true" as false, and a mistyped dry run would import.
            @QueryParam("dryRun") @DefaultValue("true") @Parameter(schema = @Schema(enumeration = { "true", "false" }))
            @Pattern(regexp = "true|false", message = "{steward.choice}") String dryRun,
            byte[] file) {
        return calendars.importDays(id, file, Boolean.parseBoolean(dryRun));
    }

    @GET
    @Path("due")
    @Operation(summary = "The due time of a promise made now for \"within N hours\": counted in working time where "
            + "the site keeps a calendar (dueAt), beside the wall clock's (wallClock)")
    @APIResponse(responseCode = "400", description = "withinHours missing or not 1 to 72")
    public CalendarService.Due due(@PathParam("id") Long id,
            @QueryParam("withinHours") @NotNull(message = "{steward.required}")
            @Min(value = 1, message = "{steward.range}") @Max(value = 72, message = "{steward.range}") Integer withinHours) {
        return calendars.due(id, withinHours);
    }
}
