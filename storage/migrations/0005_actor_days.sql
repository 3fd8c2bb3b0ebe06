-- Events per actor, UTC day and type, on either side of an event, kept by
-- triggers: an actor's activity trend (/who) then reads one row per day and
-- type instead of every event of a busy actor. Events are never updated, only
-- inserted and deleted (with their article), so two triggers keep it exact.
CREATE TABLE actor_days (
    actor TEXT NOT NULL,
    day   INTEGER NOT NULL, -- days since 1970-01-01 UTC
    type  TEXT NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (actor, day, type)
) WITHOUT ROWID;

INSERT INTO actor_days (actor, day, type, n)
SELECT actor, day, type, COUNT(*) FROM (
    SELECT source AS actor, date / 86400000000000 AS day, type FROM events
    UNION ALL
    SELECT target, date / 86400000000000, type FROM events WHERE target <> '' AND target <> source
) GROUP BY actor, day, type;

CREATE TRIGGER events_actor_days_insert AFTER INSERT ON events BEGIN
    INSERT INTO actor_days (actor, day, type, n) VALUES (new.source, new.date / 86400000000000, new.type, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO actor_days (actor, day, type, n)
        SELECT new.target, new.date / 86400000000000, new.type, 1 WHERE new.target <> '' AND new.target <> new.source
        ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER events_actor_days_delete AFTER DELETE ON events BEGIN
    UPDATE actor_days SET n = n - 1
        WHERE day = old.date / 86400000000000 AND type = old.type
          AND (actor = old.source OR (actor = old.target AND old.target <> old.source));
    DELETE FROM actor_days
        WHERE day = old.date / 86400000000000 AND type = old.type AND actor IN (old.source, old.target) AND n <= 0;
END;
