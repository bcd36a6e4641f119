-- Residents as recipients of the outbox: SMS through an HTTP gateway and email, only by the channels the
-- resident consented to. A message a capability no longer wants sent (a reminder for a debt paid meanwhile)
-- is WITHDRAWN, never deleted, so the outbox still shows what was queued and why it was not sent.
alter table notification add column resident_id bigint references resident (id);
alter table notification drop constraint notification_channel_check;
alter table notification add constraint notification_channel_check check (channel in ('IN_APP', 'EMAIL', 'SMS'));
alter table notification drop constraint notification_state_check;
alter table notification add constraint notification_state_check
    check (state in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'WITHDRAWN'));
alter table notification drop constraint notification_check;
alter table notification add constraint notification_address_check check (channel = 'IN_APP' or address is not null);
alter table notification add constraint notification_resident_not_in_app check (resident_id is null or channel <> 'IN_APP');
create index notification_resident on notification (resident_id) where resident_id is not null;
