package steward.mailroom;

import java.util.Map;
import java.util.Set;

/** Where a received item is; the transitions a desk may make (jobs flag RETURN_DUE themselves). */
public enum ItemStatus {
    /** On the shelf, the recipient told. */
    WAITING,
    /** Five wrong pickup codes: only a supervisor's release opens it again. */
    LOCKED,
    HANDED_OVER,
    /** Not collected within the return period: to go back to the sender. */
    RETURN_DUE,
    RETURNED;

    private static final Map<ItemStatus, Set<ItemStatus>> NEXT = Map.of(
            WAITING, Set.of(HANDED_OVER, LOCKED, RETURN_DUE, RETURNED),
            LOCKED, Set.of(WAITING, RETURNED),
            RETURN_DUE, Set.of(HANDED_OVER, RETURNED),
            HANDED_OVER, Set.of(),
            RETURNED, Set.of());

    public boolean canMoveTo(ItemStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this == WAITING || this == LOCKED || this == RETURN_DUE;
    }
}
