package steward.resident;

import java.time.Instant;

/**
 * One record on a file: its kind ({@code COMPLAINT}, {@code PROMISE}, {@code MAIL}, {@code CARD}, {@code VISIT},
 * {@code CALL}, {@code INQUIRY}, {@code PROXY}, {@code CASE}), its state and detail as codes (the page words them),
 * what was typed, the due time of a promise, and its page where the reader's role may open one (else null).
 */
public record FileEntry(String kind, Long id, Instant at, String state, String detail, String text, Instant dueAt,
        Long unitId, String unitLabel, boolean open, String link) {
}
