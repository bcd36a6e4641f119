package steward.security;

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

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditApi {

    @Inject
    AuditTrail audit;

    @Inject
    steward.web.UiContext ui;

    /**
     * A line of the trail: {@code detail} in the caller's language (Accept-Language) and the site's zone, from
     * {@code detailText}, what was stored as data (absent on lines from before, whose detail is as stored).
     */
    public record AuditLine(Long id, java.time.Instant occurredAt, String actor, Long siteId, Long residentId,
            String action, String reason, String detail, steward.web.StoredText detailText) {
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Audit events of the caller's sites, newest first (at most 200), filtered by actor,"
            + " resident, action and the site's days from/to (2026-11-27, both included)")
    public List<AuditLine> events(@QueryParam("actor") String actor, @QueryParam("residentId") String residentId,
            @QueryParam("action") @Parameter(schema = @Schema(implementation = AuditAction.class)) String action,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return audit.search(audit.parseFilter(actor, residentId, action, from, to), AuditResource.PAGE_SIZE).stream()
                .map(e -> new AuditLine(e.id, e.occurredAt, e.actor, e.siteId, e.residentId, e.action, e.reason,
                        ui.text(e.detailText, e.detail), e.detailText))
                .toList();
    }
}
