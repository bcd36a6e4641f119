package steward.security;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail for supervisors: who viewed or revealed which resident's file, when and why. */
@Path("/")
public class AuditResource {

    static final int PAGE_SIZE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEvent> events, Long residentId, Map<Long, String> names);
    }

    @Inject
    AuditTrail audit;

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance page(@QueryParam("residentId") Long residentId) {
        List<AuditEvent> events = audit.recent(residentId, PAGE_SIZE);
        return Templates.audit(events, residentId, audit.residentNames(events));
    }
}
