-- Day one at a company (issue 14): sites, buildings, units and residents kept by the company itself.

-- A site's own settings. Until now they were environment variables for every site; from now on the environment
-- only gives a new site its first values. The sites that exist keep what the environment said when this migration
-- ran (the Flyway placeholders are set from the same variables in application.properties), so an upgrade
-- changes nothing. The column defaults are the built-in defaults, for rows written by hand.
alter table site
    add column address                          text check (length(address) <= 200),
    add column phone_region                     text not null default 'TW' check (phone_region ~ '^[A-Z]{2}$'),
    add column desk_phone                       text check (desk_phone ~ '^\+[1-9][0-9]{6,14}$'),
    add column closed_at                        timestamptz,
    add column visitor_retention_days           integer not null default 180 check (visitor_retention_days between 1 and 3650),
    add column caller_retention_days            integer not null default 730 check (caller_retention_days between 1 and 3650),
    add column inquirer_retention_days          integer not null default 730 check (inquirer_retention_days between 1 and 3650),
    add column notification_retention_days      integer not null default 90 check (notification_retention_days between 1 and 3650),
    add column desk_day_ends_at                 time not null default '18:00',
    add column mailroom_first_reminder_days     integer not null default 3 check (mailroom_first_reminder_days between 1 and 365),
    add column mailroom_reminder_interval_days  integer not null default 7 check (mailroom_reminder_interval_days between 1 and 365),
    add column mailroom_return_after_days       integer not null default 30 check (mailroom_return_after_days between 1 and 3650),
    add column arrears_monthly_cap              integer not null default 2 check (arrears_monthly_cap between 1 and 31),
    add column arrears_quiet_from               time not null default '21:00',
    add column arrears_quiet_until              time not null default '08:00',
    add column version                          integer not null default 0,
    add constraint site_name_length check (length(name) between 1 and 100),
    add constraint site_company_name_length check (length(company_name) between 1 and 100);

update site set
    phone_region = '${phone_region}',
    visitor_retention_days = ${visitor_retention_days},
    caller_retention_days = ${caller_retention_days},
    inquirer_retention_days = ${inquirer_retention_days},
    notification_retention_days = ${notification_retention_days},
    desk_day_ends_at = time '${desk_day_ends_at}',
    mailroom_first_reminder_days = ${mailroom_first_reminder_days},
    mailroom_reminder_interval_days = ${mailroom_reminder_interval_days},
    mailroom_return_after_days = ${mailroom_return_after_days},
    arrears_monthly_cap = ${arrears_monthly_cap},
    arrears_quiet_from = time '${arrears_quiet_from}',
    arrears_quiet_until = time '${arrears_quiet_until}';

-- Buildings and units are closed, never deleted, once anything refers to them (residents, the ledger, visits).
alter table building
    add column closed_at  timestamptz,
    add column version    integer not null default 0,
    add constraint building_name_length check (length(name) between 1 and 50);

-- A unit's label is unique in its site as people mean it: 「5棟2單元502」, 「5棟 2單元 502」 and 「５棟２單元５０２」
-- are one unit. label_key is the label normalised by steward.resident.UnitLabel (NFKC, no white space, Latin
-- letters in capitals); the statement below applies the same rule once to the units that exist.
alter table unit
    add column kind       text not null default 'RESIDENTIAL'
                          check (kind in ('RESIDENTIAL', 'SHOP', 'PARKING_SPACE', 'STORAGE')),
    add column label_key  text,
    add column closed_at  timestamptz,
    add column version    integer not null default 0,
    add constraint unit_label_length check (length(label) between 1 and 50),
    add constraint unit_floor_range check (floor between -20 and 300),
    add constraint unit_area_range check (area_m2 > 0);
update unit set label_key = upper(regexp_replace(normalize(label, NFKC), '[[:space:]]', '', 'g'));
alter table unit alter column label_key set not null;
alter table unit drop constraint unit_site_id_label_key;
create unique index unit_site_label_key_idx on unit (site_id, label_key);

-- Consent per channel with when and how it was given (or withdrawn): the latest decision is on the resident, every
-- change is in the audit trail. Consents recorded before Steward asked how are marked as from earlier records.
alter table resident
    add column consent_sms_at     timestamptz,
    add column consent_sms_how    text check (consent_sms_how in ('IN_WRITING', 'IN_PERSON', 'BY_PHONE', 'BY_EMAIL',
                                                                  'EARLIER_RECORDS')),
    add column consent_email_at   timestamptz,
    add column consent_email_how  text check (consent_email_how in ('IN_WRITING', 'IN_PERSON', 'BY_PHONE',
                                                                    'BY_EMAIL', 'EARLIER_RECORDS')),
    add constraint resident_phones_at_most_five check (cardinality(phones) <= 5);
update resident set consent_sms_at = created_at, consent_sms_how = 'EARLIER_RECORDS' where consent_sms;
update resident set consent_email_at = created_at, consent_email_how = 'EARLIER_RECORDS' where consent_email;
alter table resident
    add constraint resident_consent_sms_recorded
        check ((consent_sms_at is null) = (consent_sms_how is null) and (not consent_sms or consent_sms_at is not null)),
    add constraint resident_consent_email_recorded
        check ((consent_email_at is null) = (consent_email_how is null)
               and (not consent_email or consent_email_at is not null));

-- Moving in and out is per unit: a resident's link to a unit has its dates, and stays after the move-out as the
-- unit's history. At most one link of a resident to a unit is current (moved_out is null). resident.moved_out now
-- says when the resident left the last of their units (null while they live in one): it is what the privacy
-- tools' erasure and the search's order read.
alter table resident_unit
    drop constraint resident_unit_pkey,
    add column id         bigint generated by default as identity primary key,
    add column moved_in   date,
    add column moved_out  date,
    add constraint resident_unit_dates check (moved_out is null or moved_in is null or moved_out >= moved_in);
update resident_unit ru set moved_in = r.moved_in, moved_out = r.moved_out from resident r where r.id = ru.resident_id;
create unique index resident_unit_current_idx on resident_unit (resident_id, unit_id) where moved_out is null;
create index resident_unit_resident_idx on resident_unit (resident_id);
alter table resident drop column moved_in;

-- A message to a resident about one of their units (an arrears reminder, an item addressed to the unit): moving out
-- of that unit withdraws what is still waiting to be sent.
alter table notification add column unit_id bigint references unit (id);
create index notification_resident_unit_waiting on notification (resident_id, unit_id)
    where resident_id is not null and state in ('PENDING', 'FAILED');
