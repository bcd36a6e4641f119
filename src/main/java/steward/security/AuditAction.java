package steward.security;

/**
 * What the audit trail records: what happened to a resident's file, purges of personal data, sign-in lock-outs,
 * and every change to a staff account.
 */
public enum AuditAction {
    VIEW_RESIDENT,
    REVEAL_PHONE,
    CREATE_RESIDENT,
    /** Written by the visitor purge of releases before the retention rules (steward.privacy); still shown. */
    PURGE_VISITS,
    /** A retention rule deleted or anonymised a kind of record past its period (steward.privacy). */
    RETENTION_PURGE,
    /** Everything held about a resident was exported (steward.privacy). */
    EXPORT_RESIDENT,
    /** A moved-out resident's personal data was erased (steward.privacy). */
    ERASE_RESIDENT,
    /** The audit trail itself was exported as CSV. */
    EXPORT_AUDIT,
    /** Too many failed sign-ins from one address (or from all together): the username is locked out for a while. */
    SIGN_IN_LOCKED,
    /** An administrator lifted a sign-in lock-out. */
    SIGN_IN_UNLOCKED,
    /** An administrator created a local staff account. */
    STAFF_CREATED,
    /** An administrator changed a staff account (the detail has each field before and after). */
    STAFF_UPDATED,
    /** An administrator disabled a staff account: its sessions ended at once. */
    STAFF_DISABLED,
    /** An administrator enabled a staff account again. */
    STAFF_ENABLED,
    /** An administrator reset a password: the user sets a new one at the next sign-in. */
    STAFF_PASSWORD_RESET,
    /** A staff member changed their own password (their other sessions ended). */
    PASSWORD_CHANGED,
    /** A staff member ended one or all of their other sessions. */
    SESSIONS_ENDED,
    /** A site was set up, its details or settings changed, closed or reopened (the detail: what changed). */
    CREATE_SITE,
    UPDATE_SITE,
    CLOSE_SITE,
    REOPEN_SITE,
    /** A building or a unit was added, changed or closed (the detail: what changed). */
    CREATE_BUILDING,
    UPDATE_BUILDING,
    CLOSE_BUILDING,
    CREATE_UNIT,
    UPDATE_UNIT,
    CLOSE_UNIT,
    /** A resident's details, phones or consents changed (the detail: each field before and after). */
    UPDATE_RESIDENT,
    /** A resident moved into or out of a unit (the detail: the unit and the date). */
    MOVE_IN,
    MOVE_OUT,
    /** A unit changed hands: its owner moved out and the new owner in, in one step. */
    CHANGE_OWNER,
    /** A file of units, residents or opening balances was imported into a site (steward.imports). */
    IMPORT,
    /** A resident was added or changed by an import, with the fields that changed (steward.imports). */
    IMPORT_RESIDENT,
    /** A site's units or residents were exported as a file (steward.imports). */
    EXPORT_SITE_DATA
}
