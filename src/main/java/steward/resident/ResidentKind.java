package steward.resident;

public enum ResidentKind {
    OWNER,
    TENANT,
    HOUSEHOLD
}
