-- The units each resident lives in now: the current rows of resident_unit (moved_out is null). Resident.units reads
-- this view, so that every query joining residents to units (the mailroom's recipients, the cashier's payers, the
-- arrears' reminders) sees who lives there today, never a past resident, without repeating the condition.
create view resident_unit_current as
    select resident_id, unit_id from resident_unit where moved_out is null;
