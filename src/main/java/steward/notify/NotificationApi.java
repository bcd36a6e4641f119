package steward.notify;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationApi {

    static final int PAGE_SIZE = 500;

    @Inject
    NotificationService notifications;


    public record View(Long id, String businessKey, NotificationChannel channel, String recipient, String address,
            String language, String subject, String body, NotificationState state, int attempts,
            Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        static View of(Notification n) {
            return new View(n.id, n.businessKey, n.channel, n.recipient, n.shownAddress(), n.language, n.subject, n.body,
                    n.state, n.attempts, n.nextAttemptAt, n.lastError, n.createdAt, n.sentAt);
        }
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The outbox of the caller's sites, newest first: PENDING, SENT, FAILED (retrying) or DEAD")
    public List<View> outbox(
            @QueryParam("state") @Parameter(schema = @Schema(implementation = NotificationState.class)) String state) {
        return notifications.outbox(NotificationResource.parseState(state), PAGE_SIZE).stream()
                .map(View::of).toList();
    }
}
