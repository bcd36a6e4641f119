-- resident (site_id, search_text), which imports added (V25), serves every look-up by site that resident (site_id)
-- served. Kept both, the planner's estimate for a site that is new since the last ANALYZE (about one resident) makes
-- it read the site's residents through (site_id) and filter them by name: an import into a new site of a company
-- that has others then reads every resident it has written so far for each batch of a few hundred rows, and
-- 200,000 residents take minutes. One index on the two columns leaves no such choice, and each resident written
-- updates one index less.
drop index resident_site_idx;
