-- The briefing outbox: a message is stored before it is posted, so a restart
-- resumes unsent ones and a sent one is never sent again.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    dedup_key  TEXT NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (platform, channel, dedup_key)
);
CREATE INDEX outbox_unsent ON outbox(created_at, id) WHERE status <> 'sent';

-- Every message a platform accepted, with the id it gave it.
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
