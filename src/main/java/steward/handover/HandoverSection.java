package steward.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import steward.web.Words;

/**
 * A part of the shift handover, contributed by a bean per section (found by {@link HandoverService}, as the
 * dashboard finds its sections): the records the outgoing staff member hands over, generated when they sign, never
 * typed. A capability adds a section by adding a bean; a new key needs no migration. Missed calls, when the desk
 * records them, join as a section of their own (or within {@code callbacks}).
 */
public interface HandoverSection {

    /** A stable key, stored with the handover: lower case letters and underscores, at most 40. */
    String key();

    /** Position in the handover, lower first. */
    int order();

    /** The section's title, said where the handover is read. */
    Words title();

    /** The records of the site to hand over at a shift change: now, and the shift that starts and ends. */
    List<Line> lines(Long siteId, Instant now, Instant shiftStartsAt, Instant shiftEndsAt);

    /** How a line's code reads (a kind of item, where a promise was made…); the code itself by default. */
    default Words codeLabel(String code) {
        return Words.as(code);
    }

    /** Whether the section is counted by the lines' detail (the mail shelf: how many items per shelf). */
    default boolean countedByDetail() {
        return false;
    }

    /**
     * A record as the handover lists it, as data: its id, a code (a kind), a label (a name, a description), a
     * detail (a unit, a shelf, a borrower), the staff member who owns it, a count, a time, an amount, its page.
     */
    record Line(Long refId, String code, String label, String detail, String owner, Integer quantity, Instant at,
            BigDecimal amount, String link) {
    }
}
