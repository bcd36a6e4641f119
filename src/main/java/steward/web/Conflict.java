package steward.web;

/**
 * A request the current state of a thing refuses: an illegal state transition, or a change another user made
 * a moment earlier. Thrown before anything is written; it becomes a 409 (a problem under /api, else a page),
 * with the message in the user's language.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
