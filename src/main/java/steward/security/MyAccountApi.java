package steward.security;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import steward.web.Problem;

/** The caller's own sessions and password. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "My account")
public class MyAccountApi {

    /** A new password; the current one is needed unless an administrator's reset requires the change. */
    public record PasswordChange(@Size(max = 200, message = "{steward.too_long}") String currentPassword,
            @NotNull(message = "{steward.required}") @Size(max = 200, message = "{steward.too_long}") String newPassword) {
    }

    @Inject
    MyAccount me;

    @GET
    @Path("sessions")
    @Operation(summary = "The caller's sessions in force (signed-in devices), the one asking marked current")
    public List<MyAccount.Session> sessions() {
        return me.sessions();
    }

    @POST
    @Path("sessions/{id}/end")
    @Operation(summary = "End one of the caller's sessions: that device must sign in again")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such session of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void end(@PathParam("id") long id) {
        me.end(id);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password (at least 12 characters, not containing the username); "
            + "the caller's other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong, or the new one is refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void changePassword(@Valid @NotNull(message = "{steward.required}") PasswordChange change) {
        me.changePassword(change.currentPassword(), change.newPassword());
    }
}
