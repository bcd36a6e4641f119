package steward.security;

/** What can happen to a resident's file that the audit trail records. */
public enum AuditAction {
    VIEW_RESIDENT,
    REVEAL_PHONE,
    CREATE_RESIDENT
}
