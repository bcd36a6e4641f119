package steward.billing;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import steward.web.InputRules;
import steward.security.Roles;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cashier")
public class PaymentApi {

    @Inject
    InputRules rules;

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASHIER, Roles.SUPERVISOR })
    @Operation(summary = "Take a payment (Idempotency-Key required): 201 with the receipt; the same key again answers "
            + "200 with the same receipt, or 409 when the content differs")
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key with another content")
    public Response pay(@HeaderParam(IDEMPOTENCY_KEY) String key, PaymentService.PaymentRequest request) {
        rules.body(request);
        PaymentService.Outcome outcome = payments.pay(request, key, IDEMPOTENCY_KEY);
        URI location = URI.create("/api/v1/receipts/" + outcome.receipt().receiptNo());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.receipt()).build();
    }
}
