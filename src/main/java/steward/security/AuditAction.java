package steward.security;

/** What the audit trail records: what happened to a resident's file, purges of personal data, sign-in lock-outs. */
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
    /** Too many failed sign-ins from one address: the username is locked out there for a while. */
    SIGN_IN_LOCKED,
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
