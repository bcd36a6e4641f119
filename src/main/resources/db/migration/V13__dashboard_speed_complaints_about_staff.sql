-- The rest of issue 9: complaints about a staff member, a desk's past inspections, and the dashboard's indexes.

-- The staff member a complaint is about (optional): an account of the complaint's site, checked on intake.
-- The per-staff table counts a month of them per staff member.
alter table complaint add column about_staff text;
create index complaint_about_staff_idx on complaint (site_id, about_staff, received_at) where about_staff is not null;

-- The dashboard counts collection cases opened in a day and a month of one site; the existing index leads with
-- the state, which the counts do not fix.
create index collection_case_site_opened_idx on collection_case (site_id, opened_at);

-- A desk's past inspections over a range of dates.
create index inspection_site_desk_time_idx on inspection (site_id, desk_id, inspected_at);
