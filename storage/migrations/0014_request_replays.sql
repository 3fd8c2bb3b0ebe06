-- Signed chat requests accepted within the replay window, keyed by a hash
-- of what was signed, so that a replay is refused even after a restart.
CREATE TABLE request_replays (
    key     BLOB PRIMARY KEY,
    expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX request_replays_expires ON request_replays(expires);
