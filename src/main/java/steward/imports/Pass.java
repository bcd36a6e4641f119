package steward.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of a file: what it is read for (checked only, or checked and written), the site it goes into, and
 * what the reading found so far: refusals, the natural keys seen (a second row with the same key is a duplicate),
 * and the counts of the report. The report keeps the first {@link #KEPT} refusals; the count is of all.
 */
final class Pass {

    static final int KEPT = 1000;

    final long jobId;
    final ImportKind kind;
    final boolean write;
    final Long siteId;
    final String currency;
    final String phoneRegion;
    final ZoneId zone;
    final Instant now;
    final LocalDate today;
    final String actor;
    final boolean createBuildings;
    final ImportText text;

    final List<Refusal> refusals = new ArrayList<>();
    int refusalCount;
    private final BitSet refusedLines = new BitSet();
    private final Map<String, Integer> seen = new HashMap<>();
    /** Whatever a handler keeps between batches (the site's buildings, say). */
    final Map<String, Object> memo = new HashMap<>();

    int rows;
    int created;
    int updated;
    int unchanged;

    Pass(long jobId, ImportKind kind, boolean write, Long siteId, String currency, String phoneRegion, ZoneId zone,
            Instant now, String actor, boolean createBuildings, ImportText text) {
        this.jobId = jobId;
        this.kind = kind;
        this.write = write;
        this.siteId = siteId;
        this.currency = currency;
        this.phoneRegion = phoneRegion;
        this.zone = zone;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
        this.actor = actor;
        this.createBuildings = createBuildings;
        this.text = text;
    }

    void refuse(int line, ImportColumn column, ImportReason reason, String argument) {
        refusalCount++;
        if (refusals.size() < KEPT) {
            refusals.add(new Refusal(line, column, reason, argument));
        }
        refusedLines.set(line);
    }

    boolean refused(int line) {
        return refusedLines.get(line);
    }

    int refusedRows() {
        return refusedLines.cardinality();
    }

    int acceptedRows() {
        return rows - refusedLines.cardinality();
    }

    /** Records a row's natural key; the line of an earlier row with the same key, or null. */
    Integer firstLineOf(String key, int line) {
        return seen.putIfAbsent(key, line);
    }
}
