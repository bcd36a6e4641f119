package steward.security;

/** What the audit trail records: what happened to a resident's file, and purges of personal data. */
public enum AuditAction {
    VIEW_RESIDENT,
    REVEAL_PHONE,
    CREATE_RESIDENT,
    /** The retention purge deleted visitor records (steward.reception). */
    PURGE_VISITS
}
