package steward.web;

/**
 * A request the current state refuses: a receipt already voided, a day already closed, a key already used for
 * something else. Becomes 409 with a problem body (API) or a page saying why, in the user's language.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
