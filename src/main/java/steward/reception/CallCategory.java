package steward.reception;

/** What a caller wanted. */
public enum CallCategory {
    INQUIRY,
    COMPLAINT,
    REPAIR,
    FEE,
    VISITOR,
    OTHER
}
