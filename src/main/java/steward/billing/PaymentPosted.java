package steward.billing;

/**
 * A payment was posted to a unit's account (or a receipt voided). Fired synchronously inside the payment's
 * transaction, after its allocations, so that observers read the account as it will be committed: the arrears
 * collection closes a case paid in full in the same transaction.
 */
public record PaymentPosted(Long siteId, Long unitId, Long paymentId) {
}
