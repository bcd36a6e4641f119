package steward.web;

import java.util.Locale;

/**
 * A request the current state of a thing refuses: an illegal state transition, or a change another user made
 * a moment earlier. Thrown before anything is written; it becomes a 409 (a problem under /api, else a page),
 * with the message put into the reader's language there ({@link Words}).
 */
public class Conflict extends RuntimeException {

    private final Words message;

    /** A message already in the reader's language. */
    public Conflict(String message) {
        this(Words.as(message));
    }

    public Conflict(Words message) {
        super("Conflict");
        this.message = message;
    }

    public String message(Locale locale) {
        return message.in(locale);
    }

    /** The message in the language of the person asking (the request's). */
    @Override
    public String getMessage() {
        return message(RequestLanguage.locale());
    }
}
