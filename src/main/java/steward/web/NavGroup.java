package steward.web;

/**
 * The kinds of work the navigation is grouped by, in the order the groups are shown. A page belongs to the work
 * it serves, not to the roles that may open it: the fee sheet is the cashier's even when the desk reads it.
 */
public enum NavGroup {
    /**
     * Reception: visitors, calls, the mailroom, lending, the shift handover, finding residents, answering
     * inquiries.
     */
    DESK,
    /** Customer service: complaints and promises, praise, the answer book, arrears. */
    SERVICE,
    /** The till: cards, payments, receipts, the fee sheet, the daily close. */
    CASHIER,
    /**
     * Running the center: the dashboard, inspections, on call, the working calendar, suggestions, the audit trail,
     * the outbox.
     */
    SUPERVISION,
    /** Sites, accounts and imports. */
    ADMINISTRATION
}
