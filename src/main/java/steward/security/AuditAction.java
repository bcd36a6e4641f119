package steward.security;

/** What the audit trail records: what happened to a resident's file, purges of personal data, sign-in lock-outs. */
public enum AuditAction {
    VIEW_RESIDENT,
    REVEAL_PHONE,
    CREATE_RESIDENT,
    /** The retention purge deleted visitor records (steward.reception). */
    PURGE_VISITS,
    /** Too many failed sign-ins from one address: the username is locked out there for a while. */
    SIGN_IN_LOCKED
}
