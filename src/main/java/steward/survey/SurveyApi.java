package steward.survey;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import steward.complaint.Complaint;
import steward.security.Roles;

@Path("/api/v1/complaints/{id}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class SurveyApi {

    @Inject
    SurveyService surveys;


    @GET
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The resident's own word on the complaint: each survey sent on resolution (by the channels "
            + "the resident consented to), and its answer (satisfaction 1–5, promise kept on time, comment)")
    public List<SurveyService.View> list(@PathParam("id") Long id) {
        if (id == null || Complaint.count("id", id) == 0) {
            throw new NotFoundException();
        }
        return surveys.ofComplaint(id);
    }
}
