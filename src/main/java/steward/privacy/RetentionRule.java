package steward.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * How long one kind of record keeps personal data, and what happens after: deleted, or its personal fields
 * cleared. A CDI bean per kind; the period is configured as {@code steward.privacy.retention.<kind>} (days).
 */
public interface RetentionRule {

    /** The kind of record, and its configuration key: {@code visits}, {@code calls}... */
    String kind();

    /** The period when none is configured, in days. */
    int defaultDays();

    /** Applies the rule to the records older than {@code cutoff}: how many records changed, per site. */
    Map<Long, Long> apply(Instant cutoff);

    /** What the rule does, for the audit trail: e.g. "deleted". */
    String verb();
}
