package steward.knowledge;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;
import steward.web.UiContext;

@Path("/api/v1/inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inquiries")
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class InquiryApi {

    @Inject
    InputRules rules;

    @Inject
    InquiryService inquiries;

    @Inject
    UiContext ui;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an inquiry (channel PHONE or DESK): answered with answerVersionId, or to be called "
            + "back by callbackDueAt (a promise owned by the caller), or else answered without the book")
    public Response record(InquiryService.NewInquiry input) {
        rules.body(input);
        InquiryService.LogRow recorded = inquiries.record(input, input.callbackDueAt() != null, ui.lang());
        return Response.created(URI.create("/api/v1/inquiries/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One inquiry of the caller's sites")
    public InquiryService.LogRow inquiry(@PathParam("id") Long id) {
        return inquiries.row(id, ui.lang());
    }

    @GET
    @Operation(summary = "The latest inquiries of the caller's site, newest first")
    public List<InquiryService.LogRow> log() {
        return inquiries.log(ui.lang());
    }

    @GET
    @Path("report")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The consistency report of the last 30 days: per answer, uses and by whom; inquiries "
            + "answered without the book; questions the book could not answer")
    public InquiryService.Report report() {
        return inquiries.report(ui.lang());
    }
}
