package steward.billing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.resident.Resident;
import steward.resident.ResidentService;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.Conflict;
import steward.web.Htmx;
import steward.web.InvalidInput;

/**
 * The cashier's till (the seed's 三(四)): find the unit, see what is due, issue access and parking cards after
 * the ID check, take the payment, hand over receipt and change. Also the receipt and its prints, the statement,
 * the fee sheet and the daily close. Forms answer htmx with the fragment that changed.
 */
@Path("/cashier")
@Produces(MediaType.TEXT_HTML)
public class CashierResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance till(String query, List<ResidentService.UnitRef> units);

        static native TemplateInstance till$results(String query, List<ResidentService.UnitRef> units);

        static native TemplateInstance account(Till till, PaymentForm pay, CardForm card, String notice);

        static native TemplateInstance account$amount(Till till, PaymentForm pay);

        static native TemplateInstance account$payment(Till till, PaymentForm pay);

        static native TemplateInstance paid(PaymentService.Receipt receipt, Till till);

        static native TemplateInstance account$issue(Till till, CardForm card);

        static native TemplateInstance receipt(PaymentService.Receipt receipt, boolean canVoid, String reason,
                Map<String, String> errors);

        static native TemplateInstance receipt$void(PaymentService.Receipt receipt, boolean canVoid, String reason,
                Map<String, String> errors);

        static native TemplateInstance print(PaymentService.Receipt receipt, ReceiptPrint print);

        static native TemplateInstance statement(AccountService.Statement statement);

        static native TemplateInstance fees(List<FeeStandardService.View> fees, boolean history, boolean canEdit,
                FeeForm form);

        static native TemplateInstance fees$form(FeeForm form);

        static native TemplateInstance close(CloseView view);

        static native TemplateInstance close$mine(CloseView view);
    }

    /** Everything the account page shows about a unit. */
    public record Till(AccountService.Statement account, List<CardService.View> cards, List<Holder> residents,
            List<FeeStandardService.View> cardFees) {
    }

    public record Holder(Long id, String name) {
    }

    /** The payment form as typed, with a fresh idempotency key per render, and its errors. */
    public record PaymentForm(String key, List<Long> chosen, String amount, String method, String tendered,
            String reference, Map<String, String> errors, String conflict) {

        public boolean isChosen(Long chargeId) {
            return chosen.contains(chargeId);
        }
    }

    public record CardForm(String kind, Long residentId, String idType, String idLast4, String cardNumber,
            String plateNumber, String parkingSpace, String spaceType, Map<String, String> errors, String conflict) {
    }

    public record FeeForm(String item, String variant, String price, String effectiveFrom, Map<String, String> errors) {
    }

    public record CloseView(LocalDate date, boolean supervisor, CashCloseService.CashDay mine,
            List<CashCloseService.CashDay> closes, String counted, String note, Map<String, String> errors,
            String conflict) {
    }

    @Inject
    AccountService accounts;

    @Inject
    PaymentService payments;

    @Inject
    CardService cards;

    @Inject
    FeeStandardService fees;

    @Inject
    CashCloseService closes;

    @Inject
    ResidentService residents;

    @Inject
    StaffContext staff;

    @Inject
    Desk desk;

    @Inject
    Htmx htmx;

    // --- The till -------------------------------------------------------------------------------------------

    @GET
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance till(@QueryParam("q") String query) {
        List<ResidentService.UnitRef> units = query == null || query.isBlank() ? List.of() : residents.searchUnits(query);
        String shown = query == null ? "" : query;
        return htmx.isRequest() ? Templates.till$results(shown, units) : Templates.till(shown, units);
    }

    @GET
    @Path("units/{unitId}")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance account(@PathParam("unitId") Long unitId, @QueryParam("card") Long issuedCard,
            @QueryParam("returned") Long returnedCard) {
        Till till = till(unitId);
        String notice = null;
        if (issuedCard != null || returnedCard != null) {
            Long cardId = issuedCard != null ? issuedCard : returnedCard;
            notice = till.cards().stream().filter(c -> c.id().equals(cardId)).findFirst()
                    .map(c -> issuedCard != null ? desk.messages().card_issued(c.cardNumber())
                            : desk.messages().card_returned(c.cardNumber()))
                    .orElse(null);
        }
        return Templates.account(till, freshPayment(till), emptyCard(), notice);
    }

    /** The amount to take for the lines ticked, as the cashier ticks them. */
    @GET
    @Path("units/{unitId}/amount")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance amount(@PathParam("unitId") Long unitId, @QueryParam("chargeIds") List<String> chargeIds,
            @QueryParam("idempotencyKey") String key) {
        Till till = till(unitId);
        List<Long> chosen = ids(chargeIds);
        BigDecimal total = till.account().due().stream().filter(d -> chosen.contains(d.chargeId()))
                .map(AccountService.Due::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Templates.account$amount(till, new PaymentForm(key, chosen, plain(total), "CASH", "", "", Map.of(), null));
    }

    @POST
    @Path("units/{unitId}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public Response pay(@PathParam("unitId") Long unitId, @FormParam("idempotencyKey") String key,
            @FormParam("chargeIds") List<String> chargeIds, @FormParam("amount") String amount,
            @FormParam("method") String method, @FormParam("tendered") String tendered,
            @FormParam("reference") String reference) {
        desk.unit(unitId);
        List<Long> chosen = ids(chargeIds);
        PaymentForm form = new PaymentForm(key, chosen, amount, method, tendered, reference, Map.of(), null);
        try {
            InvalidInput.Collector typed = new InvalidInput.Collector();
            BigDecimal parsedAmount = typedAmount(amount, "amount", typed);
            BigDecimal parsedTendered = tendered == null || tendered.isBlank() ? null
                    : typedAmount(tendered, "tendered", typed);
            if (chosen.size() != (chargeIds == null ? 0 : chargeIds.size())) {
                typed.add("chargeIds", desk.messages().error_charges_unknown());
            }
            typed.throwIfAny();
            PaymentService.Outcome outcome = payments.pay(new PaymentService.PaymentRequest(unitId, chosen,
                    parsedAmount, method, parsedTendered, reference), key, "idempotencyKey");
            if (!htmx.isRequest()) {
                return Response.seeOther(URI.create("/cashier/receipts/" + outcome.receipt().receiptNo())).build();
            }
            // The account's balance above the form is replaced too: what is owed after the payment.
            return Response.ok(Templates.paid(outcome.receipt(), till(unitId))).build();
        } catch (InvalidInput e) {
            return formAgain(unitId, withErrors(form, e.fieldErrors(), null), 400);
        } catch (Conflict e) {
            return formAgain(unitId, withErrors(form, Map.of(), e.getMessage()), 409);
        }
    }

    private Response formAgain(Long unitId, PaymentForm form, int status) {
        Till till = till(unitId);
        // htmx swaps only 2xx answers: the form comes back with its messages next to the fields.
        if (htmx.isRequest()) {
            return Response.ok(Templates.account$payment(till, form)).build();
        }
        return Response.status(status).entity(Templates.account(till, form, emptyCard(), null)).build();
    }

    @POST
    @Path("units/{unitId}/cards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public Response issue(@PathParam("unitId") Long unitId, @FormParam("kind") String kind,
            @FormParam("residentId") String residentId, @FormParam("idType") String idType,
            @FormParam("idLast4") String idLast4, @FormParam("cardNumber") String cardNumber,
            @FormParam("plateNumber") String plateNumber, @FormParam("parkingSpace") String parkingSpace,
            @FormParam("spaceType") String spaceType) {
        desk.unit(unitId);
        Long resident = id(residentId);
        CardForm form = new CardForm(kind, resident, idType, idLast4, cardNumber, plateNumber, parkingSpace, spaceType,
                Map.of(), null);
        try {
            CardService.View card = cards.issue(new CardService.NewCard(unitId, resident, kind, cardNumber,
                    plateNumber, parkingSpace, spaceType, idType, idLast4));
            return redirect("/cashier/units/" + unitId + "?card=" + card.id());
        } catch (InvalidInput e) {
            return cardFormAgain(unitId, withErrors(form, e.fieldErrors(), null), 400);
        } catch (Conflict e) {
            return cardFormAgain(unitId, withErrors(form, Map.of(), e.getMessage()), 409);
        }
    }

    private Response cardFormAgain(Long unitId, CardForm form, int status) {
        Till till = till(unitId);
        if (htmx.isRequest()) {
            return Response.ok(Templates.account$issue(till, form)).build();
        }
        return Response.status(status).entity(Templates.account(till, freshPayment(till), form, null)).build();
    }

    @POST
    @Path("cards/{cardId}/replace")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public Response replace(@PathParam("cardId") Long cardId, @FormParam("idType") String idType,
            @FormParam("idLast4") String idLast4, @FormParam("cardNumber") String cardNumber) {
        CardService.View card = cards.replace(cardId, new CardService.Replacement(cardNumber, idType, idLast4));
        return redirect("/cashier/units/" + card.unitId() + "?card=" + card.id());
    }

    @POST
    @Path("cards/{cardId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public Response giveBack(@PathParam("cardId") Long cardId, @FormParam("refund") String refund) {
        CardService.View card = cards.giveBack(cardId, refund);
        return redirect("/cashier/units/" + card.unitId() + "?returned=" + card.id());
    }

    @GET
    @Path("units/{unitId}/statement")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance statement(@PathParam("unitId") Long unitId) {
        return Templates.statement(accounts.statement(unitId));
    }

    // --- Receipts -------------------------------------------------------------------------------------------

    @GET
    @Path("receipts/{receiptNo}")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance receipt(@PathParam("receiptNo") String receiptNo) {
        return Templates.receipt(payments.receipt(receiptNo), canVoid(), "", Map.of());
    }

    /** Records a print and opens it: the first print is the original, any later one says 副本. */
    @POST
    @Path("receipts/{receiptNo}/prints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public Response print(@PathParam("receiptNo") String receiptNo, @FormParam("paper") String paper) {
        ReceiptPrint print = payments.print(receiptNo, paper);
        return redirect("/cashier/receipts/" + receiptNo + "/prints/" + print.printNo);
    }

    @GET
    @Path("receipts/{receiptNo}/prints/{printNo}")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance printed(@PathParam("receiptNo") String receiptNo, @PathParam("printNo") int printNo) {
        ReceiptPrint print = payments.findPrint(receiptNo, printNo);
        return Templates.print(payments.receipt(receiptNo), print);
    }

    @POST
    @Path("receipts/{receiptNo}/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response voidReceipt(@PathParam("receiptNo") String receiptNo, @FormParam("reason") String reason) {
        try {
            PaymentService.Receipt receipt = payments.voidReceipt(receiptNo, reason);
            return htmx.isRequest() ? Response.ok(Templates.receipt$void(receipt, true, "", Map.of())).build()
                    : redirect("/cashier/receipts/" + receiptNo);
        } catch (InvalidInput e) {
            PaymentService.Receipt receipt = payments.receipt(receiptNo);
            return Response.status(htmx.isRequest() ? 200 : 400)
                    .entity(Templates.receipt$void(receipt, true, reason == null ? "" : reason, e.fieldErrors()))
                    .build();
        }
    }

    // --- Fee standards --------------------------------------------------------------------------------------

    @GET
    @Path("fees")
    @RolesAllowed({ Roles.DESK, Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance fees(@QueryParam("history") boolean history) {
        return Templates.fees(fees.list(history), history, staff.hasRole(Roles.SUPERVISOR), emptyFee());
    }

    @POST
    @Path("fees")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response newFee(@FormParam("item") String item, @FormParam("variant") String variant,
            @FormParam("price") String price, @FormParam("effectiveFrom") String effectiveFrom) {
        try {
            InvalidInput.Collector typed = new InvalidInput.Collector();
            BigDecimal parsedPrice = price == null || price.isBlank() ? null : Money.parse(price);
            if (price != null && !price.isBlank() && parsedPrice == null) {
                typed.add("price", desk.messages().error_amount_invalid());
            }
            LocalDate from = date(effectiveFrom, "effectiveFrom", typed);
            typed.throwIfAny();
            fees.create(new FeeStandardService.NewStandard(item, variant, parsedPrice, from));
            return redirect("/cashier/fees");
        } catch (InvalidInput e) {
            FeeForm again = new FeeForm(item, variant, price, effectiveFrom, e.fieldErrors());
            return htmx.isRequest() ? Response.ok(Templates.fees$form(again)).build()
                    : Response.status(400).entity(Templates.fees(fees.list(false), false, true, again)).build();
        }
    }

    // --- Daily close ----------------------------------------------------------------------------------------

    @GET
    @Path("close")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance close(@QueryParam("date") String date) {
        return Templates.close(closeView(day(date), "", "", Map.of(), null));
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASHIER })
    public Response closeDay(@FormParam("date") String date, @FormParam("counted") String counted,
            @FormParam("note") String note) {
        InvalidInput.Collector typed = new InvalidInput.Collector();
        LocalDate asked = date(date, "date", typed);
        LocalDate day = asked != null ? asked : desk.today(desk.currentSite());
        try {
            if (asked == null) {
                typed.add("date", desk.messages().error_date());
            }
            BigDecimal parsed = typedAmount(counted, "counted", typed);
            typed.throwIfAny();
            closes.close(day, new CashCloseService.CloseRequest(parsed, note));
            return closeAnswer(closeView(day, "", "", Map.of(), null), 200);
        } catch (InvalidInput e) {
            return closeAnswer(closeView(day, counted, note, e.fieldErrors(), null), 400);
        } catch (Conflict e) {
            return closeAnswer(closeView(day, counted, note, Map.of(), e.getMessage()), 409);
        }
    }

    @POST
    @Path("close/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response signOff(@FormParam("date") String date, @FormParam("cashier") String cashier) {
        LocalDate day = day(date);
        closes.signOff(cashier, day);
        return redirect("/cashier/close?date=" + day);
    }

    private Response closeAnswer(CloseView view, int status) {
        if (htmx.isRequest()) {
            return Response.ok(Templates.close$mine(view)).build();
        }
        return Response.status(status).entity(Templates.close(view)).build();
    }

    private CloseView closeView(LocalDate date, String counted, String note, Map<String, String> errors,
            String conflict) {
        boolean supervisor = staff.hasRole(Roles.SUPERVISOR);
        CashCloseService.CashDay mine = staff.hasRole(Roles.CASHIER) ? closes.day(staff.username(), date) : null;
        List<CashCloseService.CashDay> all = supervisor ? closes.closes(date) : List.of();
        return new CloseView(date, supervisor, mine, all, counted == null ? "" : counted, note == null ? "" : note,
                errors, conflict);
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private Till till(Long unitId) {
        AccountService.Statement account = accounts.statement(unitId);
        List<CardService.View> unitCards = cards.ofUnit(unitId);
        List<Holder> holders = Resident.<Resident>find(
                "select r from Resident r join r.units u where u.id = ?1 and r.movedOut is null order by r.name", unitId)
                .stream().map(r -> new Holder(r.id, r.name)).toList();
        List<FeeStandardService.View> cardFees = fees.list(false).stream().filter(f -> f.inEffect()
                && (f.item() == FeeItem.ACCESS_CARD || f.item() == FeeItem.PARKING_CARD
                        || f.item() == FeeItem.CARD_DEPOSIT || f.item() == FeeItem.CARD_REPLACEMENT
                        || f.item() == FeeItem.PARKING_MONTHLY))
                .toList();
        return new Till(account, unitCards, holders, cardFees);
    }

    private static PaymentForm freshPayment(Till till) {
        List<Long> all = till.account().due().stream().map(AccountService.Due::chargeId).toList();
        return new PaymentForm(UUID.randomUUID().toString(), all, plain(till.account().totalDue()), "CASH", "", "",
                Map.of(), null);
    }

    private static CardForm emptyCard() {
        return new CardForm("ACCESS", null, "NATIONAL_ID", "", "", "", "", "CAR", Map.of(), null);
    }

    private static FeeForm emptyFee() {
        return new FeeForm("MANAGEMENT_FEE", "", "", "", Map.of());
    }

    private static PaymentForm withErrors(PaymentForm form, Map<String, String> errors, String conflict) {
        return new PaymentForm(form.key(), form.chosen(), form.amount(), form.method(), form.tendered(),
                form.reference(), errors, conflict);
    }

    private static CardForm withErrors(CardForm form, Map<String, String> errors, String conflict) {
        return new CardForm(form.kind(), form.residentId(), form.idType(), form.idLast4(), form.cardNumber(),
                form.plateNumber(), form.parkingSpace(), form.spaceType(), errors, conflict);
    }

    private Response redirect(String path) {
        if (htmx.isRequest()) {
            return Response.ok().header("HX-Redirect", path).build();
        }
        return Response.seeOther(URI.create(path)).build();
    }

    private boolean canVoid() {
        return staff.hasRole(Roles.SUPERVISOR);
    }

    private BigDecimal typedAmount(String typed, String field, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, desk.messages().error_required());
            return null;
        }
        BigDecimal amount = Money.parse(typed);
        if (amount == null) {
            errors.add(field, typed.strip().startsWith("-") ? desk.messages().error_amount_positive()
                    : desk.messages().error_amount_invalid());
        }
        return amount;
    }

    private LocalDate date(String typed, String field, InvalidInput.Collector errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, desk.messages().error_date());
            return null;
        }
    }

    /** The day asked for, today (in the site's zone) when none or a malformed one is given. */
    private LocalDate day(String typed) {
        InvalidInput.Collector ignored = new InvalidInput.Collector();
        LocalDate day = date(typed, "date", ignored);
        return day != null ? day : desk.today(desk.currentSite());
    }

    private static List<Long> ids(List<String> typed) {
        List<Long> ids = new ArrayList<>();
        if (typed != null) {
            for (String text : typed) {
                Long id = id(text);
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "" : amount.toPlainString();
    }
}
