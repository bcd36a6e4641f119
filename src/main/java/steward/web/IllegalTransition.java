package steward.web;

/**
 * A request the rules refuse because of the state something is in (approving an answer already approved, say):
 * a 409 problem (API) or page, with a message in the user's language. Thrown before anything is written.
 */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
