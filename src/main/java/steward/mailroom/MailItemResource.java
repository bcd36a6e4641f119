package steward.mailroom;

import steward.web.Messages;
import steward.web.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import steward.resident.ResidentPicker;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Choice;
import steward.web.FormState;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.UiContext;

/**
 * The mailroom's items on the desk's tablet: register an item (recipient search, photo from the camera), the shelf
 * of items waiting (names masked: others can see the tablet), and the item with its hand-over (pickup code or ID
 * check, the receiver's signature drawn on the screen) and chain of custody.
 *
 * <p>
 * Two forms answer on their own rather than through {@code FormSteps}, whose success is a redirect: registering
 * shows the pickup code, which is told once and never shown again, so it cannot survive a redirect; and a hand-over
 * attempt with a wrong code is counted (a refusal that writes), answered 422, or 423 once the item locks. The
 * one-tap steps on the item's page are plain forms that always go back to the item (303), htmx or not.
 */
@Path("/mailroom")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.SUPERVISOR })
public class MailItemResource {

    /** Tells the shelf of this tablet to refresh at once (the others catch up on their next poll). */
    static final String CHANGED_EVENT = "mailroom-changed";

    static final String REGISTER_FORM = "item";
    static final String HANDOVER_FORM = "handover";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailroom(Board board);

        static native TemplateInstance mailroom$panel(Board board);

        static native TemplateInstance mailroom$recipients(Board board);

        static native TemplateInstance mailroom$waiting(Board board);

        static native TemplateInstance item(ItemPage page);

        static native TemplateInstance item$handover(ItemPage page);
    }

    /** What registering answered: the pickup code to tell the recipient if they could not be notified. */
    public record Registered(Long id, ItemKind kind, String pickupCode, String channels, boolean phoneRecipient) {
    }

    /**
     * The mailroom's page: the register form (the recipients found, the kinds, what was typed with the messages next
     * to its fields) or what registering answered, and the shelf of items waiting.
     */
    public record Board(ResidentPicker recipient, List<Choice> kinds, FormState form, Registered registered,
            List<MailroomService.ItemView> waiting) {

        /** The recipient is a resident or a unit: the refusal of either stands next to the recipient search. */
        public String recipientError() {
            String resident = form.error(REGISTER_FORM, "recipientResidentId");
            return resident.isEmpty() ? form.error(REGISTER_FORM, "unitId") : resident;
        }
    }

    /**
     * The item's page. {@code handover} is the hand-over form as typed: a refused attempt (a wrong pickup code, a
     * missing name) comes back with the receiver's signature still drawn, so that they need not sign again.
     */
    public record ItemPage(MailroomService.ItemView item, FormState handover,
            List<MailroomService.EventView> custody, boolean supervisor, boolean recipientHere) {
    }

    @Inject
    MailroomService mailroom;

    @Inject
    ResidentService residents;

    @Inject
    StaffContext staff;

    @Inject
    UiContext ui;

    @Inject
    Htmx htmx;

    @GET
    public TemplateInstance board() {
        return Templates.mailroom(board(ResidentPicker.nothingTyped(), FormState.NONE, null));
    }

    @GET
    @Path("recipients")
    public TemplateInstance recipients(@QueryParam("recipientQuery") String query) {
        Board board = board(residents.matching(query), FormState.NONE, null);
        return htmx.isRequest() ? Templates.mailroom$recipients(board) : Templates.mailroom(board);
    }

    @GET
    @Path("waiting")
    public TemplateInstance waiting() {
        Board board = board(ResidentPicker.nothingTyped(), FormState.NONE, null);
        return htmx.isRequest() ? Templates.mailroom$waiting(board) : Templates.mailroom(board);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@RestForm String recipientQuery, @RestForm String recipient,
            @RestForm String recipientStaff, @RestForm String kind, @RestForm String sender,
            @RestForm String tracking, @RestForm String description, @RestForm String shelf,
            @RestForm String sealed, @RestForm("photo") FileUpload photo) {
        try {
            MailroomService.Created created = mailroom.register(new MailroomService.NewItem(kind,
                    ResidentPicker.residentId(recipient), ResidentPicker.unitId(recipient), recipientStaff, sender,
                    tracking, description, shelf, sealed != null && !sealed.isBlank()), upload(photo));
            MailroomService.ItemView item = mailroom.item(created.id());
            Registered registered = new Registered(created.id(), item.kind(), created.pickupCode(),
                    String.join(", ", created.notifiedBy()), created.phoneRecipient());
            Board board = board(ResidentPicker.nothingTyped(), FormState.NONE, registered);
            return Response.ok(panelOrPage(board)).header("HX-Trigger", CHANGED_EVENT).build();
        } catch (InvalidInput e) {
            Map<String, String> typed = FormState.typed("recipientQuery", recipientQuery, "recipient", recipient,
                    "recipientStaff", recipientStaff, "kind", kind, "sender", sender, "tracking", tracking,
                    "description", description, "shelf", shelf, "sealed", sealed);
            Board board = board(residents.picker(recipientQuery, recipient),
                    FormState.refused(REGISTER_FORM, typed, e, ui.locale()), null);
            // htmx swaps only 2xx answers: the form comes back with its messages next to the fields.
            return Response.status(htmx.isRequest() ? 200 : 400).entity(panelOrPage(board)).build();
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
        return Templates.item(itemPage(item, FormState.NONE));
    }

    @POST
    @Path("items/{id}/handover")
    public Response handOver(@PathParam("id") Long id, @FormParam("pickupCode") String pickupCode,
            @FormParam("idType") String idType, @FormParam("idLast4") String idLast4,
            @FormParam("receivedBy") String receivedBy, @FormParam("signature") String signature) {
        // The pickup code is typed again after a refusal, never put back into the page.
        Map<String, String> typed = FormState.typed("idType", idType, "idLast4", idLast4, "receivedBy", receivedBy,
                "signature", signature);
        MailroomMessages text = MailroomText.in(ui.lang());
        int status;
        ItemPage page;
        try {
            // The page asks for the signature: the receiver signs on the tablet before taking the item.
            if (signature == null || signature.isBlank()) {
                throw InvalidInput.of("signature", Words.of(Messages.class, Messages::error_required));
            }
            MailroomService.HandoverResult result = mailroom.handOver(id, new MailroomService.Handover(pickupCode,
                    new MailroomService.IdCheck(idType, idLast4), receivedBy, signature));
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
            page = itemPage(result.item(), new FormState(HANDOVER_FORM, typed, Map.of(), notice));
        } catch (InvalidInput e) {
            status = 400;
            page = itemPage(mailroom.item(id), FormState.refused(HANDOVER_FORM, typed, e, ui.locale()));
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

    private TemplateInstance panelOrPage(Board board) {
        return htmx.isRequest() ? Templates.mailroom$panel(board) : Templates.mailroom(board);
    }

    private Board board(ResidentPicker recipient, FormState form, Registered registered) {
        MailroomMessages text = MailroomText.in(ui.lang());
        List<Choice> kinds = Arrays.stream(ItemKind.values()).map(k -> new Choice(k.name(), text.kind(k))).toList();
        return new Board(recipient, kinds, form, registered, mailroom.list(null, null));
    }

    private ItemPage itemPage(MailroomService.ItemView item, FormState handover) {
        return new ItemPage(item, handover, mailroom.custody(item.id()), staff.hasRole(Roles.SUPERVISOR),
                isRecipient(item));
    }

    /** Whether the caller is the colleague (or of the department) an internal item is for. */
    private boolean isRecipient(MailroomService.ItemView item) {
        return item.forStaff()
                && (item.recipientStaff().equals(staff.username()) || staff.hasRole(item.recipientStaff()));
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
