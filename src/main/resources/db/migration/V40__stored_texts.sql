-- What the application says is kept as data, not as a sentence: a message of a bundle and its parameters as JSON
-- (steward.web.StoredText), rendered when it is read, in the reader's language and the site's time zone. Rows
-- written before keep the sentence they stored, which is shown as it is while the new column is empty.

-- A notification's subject and body (the banner and the outbox read these; email and SMS still send the text
-- rendered in the recipient's language, kept in subject and body).
alter table notification add column subject_text text, add column body_text text;

-- A complaint's step that the application words (received, assigned, a compensation); what staff told the
-- customer stays in text, as typed.
alter table complaint_event add column message text;

-- A step of a parcel's or a fax's chain of custody, and a line of the audit trail: their detail.
alter table mail_custody_event add column detail_text text;
alter table audit_event add column detail_text text;
