package steward.privacy;

import java.util.Comparator;
import java.util.List;

/**
 * The tables that hold a resident's records, with the select of the resident's rows (parameters {@code :site} and
 * {@code :resident}) for the export and the update that erases their personal data. Each erasure keeps the record
 * (what happened, when, by whom: the center's history and the dashboard's figures) and replaces what identifies
 * the person; financial records (receipts, the ledger) are kept as they are. A capability that stores something
 * about a resident adds its table here.
 */
record ResidentTable(String key, String exportSql, String eraseSql) {

    /** Every table, in the order of the export's keys. */
    static final List<ResidentTable> ALL = List.of(
            // Visitors the resident received: the visitor's name, phone and plate go with the resident's.
            new ResidentTable("visits", """
                select id, visitor_name, visitor_phone, party_size, purpose, unit_id, plate_number, status,
                  host_response, registered_at, left_at
                from visit where site_id = :site and host_resident_id = :resident order by registered_at, id""",
                    """
                update visit set visitor_name = '—', visitor_phone = null, plate_number = null, purpose = null,
                  version = version + 1
                where site_id = :site and host_resident_id = :resident"""),
            new ResidentTable("calls", """
                select id, caller_name, caller_phone, unit_id, category, notes, outcome, started_at, ended_at,
                  answered_by
                from phone_call where site_id = :site and resident_id = :resident order by started_at, id""",
                    """
                update phone_call set caller_name = null, caller_phone = null, notes = null, version = version + 1
                where site_id = :site and resident_id = :resident"""),
            new ResidentTable("inquiries", """
                select id, channel, question, outcome, caller_name, caller_phone, recorded_by, recorded_at
                from inquiry where site_id = :site and resident_id = :resident order by recorded_at, id""",
                    """
                update inquiry set caller_name = null, caller_phone = null
                where site_id = :site and resident_id = :resident"""),
            new ResidentTable("complaints", """
                select id, channel, unit_id, customer_name, customer_phone, category, description, severity,
                  state, received_at, resolution, resolved_at, satisfaction, satisfaction_comment
                from complaint where site_id = :site and resident_id = :resident order by received_at, id""",
                    """
                update complaint set customer_name = null, customer_phone = null, satisfaction_comment = null,
                  version = version + 1
                where site_id = :site and resident_id = :resident"""),
            new ResidentTable("promises", """
                select id, source_kind, source_id, what, customer_name, customer_phone, due_at, owner, state,
                  closed_at
                from promise where site_id = :site and resident_id = :resident order by created_at, id""",
                    """
                update promise set customer_name = null, customer_phone = null, version = version + 1
                where site_id = :site and resident_id = :resident"""),
            new ResidentTable("praise", """
                select id, customer_name, staff, what, recorded_at
                from praise where site_id = :site and resident_id = :resident order by recorded_at, id""",
                    "update praise set customer_name = null where site_id = :site and resident_id = :resident"),
            // Access and parking cards: the card, its deposit and its ledger lines stay; the plate and the last four
            // characters of the ID document checked at issue are replaced.
            new ResidentTable("cards", """
                select id, unit_id, kind, card_number, plate_number, parking_space, id_type, id_last4, deposit,
                  status, issued_at, ended_at
                from card where site_id = :site and resident_id = :resident order by issued_at, id""",
                    """
                update card set id_last4 = 'XXXX',
                  plate_number = case when kind = 'PARKING' then '—' else null end, version = version + 1
                where site_id = :site and resident_id = :resident"""),
            // Who opened the resident's file and why: exported, never changed (the trail is append-only).
            new ResidentTable("audit", """
                select id, occurred_at, actor, action, reason
                from audit_event where site_id = :site and resident_id = :resident order by occurred_at, id""",
                    null),
            // Items received for the resident: who collected them is personal; what arrived and the custody stay.
            new ResidentTable("mailItems", """
                select id, kind, sender, tracking, case when sealed then null else description end as description,
                  sealed, status, received_at, handed_over_at, receiver_name, identified_by, id_check_type
                from mail_item where site_id = :site and recipient_resident_id = :resident
                order by received_at, id""",
                    """
                with signatures as (
                  delete from mail_attachment a using mail_item i
                  where a.item_id = i.id and a.purpose = 'SIGNATURE' and i.site_id = :site
                    and i.recipient_resident_id = :resident)
                update mail_item set receiver_name = case when receiver_name is null then null else '—' end,
                  id_check_last4 = null, version = version + 1
                where site_id = :site and recipient_resident_id = :resident"""),
            // The people the resident authorised to collect their items: the consent ends with the erasure.
            new ResidentTable("mailProxies", """
                select id, name, consent_note, created_at, created_by, revoked_at, revoke_reason
                from mail_proxy where site_id = :site and resident_id = :resident order by created_at, id""",
                    "delete from mail_proxy where site_id = :site and resident_id = :resident"),
            // Documents and faxes sent for the resident: whom they wrote to is personal; the fee stays on the ledger.
            new ResidentTable("outboundDocuments", """
                select id, kind, destination_address, fax_number, recipient_name, recipient_phone, pages, fee,
                  confirmation, confirmed_at, registered_at
                from outbound_document where site_id = :site and resident_id = :resident
                order by registered_at, id""",
                    """
                update outbound_document set recipient_name = '—', recipient_phone = '—',
                  destination_address = case when destination_address is null then null else '—' end,
                  fax_number = case when fax_number is null then null else '—' end, confirmation_note = null,
                  version = version + 1
                where site_id = :site and resident_id = :resident"""),
            // Messages to the resident by SMS or email: address and text go, the fact stays, nothing more is sent.
            new ResidentTable("notifications", """
                select id, channel, address, subject, body, state, created_at, sent_at
                from notification where site_id = :site and resident_id = :resident order by created_at, id""",
                    """
                update notification set address = '—', subject = '—', body = '—',
                  state = case when state in ('PENDING', 'FAILED') then 'WITHDRAWN' else state end
                where site_id = :site and resident_id = :resident"""))
            .stream().sorted(Comparator.comparing(ResidentTable::key)).toList();

    /** Whether the records hold personal data to erase (the audit trail holds none it may change). */
    boolean erasable() {
        return eraseSql != null;
    }
}
