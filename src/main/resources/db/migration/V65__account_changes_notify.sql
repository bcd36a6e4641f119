-- Each replica keeps the signed-in accounts it has read (steward.security.SignedInAccounts) and forgets one as soon
-- as it changes, on every replica: every change to an account, to the sites it works for, or to whether one of
-- those sites is open, sends NOTIFY steward_account with the account's id. A trigger sends it, so no way of
-- writing (a service, an import, an operator's SQL) can forget to; and a NOTIFY is part of its transaction, so it
-- is delivered when the change commits and never for a change rolled back
-- (steward.security.AccountChanges listens on each replica).

create function notify_account_changed() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'account' then
        perform pg_notify('steward_account', coalesce(new.id, old.id)::text);
    elsif tg_table_name = 'account_site' then
        if tg_op <> 'INSERT' then
            perform pg_notify('steward_account', old.account_id::text);
        end if;
        if tg_op <> 'DELETE' then
            perform pg_notify('steward_account', new.account_id::text);
        end if;
    elsif tg_table_name = 'site' then
        -- A closed site is no longer one of its accounts' working sites; a reopened one is again.
        perform pg_notify('steward_account', s.account_id::text) from account_site s where s.site_id = new.id;
    end if;
    return null;
end
$$;

create trigger account_changed after update on account
    for each row when (old is distinct from new) execute function notify_account_changed();

create trigger account_deleted after delete on account
    for each row execute function notify_account_changed();

create trigger account_site_changed after insert or update or delete on account_site
    for each row execute function notify_account_changed();

create trigger site_opened_or_closed after update of closed_at on site
    for each row when (old.closed_at is distinct from new.closed_at) execute function notify_account_changed();
