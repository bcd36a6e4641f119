package steward.privacy;

import java.time.Instant;

import steward.resident.SiteSettings;

/**
 * How long one kind of record keeps personal data, and what happens after: deleted, or its personal fields
 * cleared. A CDI bean per kind; the period is each site's own setting (its page), in days.
 */
public interface RetentionRule {

    /** The kind of record: {@code visits}, {@code calls}... */
    String kind();

    /** The name of the site's setting that holds the period, for the audit trail: {@code visitorRetentionDays}. */
    String setting();

    /** The site's period for this kind, in days. */
    int days(SiteSettings settings);

    /** Applies the rule to one site's records older than {@code cutoff}: how many records changed. */
    long apply(Long siteId, Instant cutoff);

    /** What the rule does, for the audit trail: e.g. "deleted". */
    String verb();
}
