-- Events per source, target, type and UTC day, kept by triggers like
-- actor_days: KeyDailyCounts (/dyad, briefing trends) then reads one row per
-- key and day for the whole days of a window instead of every event of a busy
-- dyad, and only the window's partial first and last days from events.
-- Denials naming no accuser (target '') and self-events are keys too.
CREATE TABLE dyad_days (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type   TEXT NOT NULL,
    day    INTEGER NOT NULL, -- days since 1970-01-01 UTC
    n      INTEGER NOT NULL,
    PRIMARY KEY (source, target, type, day)
) WITHOUT ROWID;

INSERT INTO dyad_days (source, target, type, day, n)
SELECT source, target, type, date / 86400000000000, COUNT(*) FROM events
GROUP BY source, target, type, date / 86400000000000;

CREATE TRIGGER events_dyad_days_insert AFTER INSERT ON events BEGIN
    INSERT INTO dyad_days (source, target, type, day, n) VALUES (new.source, new.target, new.type, new.date / 86400000000000, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER events_dyad_days_delete AFTER DELETE ON events BEGIN
    UPDATE dyad_days SET n = n - 1
        WHERE source = old.source AND target = old.target AND type = old.type AND day = old.date / 86400000000000;
    DELETE FROM dyad_days
        WHERE source = old.source AND target = old.target AND type = old.type AND day = old.date / 86400000000000 AND n <= 0;
END;
