-- Developments: one real-world event each (one kind of act by a source
-- against a target on one day), merged at ingest from every sentence,
-- article and outlet that states it (the rule: briefbot.Join). Each event
-- points at the development it states.
--
-- The per-day summaries behind /who, /dyad and briefing trends now count
-- news developments on the day they happened, not sentences on the day they
-- were published: a strike told by ten outlets counts once, and background
-- not at all. Triggers on developments keep them exact; a development's
-- type, sides and background standing never change, its day only moves
-- earlier. The store fills the developments of events stored before this
-- migration when it opens.
CREATE TABLE developments (
    id            INTEGER PRIMARY KEY,
    type          TEXT NOT NULL CHECK (type IN ('accusation', 'denial', 'escalation', 'deescalation')),
    source        TEXT NOT NULL CHECK (source <> ''),
    target        TEXT NOT NULL DEFAULT '',
    family        TEXT NOT NULL, -- the kind of act of its code: briefbot.Family
    happened      INTEGER NOT NULL, -- the day it happened, midnight UTC
    background    INTEGER NOT NULL CHECK (background IN (0, 1)),
    -- The best mention's code, targets, sentence and scores.
    code          TEXT NOT NULL DEFAULT '',
    alt_targets   TEXT NOT NULL DEFAULT '[]',
    evidence      TEXT NOT NULL DEFAULT '',
    evidence_rank INTEGER NOT NULL DEFAULT 0, -- of the evidence's mention: briefbot.Evidence
    evidence_published INTEGER NOT NULL DEFAULT 0,
    confidence    REAL NOT NULL DEFAULT 0,
    intensity     REAL NOT NULL DEFAULT 0,
    -- The earliest and latest publication of the articles stating it, and
    -- whether a news sentence of a headline or lead states it.
    first_seen    INTEGER NOT NULL,
    has_lead      INTEGER NOT NULL DEFAULT 0 CHECK (has_lead IN (0, 1)),
    last_seen     INTEGER NOT NULL,
    mentions      INTEGER NOT NULL DEFAULT 0
);
-- The merge's lookup by key and day, and a dyad's days (/dyad).
CREATE INDEX developments_dyad ON developments(source, target, happened, type, family);
-- An actor on either side (/who).
CREATE INDEX developments_source ON developments(source, happened);
CREATE INDEX developments_target ON developments(target, happened);
-- What was first reported in a window (briefings, alerts).
CREATE INDEX developments_first_seen ON developments(first_seen);

ALTER TABLE events ADD COLUMN development_id INTEGER REFERENCES developments(id);
CREATE INDEX events_development ON events(development_id);

-- Events are read through their developments now: the windowed event
-- indexes and the summary indexes for event counts go.
DROP INDEX events_date;
DROP INDEX events_source_date;
DROP INDEX events_target_date;
DROP INDEX events_dyad_date;
DROP INDEX dyad_days_source_day;
DROP INDEX dyad_days_target_day;

DROP TRIGGER events_actor_days_insert;
DROP TRIGGER events_actor_days_delete;
DROP TRIGGER events_pair_days_insert;
DROP TRIGGER events_pair_days_delete;
DROP TRIGGER events_dyad_days_insert;
DROP TRIGGER events_dyad_days_delete;
DELETE FROM actor_days;
DELETE FROM pair_days;
DELETE FROM pair_weeks;
DELETE FROM dyad_days;

-- Each change of what the summaries count is a row of summary_changes, +1
-- or -1 for one news development on one day; one trigger applies it to the
-- four summaries, dropping the rows that reach zero, and deletes it.
CREATE TABLE summary_changes (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type   TEXT NOT NULL,
    day    INTEGER NOT NULL, -- days since 1970-01-01 UTC
    delta  INTEGER NOT NULL CHECK (delta IN (-1, 1))
);

CREATE TRIGGER summary_changes_apply AFTER INSERT ON summary_changes BEGIN
    INSERT INTO actor_days (actor, day, type, n) VALUES (new.source, new.day, new.type, new.delta)
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO actor_days (actor, day, type, n) SELECT new.target, new.day, new.type, new.delta WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.source, new.day, new.target, new.delta WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.target, new.day, new.source, new.delta WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.source, new.day / 7, new.target, new.delta WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.target, new.day / 7, new.source, new.delta WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    INSERT INTO dyad_days (source, target, type, day, n) VALUES (new.source, new.target, new.type, new.day, new.delta)
        ON CONFLICT DO UPDATE SET n = n + new.delta;
    DELETE FROM actor_days WHERE actor IN (new.source, new.target) AND day = new.day AND type = new.type AND n <= 0;
    DELETE FROM pair_days WHERE actor IN (new.source, new.target) AND day = new.day AND counterpart IN (new.source, new.target) AND n <= 0;
    DELETE FROM pair_weeks WHERE actor IN (new.source, new.target) AND week = new.day / 7 AND counterpart IN (new.source, new.target) AND n <= 0;
    DELETE FROM dyad_days WHERE source = new.source AND target = new.target AND type = new.type AND day = new.day AND n <= 0;
    DELETE FROM summary_changes WHERE rowid = new.rowid;
END;

CREATE TRIGGER developments_counted AFTER INSERT ON developments
WHEN new.background = 0 BEGIN
    INSERT INTO summary_changes VALUES (new.source, new.target, new.type, new.happened / 86400000000000, 1);
END;

CREATE TRIGGER developments_uncounted AFTER DELETE ON developments
WHEN old.background = 0 BEGIN
    INSERT INTO summary_changes VALUES (old.source, old.target, old.type, old.happened / 86400000000000, -1);
END;

-- A later report dated a day earlier moves the development's day.
CREATE TRIGGER developments_moved AFTER UPDATE OF happened ON developments
WHEN old.happened <> new.happened AND new.background = 0 BEGIN
    INSERT INTO summary_changes VALUES (old.source, old.target, old.type, old.happened / 86400000000000, -1);
    INSERT INTO summary_changes VALUES (new.source, new.target, new.type, new.happened / 86400000000000, 1);
END;

-- An event deleted with its article takes its mention with it, and a
-- development left without mentions goes.
CREATE TRIGGER events_development_delete AFTER DELETE ON events
WHEN old.development_id IS NOT NULL BEGIN
    UPDATE developments SET mentions = mentions - 1 WHERE id = old.development_id;
    DELETE FROM developments WHERE id = old.development_id AND mentions <= 0;
END;
