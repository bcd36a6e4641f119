package steward.security;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.Problem;

/**
 * Staff accounts for administrators (the path {@code /api/v1/accounts} is a unit's account of the cashier).
 * Refusals: 400 with the fields named, 404 for an account of no site of the administrator's, 409 for a step the
 * account's state does not allow (the last administrator, a single sign-on account's token-given roles).
 */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff accounts")
public class StaffApi {

    @Inject
    StaffService staff;

    @GET
    @Operation(summary = "The staff accounts of the administrator's sites, local and single sign-on")
    public List<StaffService.View> list() {
        return staff.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One staff account")
    @APIResponse(responseCode = "404", description = "No such account in the administrator's sites",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffService.View get(@PathParam("username") String username) {
        return staff.get(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a local account with its roles and sites")
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    @APIResponse(responseCode = "400", description = "A field refused (each named, with the reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "{steward.required}") StaffService.NewStaff input) {
        StaffService.View created = staff.create(input);
        return Response.created(URI.create("/api/v1/staff/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a local account's name, contact, roles and sites")
    @APIResponse(responseCode = "400", description = "A field refused (each named, with the reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The last administrator would lose the role, or the account "
            + "signs in through the identity provider (its roles and sites come from its tokens)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffService.View update(@PathParam("username") String username,
            @Valid @NotNull(message = "{steward.required}") StaffService.StaffChange change) {
        return staff.update(username, change);
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable the account: its sessions end at once")
    @APIResponse(responseCode = "409", description = "The last administrator, or the administrator's own account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffService.View disable(@PathParam("username") String username) {
        return staff.disable(username);
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable the account again")
    public StaffService.View enable(@PathParam("username") String username) {
        return staff.enable(username);
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Reset a local account's password: a temporary password (shown once) that the user "
            + "replaces at the next sign-in; the account's sessions end")
    @APIResponse(responseCode = "409", description = "A single sign-on account has no password here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffService.Reset resetPassword(@PathParam("username") String username) {
        return staff.resetPassword(username);
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift the account's sign-in lock-outs (after too many failed sign-ins)")
    public StaffService.View unlock(@PathParam("username") String username) {
        return staff.unlock(username);
    }
}
