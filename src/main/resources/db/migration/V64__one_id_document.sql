-- One type of identity document (steward.privacy.IdDocument, named in every language by msg:id_document) replaces
-- the mailroom's IdType and the cashier's IdDocument with their three sets of names. The rows' own columns keep
-- their values (NATIONAL_ID, PASSPORT, ...); what changes is how stored texts (steward.web.StoredText) name the
-- document: by the enum's class, by lending:id_type, or by one key per type (mailroom:id_PASSPORT). Every column
-- that keeps a stored text is rewritten to the one name, so a parcel's custody, a loan's steps, a notification, a
-- complaint's step or the audit trail written before still reads in the reader's language. The trails are
-- append-only: their guards are lifted for this rewrite only, inside this migration's transaction, and the
-- words each row shows stay the same in every language (steward.privacy.IdDocumentTest).

create function pg_temp.one_id_document(stored text) returns text language sql immutable as $$
    select regexp_replace(
        replace(replace(replace(stored,
            '"enum":"steward.mailroom.IdType"', '"enum":"steward.privacy.IdDocument"'),
            '"enum":"steward.billing.IdDocument"', '"enum":"steward.privacy.IdDocument"'),
            '"key":"lending:id_type"', '"key":"msg:id_document"'),
        '\{"key":"mailroom:id_([A-Z_]+)","params":\[\]\}',
        '{"key":"msg:id_document","params":[{"enum":"steward.privacy.IdDocument","name":"\1"}]}', 'g')
$$;

alter table mail_custody_event disable trigger mail_custody_no_update_or_delete;
alter table loan_event disable trigger loan_event_no_update_or_delete;
alter table audit_event disable trigger audit_event_no_update_or_delete;

update mail_custody_event set detail_text = pg_temp.one_id_document(detail_text)
    where detail_text <> pg_temp.one_id_document(detail_text);
update loan_event set detail = pg_temp.one_id_document(detail)
    where detail <> pg_temp.one_id_document(detail);
update audit_event set detail_text = pg_temp.one_id_document(detail_text)
    where detail_text <> pg_temp.one_id_document(detail_text);
update complaint_event set message = pg_temp.one_id_document(message)
    where message <> pg_temp.one_id_document(message);
update notification set subject_text = pg_temp.one_id_document(subject_text)
    where subject_text <> pg_temp.one_id_document(subject_text);
update notification set body_text = pg_temp.one_id_document(body_text)
    where body_text <> pg_temp.one_id_document(body_text);

alter table mail_custody_event enable trigger mail_custody_no_update_or_delete;
alter table loan_event enable trigger loan_event_no_update_or_delete;
alter table audit_event enable trigger audit_event_no_update_or_delete;

drop function pg_temp.one_id_document(text);
