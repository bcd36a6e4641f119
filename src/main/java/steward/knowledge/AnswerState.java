package steward.knowledge;

/**
 * Where a version of an answer stands. A draft is approved by a supervisor, which publishes it; the version
 * published before becomes superseded. A draft edited again before approval is replaced by the newer draft.
 */
public enum AnswerState {
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    REPLACED;

    /** A version staff may have answered a customer with: it was approved. */
    public boolean wasApproved() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
