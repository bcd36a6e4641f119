package steward.billing;

public enum CardKind {
    ACCESS,
    PARKING
}
