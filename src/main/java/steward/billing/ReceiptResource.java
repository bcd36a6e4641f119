package steward.billing;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.security.Roles;
import steward.security.StaffContext;
import steward.web.FormState;
import steward.web.FormSteps;
import steward.web.FormSteps.After;

/** A receipt: the page, its prints (the first is the original, any later one a copy), and the void (supervisors). */
@Path("/cashier/receipts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
public class ReceiptResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(PaymentService.Receipt receipt, boolean canVoid, FormState form);

        static native TemplateInstance receipt$void(PaymentService.Receipt receipt, boolean canVoid, FormState form);

        static native TemplateInstance print(PaymentService.Receipt receipt, ReceiptPrint print);
    }

    @Inject
    PaymentService payments;

    @Inject
    StaffContext staff;

    @Inject
    FormSteps steps;

    @GET
    @Path("{receiptNo}")
    public TemplateInstance receipt(@PathParam("receiptNo") String receiptNo) {
        return page(receiptNo, FormState.NONE);
    }

    /** Records a print and opens it, for htmx too: the print is a page of its own. */
    @POST
    @Path("{receiptNo}/prints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response print(@PathParam("receiptNo") String receiptNo, @FormParam("paper") String paper) {
        return steps.run("print", FormState.typed("paper", paper), () -> payments.print(receiptNo, paper),
                print -> After.goTo("/cashier/receipts/" + receiptNo + "/prints/" + print.printNo),
                null, form -> page(receiptNo, form));
    }

    @GET
    @Path("{receiptNo}/prints/{printNo}")
    public TemplateInstance printed(@PathParam("receiptNo") String receiptNo, @PathParam("printNo") int printNo) {
        ReceiptPrint print = payments.findPrint(receiptNo, printNo);
        return Templates.print(payments.receipt(receiptNo), print);
    }

    @POST
    @Path("{receiptNo}/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.SUPERVISOR })
    public Response voidReceipt(@PathParam("receiptNo") String receiptNo, @FormParam("reason") String reason) {
        return steps.run("void", FormState.typed("reason", reason), () -> payments.voidReceipt(receiptNo, reason),
                "/cashier/receipts/" + receiptNo,
                form -> Templates.receipt$void(payments.receipt(receiptNo), canVoid(), form),
                form -> page(receiptNo, form));
    }

    private TemplateInstance page(String receiptNo, FormState form) {
        return Templates.receipt(payments.receipt(receiptNo), canVoid(), form);
    }

    private boolean canVoid() {
        return staff.hasRole(Roles.SUPERVISOR);
    }
}
