package steward.mailroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.billing.Money;
import steward.resident.ResidentPicker;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;
import steward.web.Choice;

/**
 * The mailroom on the desk's tablet: register an item (recipient search, photo from the camera), the shelf of
 * items waiting (names masked: others can see the tablet), the item with its hand-over (pickup code or ID
 * check, the receiver's signature drawn on the screen) and chain of custody, and documents sent for residents.
 */
@Path("/mailroom")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class MailroomResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailroom(Board board);

        static native TemplateInstance mailroom$panel(Board board);

        static native TemplateInstance mailroom$recipients(Board board);

        static native TemplateInstance mailroom$waiting(Board board);

        static native TemplateInstance item(ItemPage page);

        static native TemplateInstance item$handover(ItemPage page);

        static native TemplateInstance outbound(OutboundPage page);

        static native TemplateInstance outbound$form(OutboundPage page);

        static native TemplateInstance outbound$senders(OutboundPage page);

        static native TemplateInstance proxies(ProxiesPage page, FormState form);

        static native TemplateInstance proxies$list(ProxiesPage page, FormState form);
    }

    @Inject
    MailroomService mailroom;

    @Inject
    OutboundService outbound;

    @Inject
    ResidentService residents;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    /** The register form as typed, the recipient search results, and any errors next to their fields. */
    public record RegisterForm(ResidentPicker recipient, String recipientStaff, String kind, String sender,
            String tracking, String description, String shelf, boolean sealed, Map<String, String> errors,
            List<Choice> kinds) {

        public String recipientError() {
            return errors.getOrDefault("recipientResidentId", errors.get("unitId"));
        }
    }

    /** What registering answered: the pickup code to tell the recipient if they could not be notified. */
    public record Registered(Long id, String kindLabel, String pickupCode, String channels, boolean phoneRecipient) {
    }

    public record Board(RegisterForm form, Registered registered, List<MailroomService.ItemView> waiting) {
    }

    /**
     * The hand-over form as typed: a refused attempt (a wrong pickup code, a missing name) comes back with the
     * receiver's signature still drawn, so that they need not sign again.
     */
    public record HandoverForm(String receivedBy, String idType, String idLast4, String signature,
            Map<String, String> errors, String notice) {
    }

    public record ItemPage(MailroomService.ItemView item, HandoverForm handover,
            List<MailroomService.EventView> custody, boolean supervisor, boolean recipientHere) {
    }

    public record OutboundForm(String kind, ResidentPicker sender, String destinationAddress, String faxNumber,
            String recipientName, String recipientPhone, String pages, String fee, Map<String, String> errors) {

        public String recipientError() {
            return errors.getOrDefault("residentId", errors.get("unitId"));
        }
    }

    /** The people a resident authorised to collect their items, in force and withdrawn; service records changes. */
    public record ProxiesPage(Long residentId, String residentName, List<MailroomService.ProxyView> proxies,
            boolean mayChange) {

        public List<MailroomService.ProxyView> inForce() {
            return proxies.stream().filter(MailroomService.ProxyView::inForce).toList();
        }

        public List<MailroomService.ProxyView> withdrawn() {
            return proxies.stream().filter(p -> !p.inForce()).toList();
        }
    }

    public record OutboundPage(OutboundForm form, List<OutboundService.View> recent, String currency) {
    }

    @GET
    public TemplateInstance board() {
        return Templates.mailroom(board(emptyForm(), null));
    }

    @GET
    @Path("recipients")
    public TemplateInstance recipients(@QueryParam("recipientQuery") String query) {
        Board board = board(form(query, null, null, null, null, null, null, null, false, Map.of()), null);
        return htmx.isRequest() ? Templates.mailroom$recipients(board) : Templates.mailroom(board);
    }

    @GET
    @Path("waiting")
    public TemplateInstance waiting() {
        Board board = board(emptyForm(), null);
        return htmx.isRequest() ? Templates.mailroom$waiting(board) : Templates.mailroom(board);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@RestForm String recipientQuery, @RestForm String recipient,
            @RestForm String recipientStaff, @RestForm String kind, @RestForm String sender,
            @RestForm String tracking, @RestForm String description, @RestForm String shelf,
            @RestForm String sealed, @RestForm("photo") FileUpload photo) {
        boolean isSealed = sealed != null && !sealed.isBlank();
        try {
            MailroomService.Created created = mailroom.register(new MailroomService.NewItem(kind,
                    ResidentPicker.residentId(recipient), ResidentPicker.unitId(recipient), recipientStaff, sender,
                    tracking, description, shelf, isSealed), upload(photo));
            MailroomService.ItemView item = mailroom.item(created.id());
            Registered registered = new Registered(created.id(), item.kindLabel(), created.pickupCode(),
                    String.join(", ", created.notifiedBy()), created.phoneRecipient());
            Board board = board(emptyForm(), registered);
            return Response.ok(htmx.isRequest() ? Templates.mailroom$panel(board) : Templates.mailroom(board))
                    .header("HX-Trigger", "mailroom-changed").build();
        } catch (InvalidInput e) {
            Board board = board(form(recipientQuery, recipient, recipientStaff, kind, sender, tracking, description,
                    shelf, isSealed, e.fieldErrors()), null);
            // htmx swaps only 2xx answers: the form comes back with its messages next to the fields.
            return Response.status(htmx.isRequest() ? 200 : 400)
                    .entity(htmx.isRequest() ? Templates.mailroom$panel(board) : Templates.mailroom(board)).build();
        }
    }

    /**
     * The item's page. Besides desk, service and supervisor, a colleague an internal item is for opens it (the link
     * in their banner) to acknowledge it; any other item is "not found" for them.
     */
    @GET
    @Path("items/{id}")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public TemplateInstance item(@PathParam("id") Long id) {
        MailroomService.ItemView item = mailroom.item(id);
        boolean mailroomStaff = staff.hasRole(Roles.DESK) || staff.hasRole(Roles.SERVICE)
                || staff.hasRole(Roles.SUPERVISOR);
        if (!mailroomStaff && !isRecipient(item)) {
            throw new NotFoundException();
        }
        return Templates.item(itemPage(item, emptyHandover()));
    }

    @POST
    @Path("items/{id}/handover")
    public Response handOver(@PathParam("id") Long id, @FormParam("pickupCode") String pickupCode,
            @FormParam("idType") String idType, @FormParam("idLast4") String idLast4,
            @FormParam("receivedBy") String receivedBy, @FormParam("signature") String signature) {
        MailroomMessages text = mailroom.text();
        MailroomService.IdCheck idCheck = new MailroomService.IdCheck(idType, idLast4);
        int status;
        ItemPage page;
        try {
            // The page asks for the signature: the receiver signs on the tablet before taking the item.
            if (signature == null || signature.isBlank()) {
                throw InvalidInput.of("signature", ui.messages().error_required());
            }
            MailroomService.HandoverResult result = mailroom.handOver(id,
                    new MailroomService.Handover(pickupCode, idCheck, receivedBy, signature));
            String notice = switch (result.outcome()) {
                case HANDED_OVER -> null;
                case WRONG_CODE -> text.wrong_code(result.attemptsLeft());
                case LOCKED -> text.locked_notice(MailItem.MAX_WRONG_CODES);
            };
            status = switch (result.outcome()) {
                case HANDED_OVER -> 200;
                case WRONG_CODE -> 422;
                case LOCKED -> 423;
            };
            page = itemPage(result.item(),
                    new HandoverForm(receivedBy, idType, idLast4, signature, Map.of(), notice));
        } catch (InvalidInput e) {
            status = 400;
            page = itemPage(mailroom.item(id),
                    new HandoverForm(receivedBy, idType, idLast4, signature, e.fieldErrors(), null));
        }
        if (htmx.isRequest()) {
            if (status == 200) {
                // Handed over: the whole page changes (status, signature, custody), so the tablet reloads it.
                return Response.ok().header("HX-Redirect", "/mailroom/items/" + id).build();
            }
            // htmx swaps only 2xx answers: the fragment carries the message (wrong code, locked, field errors).
            return Response.ok(Templates.item$handover(page)).build();
        }
        return Response.status(status).entity(Templates.item(page)).build();
    }

    @POST
    @Path("items/{id}/acknowledge")
    @RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ADMIN })
    public Response acknowledge(@PathParam("id") Long id) {
        mailroom.acknowledge(id);
        return backToItem(id);
    }

    @POST
    @Path("items/{id}/release")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response release(@PathParam("id") Long id, @FormParam("note") String note) {
        mailroom.release(id, note);
        return backToItem(id);
    }

    @POST
    @Path("items/{id}/return")
    public Response returnToSender(@PathParam("id") Long id, @FormParam("note") String note) {
        mailroom.returnToSender(id, note);
        return backToItem(id);
    }

    @GET
    @Path("items/{id}/photo")
    @Produces("image/jpeg")
    public Response photo(@PathParam("id") Long id) {
        return image(mailroom.attachment(id, MailAttachment.PHOTO));
    }

    @GET
    @Path("items/{id}/signature")
    @Produces("image/png")
    public Response signature(@PathParam("id") Long id) {
        return image(mailroom.attachment(id, MailAttachment.SIGNATURE));
    }

    @GET
    @Path("proxies")
    public TemplateInstance proxies(@QueryParam("residentId") Long residentId) {
        return Templates.proxies(proxiesPage(residentId), FormState.NONE);
    }

    @POST
    @Path("proxies")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response addProxy(@FormParam("residentId") Long residentId, @FormParam("name") String name,
            @FormParam("consentNote") String consentNote) {
        mailroom.residentOfCallersSites(residentId);
        return proxyStep(residentId, "proxy", FormState.typed("name", name, "consentNote", consentNote),
                () -> mailroom.addProxy(new MailroomService.NewProxy(residentId, name, consentNote)));
    }

    @POST
    @Path("proxies/{id}/revoke")
    @RolesAllowed({ Roles.SERVICE, Roles.SUPERVISOR })
    public Response revokeProxy(@PathParam("id") Long id, @FormParam("reason") String reason) {
        Long residentId = mailroom.residentOfProxy(id);
        return proxyStep(residentId, "revoke-" + id, FormState.typed("reason", reason),
                () -> mailroom.revokeProxy(id, reason));
    }

    private Response proxyStep(Long residentId, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/mailroom/proxies?residentId=" + residentId,
                form -> Templates.proxies$list(proxiesPage(residentId), form),
                form -> Templates.proxies(proxiesPage(residentId), form));
    }

    private ProxiesPage proxiesPage(Long residentId) {
        return new ProxiesPage(residentId, mailroom.residentOfCallersSites(residentId).name,
                mailroom.proxies(residentId), staff.hasRole(Roles.SERVICE) || staff.hasRole(Roles.SUPERVISOR));
    }

    @GET
    @Path("outbound")
    public TemplateInstance outboundPage() {
        return Templates.outbound(outboundPage(emptyOutbound()));
    }

    @GET
    @Path("outbound/senders")
    public TemplateInstance senders(@QueryParam("recipientQuery") String query) {
        OutboundPage page = outboundPage(outboundForm(OutboundKind.FAX.name(), null, query, null, null, null, null,
                null, null, Map.of()));
        return htmx.isRequest() ? Templates.outbound$senders(page) : Templates.outbound(page);
    }

    @POST
    @Path("outbound")
    public Response registerOutbound(@FormParam("kind") String kind, @FormParam("recipient") String recipient,
            @FormParam("recipientQuery") String recipientQuery,
            @FormParam("destinationAddress") String destinationAddress, @FormParam("faxNumber") String faxNumber,
            @FormParam("recipientName") String recipientName, @FormParam("recipientPhone") String recipientPhone,
            @FormParam("pages") String pages, @FormParam("fee") String fee) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Integer pageCount = null;
        if (pages != null && !pages.isBlank()) {
            try {
                pageCount = Integer.valueOf(pages.strip());
            } catch (NumberFormatException e) {
                errors.add("pages", mailroom.text().error_pages(OutboundService.MAX_PAGES));
            }
        }
        BigDecimal amount = null;
        if (fee != null && !fee.isBlank()) {
            amount = Money.parse(fee);
            if (amount == null) {
                errors.add("fee", mailroom.text().error_fee());
            }
        }
        try {
            errors.throwIfAny();
            outbound.register(new OutboundService.NewOutbound(kind, ResidentPicker.residentId(recipient),
                    ResidentPicker.unitId(recipient), destinationAddress, faxNumber, recipientName, recipientPhone,
                    pageCount, amount));
            OutboundPage page = outboundPage(emptyOutbound());
            return Response.ok(htmx.isRequest() ? Templates.outbound$form(page) : Templates.outbound(page)).build();
        } catch (InvalidInput e) {
            OutboundPage page = outboundPage(outboundForm(kind, recipient, recipientQuery, destinationAddress,
                    faxNumber, recipientName, recipientPhone, pages, fee, e.fieldErrors()));
            return Response.status(htmx.isRequest() ? 200 : 400)
                    .entity(htmx.isRequest() ? Templates.outbound$form(page) : Templates.outbound(page)).build();
        }
    }

    @POST
    @Path("outbound/{id}/confirmation")
    public Response confirm(@PathParam("id") Long id, @FormParam("reached") String reached,
            @FormParam("note") String note) {
        Boolean wasReached = reached == null || reached.isBlank() ? null : Boolean.valueOf(reached.strip());
        outbound.confirm(id, new OutboundService.ConfirmationCall(wasReached, note));
        return Response.seeOther(URI.create("/mailroom/outbound")).build();
    }

    private Board board(RegisterForm form, Registered registered) {
        return new Board(form, registered, mailroom.list(null, null));
    }

    private ItemPage itemPage(MailroomService.ItemView item, HandoverForm handover) {
        return new ItemPage(item, handover, mailroom.custody(item.id()), staff.hasRole(Roles.SUPERVISOR),
                isRecipient(item));
    }

    /** Whether the caller is the colleague (or of the department) an internal item is for. */
    private boolean isRecipient(MailroomService.ItemView item) {
        return item.forStaff()
                && (item.recipientStaff().equals(staff.username()) || staff.hasRole(item.recipientStaff()));
    }

    private OutboundPage outboundPage(OutboundForm form) {
        return new OutboundPage(form, outbound.recent(30), ui.site() == null ? "" : ui.site().currency);
    }

    private RegisterForm emptyForm() {
        return form(null, null, null, ItemKind.PARCEL.name(), null, null, null, null, false, Map.of());
    }

    private RegisterForm form(String query, String recipient, String recipientStaff, String kind, String sender,
            String tracking, String description, String shelf, boolean sealed, Map<String, String> errors) {
        MailroomMessages text = mailroom.text();
        List<Choice> kinds = Arrays.stream(ItemKind.values())
                .map(k -> new Choice(k.name(), MailroomText.kind(text, k))).toList();
        return new RegisterForm(residents.picker(query, recipient), recipientStaff, kind, sender, tracking,
                description, shelf, sealed, errors, kinds);
    }

    private OutboundForm emptyOutbound() {
        return outboundForm(OutboundKind.FAX.name(), null, null, null, null, null, null, "1", null, Map.of());
    }

    private OutboundForm outboundForm(String kind, String recipient, String query, String destinationAddress,
            String faxNumber, String recipientName, String recipientPhone, String pages, String fee,
            Map<String, String> errors) {
        return new OutboundForm(kind, residents.picker(query, recipient), destinationAddress, faxNumber,
                recipientName, recipientPhone, pages, fee, errors);
    }

    private HandoverForm emptyHandover() {
        return new HandoverForm(null, null, null, null, Map.of(), null);
    }

    private static Response backToItem(Long id) {
        return Response.seeOther(URI.create("/mailroom/items/" + id)).build();
    }

    private static Response image(MailAttachment attachment) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(attachment.content, attachment.mediaType).cacheControl(cache).build();
    }

    /** The bytes of an uploaded file; null when none was chosen (the photo is optional). */
    private static byte[] upload(FileUpload photo) {
        if (photo == null || photo.uploadedFile() == null || photo.size() == 0) {
            return null;
        }
        try {
            return Files.readAllBytes(photo.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
