package steward.mailroom;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.billing.Money;
import steward.resident.ResidentPicker;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/**
 * Documents and faxes the desk sends for a resident: the form (the destination checked as the seed asks), and the
 * ones sent lately, each with the call that confirms it arrived. The confirmation is a plain form that always goes
 * back to the page (303), htmx or not.
 */
@Path("/mailroom/outbound")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class OutboundResource {

    static final String OUTBOUND_FORM = "outbound";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbound(OutboundPage page);

        static native TemplateInstance outbound$form(OutboundPage page);

        static native TemplateInstance outbound$senders(OutboundPage page);
    }

    /**
     * The page: the residents found for the sender, what was typed with the messages next to its fields, and the
     * documents sent lately with the site's currency for their fees.
     */
    public record OutboundPage(ResidentPicker sender, FormState form, List<OutboundService.View> recent,
            String currency) {

        /** The sender is a resident or a unit: the refusal of either stands next to the sender search. */
        public String senderError() {
            String resident = form.error(OUTBOUND_FORM, "residentId");
            return resident.isEmpty() ? form.error(OUTBOUND_FORM, "unitId") : resident;
        }
    }

    @Inject
    OutboundService outbound;

    @Inject
    ResidentService residents;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance page() {
        return Templates.outbound(page(ResidentPicker.nothingTyped(), FormState.NONE));
    }

    @GET
    @Path("senders")
    public TemplateInstance senders(@QueryParam("recipientQuery") String query) {
        OutboundPage page = page(residents.matching(query), FormState.NONE);
        return htmx.isRequest() ? Templates.outbound$senders(page) : Templates.outbound(page);
    }

    @POST
    public Response register(@FormParam("kind") String kind, @FormParam("recipient") String recipient,
            @FormParam("recipientQuery") String recipientQuery,
            @FormParam("destinationAddress") String destinationAddress, @FormParam("faxNumber") String faxNumber,
            @FormParam("recipientName") String recipientName, @FormParam("recipientPhone") String recipientPhone,
            @FormParam("pages") String pages, @FormParam("fee") String fee) {
        Map<String, String> typed = FormState.typed("kind", kind, "recipient", recipient, "recipientQuery",
                recipientQuery, "destinationAddress", destinationAddress, "faxNumber", faxNumber, "recipientName",
                recipientName, "recipientPhone", recipientPhone, "pages", pages, "fee", fee);
        return steps.run(OUTBOUND_FORM, typed, () -> {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Integer pageCount = pageCount(pages, errors);
            BigDecimal amount = fee(fee, errors);
            errors.throwIfAny();
            outbound.register(new OutboundService.NewOutbound(kind, ResidentPicker.residentId(recipient),
                    ResidentPicker.unitId(recipient), destinationAddress, faxNumber, recipientName, recipientPhone,
                    pageCount, amount), ui.locale());
        }, "/mailroom/outbound", form -> Templates.outbound$form(page(sender(form, recipientQuery, recipient), form)),
                form -> Templates.outbound(page(sender(form, recipientQuery, recipient), form)));
    }

    @POST
    @Path("{id}/confirmation")
    public Response confirm(@PathParam("id") Long id, @FormParam("reached") String reached,
            @FormParam("note") String note) {
        Boolean wasReached = reached == null || reached.isBlank() ? null : Boolean.valueOf(reached.strip());
        outbound.confirm(id, new OutboundService.ConfirmationCall(wasReached, note));
        return Response.seeOther(URI.create("/mailroom/outbound")).build();
    }

    /** A refused form keeps the sender search as typed; once sent, the form starts empty. */
    private ResidentPicker sender(FormState form, String query, String picked) {
        return form.isFor(OUTBOUND_FORM) ? residents.picker(query, picked) : ResidentPicker.nothingTyped();
    }

    private OutboundPage page(ResidentPicker sender, FormState form) {
        return new OutboundPage(sender, form, outbound.recent(30), ui.site() == null ? "" : ui.site().currency);
    }

    private Integer pageCount(String typed, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.add("pages", MailroomText.said(t -> t.error_pages(OutboundService.MAX_PAGES)));
            return null;
        }
    }

    private BigDecimal fee(String typed, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal amount = Money.parse(typed);
        if (amount == null) {
            errors.add("fee", MailroomText.said(MailroomMessages::error_fee));
        }
        return amount;
    }
}
