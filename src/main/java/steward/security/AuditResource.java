package steward.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.FormState;
import steward.web.InvalidInput;
import steward.web.SpreadsheetText;
import steward.web.UiContext;

/**
 * The audit browser for supervisors: who viewed, revealed, exported or erased which resident's data, and the
 * retention runs; filtered by actor, resident, action and date, and exported as CSV (itself audited).
 */
@Path("/")
public class AuditResource {

    static final int PAGE_SIZE = 200;
    /** An export is a file for one question, not a copy of the whole trail. */
    static final int CSV_LIMIT = 10_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEvent> events, Map<Long, String> names, FormState form,
                String query, List<AuditAction> actions);
    }

    @Inject
    AuditTrail audit;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    StaffNames names;

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Response page(@QueryParam("actor") String actor, @QueryParam("residentId") String residentId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, String> typed = typed(actor, residentId, action, from, to);
        String query = query(typed);
        try {
            List<AuditEvent> events = audit.search(audit.parseFilter(actor, residentId, action, from, to), PAGE_SIZE);
            return Response.ok(Templates.audit(events, audit.residentNames(events),
                    new FormState("filter", typed, Map.of(), null), query, List.of(AuditAction.values()))).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.audit(List.of(), Map.of(),
                    FormState.refused("filter", typed, e, ui.locale()), "", List.of(AuditAction.values()))).build();
        }
    }

    /** The filtered trail as CSV (UTF-8 with a byte order mark, so spreadsheets read the Chinese). */
    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    public Response csv(@QueryParam("actor") String actor, @QueryParam("residentId") String residentId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditTrail.Filter filter = audit.parseFilter(actor, residentId, action, from, to);
        List<AuditEvent> events = audit.search(filter, CSV_LIMIT);
        audit.record(AuditAction.EXPORT_AUDIT, staff.currentSiteId(), filter.residentId(),
                "csv " + query(typed(actor, residentId, action, from, to)) + " (" + events.size() + " events)");
        StringBuilder csv = new StringBuilder("\uFEFFtime,actor,actor_name,action,resident_id,reason,detail\r\n");
        for (AuditEvent e : events) {
            csv.append(cell(ui.time(e.occurredAt))).append(',').append(cell(e.actor)).append(',')
                    .append(cell(names.of(e.actor))).append(',')
                    .append(cell(e.action)).append(',').append(e.residentId == null ? "" : e.residentId).append(',')
                    .append(cell(e.reason)).append(',').append(cell(ui.text(e.detailText, e.detail))).append("\r\n");
        }
        return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    /**
     * A CSV cell: quoted, quotes doubled, and a leading = + - @ neutralised ({@link SpreadsheetText}) so that a
     * spreadsheet never runs a reason someone typed as a formula.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return '"' + SpreadsheetText.neutralise(value).replace("\"", "\"\"") + '"';
    }

    private static Map<String, String> typed(String actor, String residentId, String action, String from, String to) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("actor", actor == null ? "" : actor);
        typed.put("residentId", residentId == null ? "" : residentId);
        typed.put("action", action == null ? "" : action);
        typed.put("from", from == null ? "" : from);
        typed.put("to", to == null ? "" : to);
        return typed;
    }

    /** The filter as a query string, for the CSV link. */
    private static String query(Map<String, String> typed) {
        StringBuilder query = new StringBuilder();
        typed.forEach((k, v) -> {
            if (!v.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
