-- Events per actor, counterpart and UTC day, and per week (day / 7), kept by
-- triggers like actor_days: an actor's main counterparts over 90 days (/who)
-- then read the whole weeks of the window from pair_weeks and only its few
-- edge days from pair_days, a few thousand rows for the busiest actor where
-- its events are tens of thousands. Each event between two different actors
-- counts once from either side; self-events and denials naming no accuser
-- have no counterpart. Types are left out: the ranking needs none, and they
-- would multiply the rows read.
CREATE TABLE pair_days (
    actor       TEXT NOT NULL,
    day         INTEGER NOT NULL, -- days since 1970-01-01 UTC
    counterpart TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (actor, day, counterpart)
) WITHOUT ROWID;

CREATE TABLE pair_weeks (
    actor       TEXT NOT NULL,
    week        INTEGER NOT NULL, -- day / 7: weeks of days 7w .. 7w+6
    counterpart TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (actor, week, counterpart)
) WITHOUT ROWID;

INSERT INTO pair_days (actor, day, counterpart, n)
SELECT actor, day, counterpart, COUNT(*) FROM (
    SELECT source AS actor, date / 86400000000000 AS day, target AS counterpart FROM events
        WHERE target <> '' AND target <> source
    UNION ALL
    SELECT target, date / 86400000000000, source FROM events
        WHERE target <> '' AND target <> source
) GROUP BY actor, day, counterpart;

INSERT INTO pair_weeks (actor, week, counterpart, n)
SELECT actor, day / 7, counterpart, SUM(n) FROM pair_days GROUP BY actor, day / 7, counterpart;

CREATE TRIGGER events_pair_days_insert AFTER INSERT ON events
WHEN new.target <> '' AND new.target <> new.source BEGIN
    INSERT INTO pair_days (actor, day, counterpart, n) VALUES (new.source, new.date / 86400000000000, new.target, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_days (actor, day, counterpart, n) VALUES (new.target, new.date / 86400000000000, new.source, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) VALUES (new.source, new.date / 86400000000000 / 7, new.target, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO pair_weeks (actor, week, counterpart, n) VALUES (new.target, new.date / 86400000000000 / 7, new.source, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- One statement per side and table, so each is a primary-key lookup.
CREATE TRIGGER events_pair_days_delete AFTER DELETE ON events
WHEN old.target <> '' AND old.target <> old.source BEGIN
    UPDATE pair_days SET n = n - 1 WHERE actor = old.source AND day = old.date / 86400000000000 AND counterpart = old.target;
    UPDATE pair_days SET n = n - 1 WHERE actor = old.target AND day = old.date / 86400000000000 AND counterpart = old.source;
    DELETE FROM pair_days WHERE actor = old.source AND day = old.date / 86400000000000 AND counterpart = old.target AND n <= 0;
    DELETE FROM pair_days WHERE actor = old.target AND day = old.date / 86400000000000 AND counterpart = old.source AND n <= 0;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.source AND week = old.date / 86400000000000 / 7 AND counterpart = old.target;
    UPDATE pair_weeks SET n = n - 1 WHERE actor = old.target AND week = old.date / 86400000000000 / 7 AND counterpart = old.source;
    DELETE FROM pair_weeks WHERE actor = old.source AND week = old.date / 86400000000000 / 7 AND counterpart = old.target AND n <= 0;
    DELETE FROM pair_weeks WHERE actor = old.target AND week = old.date / 86400000000000 / 7 AND counterpart = old.source AND n <= 0;
END;
