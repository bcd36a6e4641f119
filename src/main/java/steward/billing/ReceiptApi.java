package steward.billing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import steward.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
public class ReceiptApi {

    public record VoidRequest(@Schema(required = true, minLength = 2) String reason) {
    }

    @Inject
    PaymentService payments;

    @GET
    @Path("{receiptNo}")
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "A receipt by its number, e.g. 2026-000123")
    public PaymentService.Receipt receipt(@PathParam("receiptNo") String receiptNo) {
        return payments.receipt(receiptNo);
    }

    @POST
    @Path("{receiptNo}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR })
    @Operation(summary = "Void a receipt with a reason: reversing entries, the number kept")
    @APIResponse(responseCode = "409", description = "Voided already, or its cash day is closed")
    public PaymentService.Receipt voidReceipt(@PathParam("receiptNo") String receiptNo, VoidRequest request) {
        return payments.voidReceipt(receiptNo, request == null ? null : request.reason());
    }
}
