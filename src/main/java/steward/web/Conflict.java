package steward.web;

/**
 * A step the current state does not allow (keeping a promise already kept, resolving a resolved complaint):
 * 409 with a problem body under /api, the error page elsewhere. The message is in the user's language.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
