package steward.complaint;

import java.time.Instant;

/**
 * A complaint was resolved. Fired synchronously inside the resolving transaction, so that the resident can be
 * asked for their own word on it (steward.survey).
 */
public record ComplaintResolved(Long complaintId, Long siteId, Long residentId, String resolvedBy,
        Instant resolvedAt) {
}
