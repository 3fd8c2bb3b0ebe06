-- Exactly-once delivery. A message is marked in_flight (with attempted_at)
-- before the platform is called, so that a crash mid-call leaves a row that
-- the next start resolves by asking the platform instead of posting again.
-- Retries are scheduled by next_attempt_at, with separate counts for rate
-- limits and for other failures; a message that used up its budget is
-- abandoned (or uncertain, when its last attempt's outcome is unknown) and
-- reported, never silently dropped. The parts of one briefing share
-- briefing and are numbered by part.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
-- posted_messages refers to outbox and would lose its rows to the cascade
-- when the old table is dropped: it is set aside and rebuilt too.
CREATE TEMP TABLE posted_messages_copy AS SELECT * FROM posted_messages;
DROP TABLE posted_messages;

CREATE TABLE outbox_next (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    channel         TEXT NOT NULL,
    dedup_key       TEXT NOT NULL,
    briefing        TEXT NOT NULL DEFAULT '',
    part            INTEGER NOT NULL DEFAULT 0,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'in_flight', 'sent', 'abandoned', 'uncertain')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    rate_limits     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    message_id      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    attempted_at    INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (platform, channel, dedup_key)
);

-- Old keys end in "#part". A failed message that had used up the old five
-- attempts was given up on already; the others get the new budget.
INSERT INTO outbox_next (id, platform, channel, dedup_key, briefing, part, body, status, attempts,
                         last_error, message_id, created_at, sent_at)
SELECT id, platform, channel, dedup_key,
       CASE WHEN instr(dedup_key, '#') > 0 THEN substr(dedup_key, 1, instr(dedup_key, '#') - 1) ELSE dedup_key END,
       CASE WHEN instr(dedup_key, '#') > 0 THEN CAST(substr(dedup_key, instr(dedup_key, '#') + 1) AS INTEGER) ELSE 0 END,
       body,
       CASE WHEN status = 'failed' AND attempts >= 5 THEN 'abandoned'
            WHEN status = 'failed' THEN 'pending'
            ELSE status END,
       attempts, last_error, message_id, created_at, sent_at
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(created_at, id) WHERE status IN ('pending', 'in_flight');
CREATE INDEX outbox_briefing ON outbox(platform, channel, briefing, part);

CREATE TABLE posted_messages (
    id         INTEGER PRIMARY KEY,
    outbox_id  INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    posted_at  INTEGER NOT NULL,
    UNIQUE (platform, channel, message_id)
);
CREATE INDEX posted_messages_outbox ON posted_messages(outbox_id);
INSERT INTO posted_messages SELECT * FROM posted_messages_copy;
DROP TABLE posted_messages_copy;
