-- The review date an answer's owner was last reminded of: the reminder job claims answers whose review date has
-- come and differs from this one, so each review date reminds once, and the next review date again.
alter table answer add column review_reminded_for timestamptz;
create index answer_review_to_remind on answer (review_due_at)
    where published_version_id is not null and review_due_at is not null;
