-- The supervisor's dashboard and the privacy tools (issue 9).

-- The dashboard counts a site's records of a day or a month: these indexes let each figure be answered from
-- the site's rows of that period, whatever the years of history behind them.
create index if not exists complaint_site_received_idx on complaint (site_id, received_at);
create index if not exists payment_site_paid_idx on payment (site_id, paid_at);
create index if not exists praise_site_recorded_idx on praise (site_id, recorded_at);

-- Erasure of a moved-out resident: the row stays (receipts, cards and the ledger refer to it), its personal
-- data is replaced, and erased_at says when. An erased resident is never erased twice.
alter table resident add column erased_at timestamptz;

-- The audit browser filters by actor and action within the caller's sites.
create index audit_event_site_actor_idx on audit_event (site_id, actor, occurred_at);
create index audit_event_site_action_idx on audit_event (site_id, action, occurred_at);

-- The retention rules for calls, inquiries and notifications find old rows by age across sites.
create index phone_call_started_idx on phone_call (started_at) where caller_phone is not null or caller_name is not null or notes is not null;
create index inquiry_recorded_idx on inquiry (recorded_at) where caller_phone is not null or caller_name is not null;
create index notification_created_idx on notification (created_at) where state in ('SENT', 'DEAD');
