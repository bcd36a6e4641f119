package steward.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;
import steward.web.InvalidInput;
import steward.web.TypedDates;

/** The fee sheet the desk shows residents, prices to come included; supervisors add a price from a date. */
@Path("/cashier/fees")
@Produces(MediaType.TEXT_HTML)
public class FeeStandardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fees(List<FeeStandardService.View> fees, boolean history, boolean canEdit,
                FormState form);

        static native TemplateInstance fees$form(FormState form);
    }

    @Inject
    FeeStandardService fees;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @GET
    @RolesAllowed({ Roles.DESK, Roles.CASHIER, Roles.SUPERVISOR })
    public TemplateInstance fees(@QueryParam("history") boolean history) {
        return Templates.fees(fees.list(history), history, staff.hasRole(Roles.SUPERVISOR), FormState.NONE);
    }

    /** Both go to the sheet after a new price: it shows in the table, above the form. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response newFee(@FormParam("item") String item, @FormParam("variant") String variant,
            @FormParam("price") String price, @FormParam("effectiveFrom") String effectiveFrom) {
        return steps.run("fee", FormState.typed("item", item, "variant", variant, "price", price, "effectiveFrom",
                effectiveFrom), () -> {
                    InvalidInput.Collector refused = new InvalidInput.Collector();
                    BigDecimal parsedPrice = price == null || price.isBlank() ? null : Money.parse(price);
                    if (price != null && !price.isBlank() && parsedPrice == null) {
                        refused.add("price", CashierText.said(CashierMessages::error_amount_invalid));
                    }
                    LocalDate from = TypedDates.day(effectiveFrom, "effectiveFrom", refused);
                    refused.throwIfAny();
                    return fees.create(new FeeStandardService.NewStandard(item, variant, parsedPrice, from));
                }, created -> After.goTo("/cashier/fees"), form -> Templates.fees$form(form),
                form -> Templates.fees(fees.list(false), false, true, form));
    }
}
