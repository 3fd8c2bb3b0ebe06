-- dyad_days by actor and day, for DyadDailyCounts filtered by actors: one
-- range per actor and side over a window's whole days, instead of every row
-- of an actor's history as source (the primary key) or of the whole table as
-- target. Each carries n, so the counts are read from the index alone.
CREATE INDEX dyad_days_source_day ON dyad_days(source, day, target, type, n);
CREATE INDEX dyad_days_target_day ON dyad_days(target, day, source, type, n);
