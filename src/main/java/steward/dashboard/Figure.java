package steward.dashboard;

import java.math.BigDecimal;

/**
 * One number of the dashboard: a count of records, optionally out of another count of the same section (a
 * share, e.g. calls answered within three rings out of all calls) and with a sum of money. {@code link} opens
 * the list of exactly the records counted.
 */
public record Figure(String key, String label, long count, Long outOf, BigDecimal amount, String link) {

    /** Whole percent of {@code outOf}, or null when this is no share or nothing was counted. */
    @com.fasterxml.jackson.annotation.JsonProperty("percent")
    public Long percent() {
        return outOf == null || outOf == 0 ? null : Math.round(100.0 * count / outOf);
    }
}
