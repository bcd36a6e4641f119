-- A resident may withdraw the consent they gave for someone to collect their items. The proxy stays on record
-- (who could collect, from when until when, who recorded the withdrawal and why), and the same person may be
-- authorised again later: only one authorisation of a name is in force at a time.
alter table mail_proxy
    add column revoked_at    timestamptz,
    add column revoked_by    text,
    add column revoke_reason text check (revoke_reason is null or length(revoke_reason) between 2 and 200),
    add column version       integer not null default 0,
    add constraint mail_proxy_revocation_recorded
        check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoke_reason is null));

alter table mail_proxy drop constraint mail_proxy_resident_id_name_key;
create unique index mail_proxy_in_force on mail_proxy (resident_id, name) where revoked_at is null;
