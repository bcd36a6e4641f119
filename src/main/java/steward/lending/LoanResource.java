package steward.lending;

import steward.web.Messages;
import steward.web.Words;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.privacy.IdDocument;
import steward.promise.SiteTimes;
import steward.resident.ResidentPicker;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.InvalidInput;
import steward.web.TypedDates;
import steward.web.UiContext;
import steward.web.Enums;

/** Lending on the tablet: what is out and the IDs held, the form to lend, and one page per loan to take it back. */
@Path("/loans")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DESK, Roles.SERVICE, Roles.CASHIER, Roles.SUPERVISOR })
public class LoanResource {

    /** The options of the lending form, in order. */
    public record Choices(List<Loan.Kind> kinds, List<Loan.Borrower> borrowers,
            List<LoanService.Filter> filters) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance loans(String filter, List<LoanService.View> loans, List<LoanService.View> idsHeld,
                ResidentPicker picker, FormState form, Choices choices);

        static native TemplateInstance loans$board(String filter, List<LoanService.View> loans,
                List<LoanService.View> idsHeld, ResidentPicker picker, FormState form, Choices choices);

        static native TemplateInstance loans$borrowers(ResidentPicker picker);

        static native TemplateInstance loan(LoanService.Detail detail, FormState form);

        static native TemplateInstance loan$actions(LoanService.Detail detail, FormState form);
    }

    static final Choices CHOICES = new Choices(List.of(Loan.Kind.values()), List.of(Loan.Borrower.values()),
            List.of(LoanService.Filter.values()));

    @Inject
    LoanService loans;

    @Inject
    ResidentService residents;

    @Inject
    FormSteps steps;

    @Inject
    UiContext ui;

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        LoanService.Filter filter = LoanApi.filter(state);
        return Templates.loans(filter.name(), loans.list(filter), loans.idsHeld(), ResidentPicker.nothingTyped(),
                FormState.NONE, CHOICES);
    }

    /** The residents matching what is typed, to pick the borrower (htmx, as typed). */
    @GET
    @Path("borrowers")
    public TemplateInstance borrowers(@QueryParam("residentQuery") String query) {
        return Templates.loans$borrowers(residents.matching(query));
    }

    @POST
    public Response lend(@RestForm String kind, @RestForm String description, @RestForm String borrowerKind,
            @RestForm String residentQuery, @RestForm String resident, @RestForm String borrowerName,
            @RestForm String borrowerPhone, @RestForm String depositIdType, @RestForm String depositIdLast4,
            @RestForm String depositCash, @RestForm String dueBackAt) {
        Map<String, String> typed = FormState.typed("kind", kind, "description", description, "borrowerKind",
                borrowerKind, "borrowerName", borrowerName, "borrowerPhone", borrowerPhone, "depositIdType",
                depositIdType, "depositIdLast4", depositIdLast4, "depositCash", depositCash, "dueBackAt", dueBackAt,
                "residentQuery", residentQuery, "resident", resident);
        ResidentPicker picker = residentQuery == null || residentQuery.isBlank() ? ResidentPicker.nothingTyped()
                : residents.picker(residentQuery, resident);
        return steps.run("lend", typed, () -> loans.lend(new LoanService.NewLoan(choice(Loan.Kind.class, kind, "kind"),
                description, choice(Loan.Borrower.class, borrowerKind, "borrowerKind"), borrowerName, borrowerPhone,
                ResidentPicker.residentId(resident), choice(IdDocument.class, depositIdType, "depositIdType"),
                blankToNull(depositIdLast4),
                amount(depositCash), time(dueBackAt))), "/loans",
                form -> board(form.equals(FormState.NONE) ? ResidentPicker.nothingTyped() : picker, form),
                form -> Templates.loans(LoanService.Filter.OUT.name(), loans.list(LoanService.Filter.OUT),
                        loans.idsHeld(), picker, form, CHOICES));
    }

    @GET
    @Path("{id}")
    public TemplateInstance loan(@PathParam("id") Long id) {
        return Templates.loan(loans.detail(id), FormState.NONE);
    }

    @POST
    @Path("{id}/return")
    public Response giveBack(@PathParam("id") Long id, @RestForm String returnedBy, @RestForm String signature) {
        return step(id, "return", FormState.typed("returnedBy", returnedBy), () -> {
            // The page asks for the signature: the returner signs on the tablet before the ID goes back.
            if (signature == null || signature.isBlank()) {
                throw InvalidInput.of("signature", Words.of(Messages.class, Messages::error_required));
            }
            loans.giveBack(id, new LoanService.Return(returnedBy, signature));
        });
    }

    @POST
    @Path("{id}/id-missing")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response idMissing(@PathParam("id") Long id, @RestForm String note) {
        return step(id, "id-missing", FormState.typed("note", note),
                () -> loans.idMissing(id, new LoanService.IdMissing(note)));
    }

    @GET
    @Path("{id}/signature")
    @Produces("image/png")
    public Response signature(@PathParam("id") Long id) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(loans.signature(id).png, "image/png").cacheControl(cache).build();
    }

    private Response step(Long id, String formName, Map<String, String> typed, Runnable action) {
        return steps.run(formName, typed, action, "/loans/" + id,
                form -> Templates.loan$actions(loans.detail(id), form),
                form -> Templates.loan(loans.detail(id), form));
    }

    private TemplateInstance board(ResidentPicker picker, FormState form) {
        return Templates.loans$board(LoanService.Filter.OUT.name(), loans.list(LoanService.Filter.OUT),
                loans.idsHeld(), picker, form, CHOICES);
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        return Enums.parseOrRefuse(type, value, null, field, Words.of(Messages.class, Messages::error_choice));
    }

    private BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("depositCash", Words.of(Messages.class, Messages::error_number));
        }
    }

    private Instant time(String typed) {
        return TypedDates.siteTime(typed, "dueBackAt", SiteTimes.requestZone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
