-- The seed's 二(四)1: 「請問怎麼稱呼您?是否已與*先生/(女士)聯繫好」. Registration asks whether the visit was arranged
-- with the host; an arranged visit can be registered before the visitor arrives (when the resident calls the
-- desk), is expected on the board, and takes one tap on arrival. An expected visitor who never came is cancelled.
alter table visit add column arranged boolean;
alter table visit add column expected_at timestamptz;
alter table visit add column arrived_at timestamptz;
alter table visit drop constraint visit_status_check;
alter table visit add constraint visit_status_check check (status in ('EXPECTED', 'REGISTERED', 'CONFIRMED',
    'ASKED_TO_WAIT', 'ABSENT', 'DECLINED', 'LEFT', 'CANCELLED'));
alter table visit add check (expected_at is null or arranged);
alter table visit add check (status <> 'EXPECTED' or expected_at is not null);
create index visit_site_expected_idx on visit (site_id, expected_at) where status = 'EXPECTED';
