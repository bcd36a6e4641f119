package steward.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.Htmx;
import steward.web.InvalidInput;
import steward.web.Words;

/**
 * The cashier's till (the seed's 三(四)): find the unit, see what is due, issue access and parking cards after
 * the ID check, take the payment, hand over receipt and change; replace a lost card or take one back; print the
 * unit's statement. The payment and the card forms answer htmx with the part of the account page that changed.
 */
@Path("/cashier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
public class TillResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance till(String query, List<ResidentService.UnitRef> units);

        static native TemplateInstance till$results(String query, List<ResidentService.UnitRef> units);

        static native TemplateInstance account(Till till, PaymentForm pay, FormState form, Words notice);

        static native TemplateInstance account$amount(Till till, PaymentForm pay, FormState form);

        static native TemplateInstance account$payment(Till till, PaymentForm pay, FormState form);

        static native TemplateInstance account$issue(Till till, FormState form);

        static native TemplateInstance paid(PaymentService.Receipt receipt, AccountService.Statement account);

        static native TemplateInstance statement(AccountService.Statement statement);
    }

    /** Everything the account page shows about a unit. */
    public record Till(AccountService.Statement account, List<CardService.View> cards, List<Holder> residents,
            List<FeeStandardService.View> cardFees) {
    }

    public record Holder(Long id, String name) {
    }

    /**
     * What the payment form holds besides what the cashier types: its idempotency key (a fresh one per form shown),
     * the lines ticked and the amount for them; after a refusal, as they were posted.
     */
    public record PaymentForm(String key, List<Long> chosen, String amount) {

        public boolean isChosen(Long chargeId) {
            return chosen.contains(chargeId);
        }
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
    ResidentService residents;

    @Inject
    Desk desk;

    @Inject
    Htmx htmx;

    @Inject
    FormSteps steps;

    @GET
    public TemplateInstance till(@QueryParam("q") String query) {
        List<ResidentService.UnitRef> units = query == null || query.isBlank() ? List.of() : residents.searchUnits(query);
        String shown = query == null ? "" : query;
        return htmx.isRequest() ? Templates.till$results(shown, units) : Templates.till(shown, units);
    }

    @GET
    @Path("units/{unitId}")
    public TemplateInstance account(@PathParam("unitId") Long unitId, @QueryParam("card") Long issuedCard,
            @QueryParam("returned") Long returnedCard) {
        Till till = till(unitId);
        Words notice = null;
        if (issuedCard != null || returnedCard != null) {
            Long cardId = issuedCard != null ? issuedCard : returnedCard;
            notice = till.cards().stream().filter(c -> c.id().equals(cardId)).findFirst()
                    .map(c -> CashierText.said(msg -> issuedCard != null ? msg.card_issued(c.cardNumber())
                            : msg.card_returned(c.cardNumber())))
                    .orElse(null);
        }
        return Templates.account(till, freshPayment(till), FormState.NONE, notice);
    }

    /** The amount to take for the lines ticked, as the cashier ticks them. */
    @GET
    @Path("units/{unitId}/amount")
    public TemplateInstance amount(@PathParam("unitId") Long unitId, @QueryParam("chargeIds") List<String> chargeIds,
            @QueryParam("idempotencyKey") String key) {
        Till till = till(unitId);
        List<Long> chosen = ids(chargeIds);
        BigDecimal total = till.account().due().stream().filter(d -> chosen.contains(d.chargeId()))
                .map(AccountService.Due::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Templates.account$amount(till, new PaymentForm(key, chosen, plain(total)), FormState.NONE);
    }

    /** htmx shows the change in large type; a browser without htmx goes to the receipt. */
    @POST
    @Path("units/{unitId}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("unitId") Long unitId, @FormParam("idempotencyKey") String key,
            @FormParam("chargeIds") List<String> chargeIds, @FormParam("amount") String amount,
            @FormParam("method") String method, @FormParam("tendered") String tendered,
            @FormParam("reference") String reference) {
        desk.unit(unitId);
        List<Long> chosen = ids(chargeIds);
        PaymentForm posted = new PaymentForm(key, chosen, amount == null ? "" : amount);
        return steps.run("pay", FormState.typed("method", method, "tendered", tendered, "reference", reference),
                () -> {
                    InvalidInput.Collector refused = new InvalidInput.Collector();
                    BigDecimal parsedAmount = TypedFields.amount(amount, "amount", refused);
                    BigDecimal parsedTendered = tendered == null || tendered.isBlank() ? null
                            : TypedFields.amount(tendered, "tendered", refused);
                    if (chosen.size() != (chargeIds == null ? 0 : chargeIds.size())) {
                        refused.add("chargeIds", CashierText.said(CashierMessages::error_charges_unknown));
                    }
                    refused.throwIfAny();
                    return payments.pay(new PaymentService.PaymentRequest(unitId, chosen, parsedAmount, method,
                            parsedTendered, reference), key, "idempotencyKey").receipt();
                },
                // The account's balance above the form is replaced too: what is owed after the payment (the rest of
                // the page, the cards and the fees, did not change).
                receipt -> After.show(() -> Templates.paid(receipt, accounts.statement(unitId)),
                        "/cashier/receipts/" + receipt.receiptNo()),
                form -> Templates.account$payment(till(unitId), posted, form),
                form -> Templates.account(till(unitId), posted, form, null));
    }

    /** Both go to the account page: the new card, its notice and the charges for it change more than the form. */
    @POST
    @Path("units/{unitId}/cards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("unitId") Long unitId, @FormParam("kind") String kind,
            @FormParam("residentId") String residentId, @FormParam("idType") String idType,
            @FormParam("idLast4") String idLast4, @FormParam("cardNumber") String cardNumber,
            @FormParam("plateNumber") String plateNumber, @FormParam("parkingSpace") String parkingSpace,
            @FormParam("spaceType") String spaceType) {
        desk.unit(unitId);
        Map<String, String> typed = FormState.typed("kind", kind, "residentId", residentId, "idType", idType,
                "idLast4", idLast4, "cardNumber", cardNumber, "plateNumber", plateNumber, "parkingSpace",
                parkingSpace, "spaceType", spaceType);
        return steps.run("issue", typed, () -> cards.issue(new CardService.NewCard(unitId, id(residentId), kind,
                cardNumber, plateNumber, parkingSpace, spaceType, idType, idLast4)),
                card -> After.goTo("/cashier/units/" + unitId + "?card=" + card.id()),
                form -> Templates.account$issue(till(unitId), form), form -> account(unitId, form));
    }

    @POST
    @Path("cards/{cardId}/replace")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("cardId") Long cardId, @FormParam("idType") String idType,
            @FormParam("idLast4") String idLast4, @FormParam("cardNumber") String cardNumber) {
        return steps.run("replace-" + cardId, FormState.typed("idType", idType, "idLast4", idLast4, "cardNumber",
                cardNumber), () -> cards.replace(cardId, new CardService.Replacement(cardNumber, idType, idLast4)),
                card -> After.goTo("/cashier/units/" + card.unitId() + "?card=" + card.id()),
                null, form -> account(cards.get(cardId).unitId(), form));
    }

    @POST
    @Path("cards/{cardId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response giveBack(@PathParam("cardId") Long cardId, @FormParam("refund") String refund) {
        return steps.run("return-" + cardId, Map.of(), () -> cards.giveBack(cardId, refund),
                card -> After.goTo("/cashier/units/" + card.unitId() + "?returned=" + card.id()),
                null, form -> account(cards.get(cardId).unitId(), form));
    }

    @GET
    @Path("units/{unitId}/statement")
    public TemplateInstance statement(@PathParam("unitId") Long unitId) {
        return Templates.statement(accounts.statement(unitId));
    }

    /** The account page with a card form refused, and the payment form as it starts. */
    private TemplateInstance account(Long unitId, FormState form) {
        Till till = till(unitId);
        return Templates.account(till, freshPayment(till), form, null);
    }

    /** In one transaction, so that a row two parts of the page need (the site) is read once. */
    private Till till(Long unitId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            AccountService.Statement account = accounts.statement(unitId);
            List<CardService.View> unitCards = cards.ofUnit(account);
            List<Holder> holders = Resident.<Resident>find(
                    "select r from Resident r join r.units u where u.id = ?1 and r.movedOut is null order by r.name",
                    unitId).stream().map(r -> new Holder(r.id, r.name)).toList();
            List<FeeStandardService.View> cardFees = fees.list(false).stream().filter(f -> f.inEffect()
                    && (f.item() == FeeItem.ACCESS_CARD || f.item() == FeeItem.PARKING_CARD
                            || f.item() == FeeItem.CARD_DEPOSIT || f.item() == FeeItem.CARD_REPLACEMENT
                            || f.item() == FeeItem.PARKING_MONTHLY))
                    .toList();
            return new Till(account, unitCards, holders, cardFees);
        });
    }

    /** Every line due ticked, and their total to take. */
    private static PaymentForm freshPayment(Till till) {
        List<Long> all = till.account().due().stream().map(AccountService.Due::chargeId).toList();
        return new PaymentForm(UUID.randomUUID().toString(), all, plain(till.account().totalDue()));
    }

    /** The ids that are ids, each once. */
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

    /** Nothing to take shows as an empty field, not as 0. */
    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "" : amount.toPlainString();
    }
}
