package steward.telephony;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import steward.security.Roles;
import steward.security.SiteScope;

/** The site's phone system (PBX) reports its calls here, signed in by the site's token. */
@Path("/api/v1/telephony/{siteCode}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reception: phone system")
@SecurityScheme(securitySchemeName = "phoneSystemToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token issued by POST /api/v1/sites/{id}/telephony-token")
public class TelephonyApi {

    @Inject
    PhoneEvents events;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PHONE_SYSTEM)
    @SecurityRequirement(name = "phoneSystemToken")
    @Operation(summary = "An event of a call: newCall (callId, from, to, direction in|out) when it rings, answer "
            + "(user: the extension or username) when picked up, hangup (cause) when it ends; at is the phone "
            + "system's ISO-8601 time of the event (default: now). Idempotent by callId and event; events may come "
            + "in any order. The answer says how Steward sees the call (duplicate: the event was already known)")
    @APIResponse(responseCode = "200", description = "The event is recorded (or was already)")
    @APIResponse(responseCode = "400", description = "A field refused: application/problem+json naming it")
    @APIResponse(responseCode = "401", description = "No token, or not this site's token")
    public PhoneEvents.Answer post(@PathParam("siteCode") String siteCode, @Valid @NotNull PhoneEvent event) {
        return events.receive(identity.getAttribute(SiteScope.ONE_SITE), event);
    }
}
