package steward.billing;

import java.math.BigDecimal;

/**
 * A credit to post to a unit's account, asked for by another capability: a compensation approved for a
 * complaint (the seed's 三(三)4, 「配合適當的補償行為」), for instance. Fired synchronously inside the
 * requester's transaction; the cashier's ledger observes it and posts the credit exactly once per source.
 *
 * @param sourceKind what asked for it, e.g. {@code COMPLAINT_COMPENSATION}
 * @param sourceId the id of that thing; (sourceKind, sourceId) is unique among credits
 */
public record CreditRequested(Long siteId, Long unitId, BigDecimal amount, String reason, String sourceKind,
        Long sourceId) {
}
