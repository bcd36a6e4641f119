package steward.web;

import java.util.Locale;

/**
 * A request the current state of a thing refuses: an illegal state transition, or a change another user made
 * a moment earlier. Thrown before anything is written; it becomes a 409 (a problem under /api, else a page),
 * with the message put into the reader's language there ({@link Words}).
 */
public class Conflict extends RuntimeException {

    private final Words message;

    /** Its {@link #getMessage()} is just "Conflict" (for a log); a reader is answered with {@link #message}. */
    public Conflict(Words message) {
        super("Conflict");
        this.message = message;
    }

    public String message(Locale locale) {
        return message.in(locale);
    }
}
