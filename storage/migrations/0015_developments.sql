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

CREATE TRIGGER developments_summaries_insert AFTER INSERT ON developments
WHEN new.background = 0 BEGIN
    INSERT INTO actor_days (actor, day, type, n) VALUES (new.source, new.happened / 86400000000000, new.type, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO actor_days (actor, day, type, n) SELECT new.target, new.happened / 86400000000000, new.type, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.source, new.happened / 86400000000000, new.target, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.target, new.happened / 86400000000000, new.source, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.source, new.happened / 86400000000000 / 7, new.target, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.target, new.happened / 86400000000000 / 7, new.source, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO dyad_days (source, target, type, day, n) VALUES (new.source, new.target, new.type, new.happened / 86400000000000, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER developments_summaries_delete AFTER DELETE ON developments
WHEN old.background = 0 BEGIN
    UPDATE actor_days SET n = n - 1
        WHERE day = old.happened / 86400000000000 AND type = old.type AND (actor = old.source OR (actor = old.target AND old.target <> old.source));
    DELETE FROM actor_days WHERE day = old.happened / 86400000000000 AND type = old.type AND actor IN (old.source, old.target) AND n <= 0;
    UPDATE pair_days SET n = n - 1 WHERE actor = old.source AND day = old.happened / 86400000000000 AND counterpart = old.target AND old.target <> '' AND old.target <> old.source;
    UPDATE pair_days SET n = n - 1 WHERE actor = old.target AND day = old.happened / 86400000000000 AND counterpart = old.source AND old.target <> '' AND old.target <> old.source;
    DELETE FROM pair_days WHERE actor IN (old.source, old.target) AND day = old.happened / 86400000000000 AND counterpart IN (old.source, old.target) AND n <= 0;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.source AND week = old.happened / 86400000000000 / 7 AND counterpart = old.target AND old.target <> '' AND old.target <> old.source;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.target AND week = old.happened / 86400000000000 / 7 AND counterpart = old.source AND old.target <> '' AND old.target <> old.source;
    DELETE FROM pair_weeks WHERE actor IN (old.source, old.target) AND week = old.happened / 86400000000000 / 7 AND counterpart IN (old.source, old.target) AND n <= 0;
    UPDATE dyad_days SET n = n - 1
        WHERE source = old.source AND target = old.target AND type = old.type AND day = old.happened / 86400000000000;
    DELETE FROM dyad_days WHERE source = old.source AND target = old.target AND type = old.type AND day = old.happened / 86400000000000 AND n <= 0;
END;

-- A later report anchored a day earlier moves the development's day.
CREATE TRIGGER developments_summaries_move AFTER UPDATE OF happened ON developments
WHEN old.happened <> new.happened AND new.background = 0 BEGIN
    UPDATE actor_days SET n = n - 1
        WHERE day = old.happened / 86400000000000 AND type = old.type AND (actor = old.source OR (actor = old.target AND old.target <> old.source));
    DELETE FROM actor_days WHERE day = old.happened / 86400000000000 AND type = old.type AND actor IN (old.source, old.target) AND n <= 0;
    UPDATE pair_days SET n = n - 1 WHERE actor = old.source AND day = old.happened / 86400000000000 AND counterpart = old.target AND old.target <> '' AND old.target <> old.source;
    UPDATE pair_days SET n = n - 1 WHERE actor = old.target AND day = old.happened / 86400000000000 AND counterpart = old.source AND old.target <> '' AND old.target <> old.source;
    DELETE FROM pair_days WHERE actor IN (old.source, old.target) AND day = old.happened / 86400000000000 AND counterpart IN (old.source, old.target) AND n <= 0;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.source AND week = old.happened / 86400000000000 / 7 AND counterpart = old.target AND old.target <> '' AND old.target <> old.source;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.target AND week = old.happened / 86400000000000 / 7 AND counterpart = old.source AND old.target <> '' AND old.target <> old.source;
    DELETE FROM pair_weeks WHERE actor IN (old.source, old.target) AND week = old.happened / 86400000000000 / 7 AND counterpart IN (old.source, old.target) AND n <= 0;
    UPDATE dyad_days SET n = n - 1
        WHERE source = old.source AND target = old.target AND type = old.type AND day = old.happened / 86400000000000;
    DELETE FROM dyad_days WHERE source = old.source AND target = old.target AND type = old.type AND day = old.happened / 86400000000000 AND n <= 0;
    INSERT INTO actor_days (actor, day, type, n) VALUES (new.source, new.happened / 86400000000000, new.type, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO actor_days (actor, day, type, n) SELECT new.target, new.happened / 86400000000000, new.type, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.source, new.happened / 86400000000000, new.target, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_days (actor, day, counterpart, n) SELECT new.target, new.happened / 86400000000000, new.source, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.source, new.happened / 86400000000000 / 7, new.target, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) SELECT new.target, new.happened / 86400000000000 / 7, new.source, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO dyad_days (source, target, type, day, n) VALUES (new.source, new.target, new.type, new.happened / 86400000000000, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- An event deleted with its article takes its mention with it, and a
-- development left without mentions goes.
CREATE TRIGGER events_development_delete AFTER DELETE ON events
WHEN old.development_id IS NOT NULL BEGIN
    UPDATE developments SET mentions = mentions - 1 WHERE id = old.development_id;
    DELETE FROM developments WHERE id = old.development_id AND mentions <= 0;
END;
