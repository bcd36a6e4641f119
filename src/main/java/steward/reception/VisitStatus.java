package steward.reception;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit stands. An arranged visit may be registered before the visitor comes (expected), and is
 * registered on arrival with one tap, or cancelled when they do not come. The host's answer moves a registered
 * visit on (the seed's 二(四)2–4); every visit that came ends with the farewell (二(五)). A visitor asked to
 * wait may still be admitted.
 */
public enum VisitStatus {
    EXPECTED,
    REGISTERED,
    CONFIRMED,
    ASKED_TO_WAIT,
    ABSENT,
    DECLINED,
    LEFT,
    CANCELLED;

    /** The answers a host can give: the outcomes of {@code host-response}. */
    public static final Set<VisitStatus> HOST_RESPONSES = EnumSet.of(CONFIRMED, ASKED_TO_WAIT, ABSENT, DECLINED);

    public boolean canMoveTo(VisitStatus next) {
        return switch (this) {
            case EXPECTED -> next == REGISTERED || next == CANCELLED;
            case REGISTERED -> HOST_RESPONSES.contains(next);
            case ASKED_TO_WAIT -> next == CONFIRMED || next == LEFT;
            case CONFIRMED, ABSENT, DECLINED -> next == LEFT;
            case LEFT, CANCELLED -> false;
        };
    }

    /** The visitor is in the building (registered, and not yet seen off). */
    public boolean isOpen() {
        return this != LEFT && this != EXPECTED && this != CANCELLED;
    }
}
