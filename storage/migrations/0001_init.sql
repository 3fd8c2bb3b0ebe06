-- The core schema. Every time is an INTEGER of Unix nanoseconds (0 = unknown),
-- so that a time.Time round-trips exactly and range scans compare integers.
-- Lists (tags, aliases, alt targets) are JSON arrays in TEXT columns.

CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    url           TEXT NOT NULL,
    tags          TEXT NOT NULL DEFAULT '[]',
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    error_count   INTEGER NOT NULL DEFAULT 0,
    last_success  INTEGER NOT NULL DEFAULT 0,
    last_attempt  INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    next_poll     INTEGER NOT NULL DEFAULT 0,
    disabled      INTEGER NOT NULL DEFAULT 0
);

-- A story cluster groups the articles (and so the events) that report one story.
CREATE TABLE clusters (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    feed_id    INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    -- feed_name is kept on the article because imported and demo articles have no feed row.
    feed_name  TEXT NOT NULL DEFAULT '',
    guid       TEXT NOT NULL DEFAULT '',
    link       TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '[]',
    published  INTEGER NOT NULL DEFAULT 0,
    fetched    INTEGER NOT NULL DEFAULT 0,
    -- the uint64 simhash stored bit for bit as a signed 64-bit integer
    simhash    INTEGER NOT NULL DEFAULT 0
);
-- Empty links and GUIDs mean "unknown" and must not collide with each other.
CREATE UNIQUE INDEX articles_link ON articles(link) WHERE link <> '';
CREATE UNIQUE INDEX articles_guid ON articles(guid) WHERE guid <> '';
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_feed ON articles(feed_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id  INTEGER NOT NULL REFERENCES clusters(id),
    type        TEXT NOT NULL CHECK (type IN ('accusation', 'denial', 'escalation', 'deescalation')),
    source      TEXT NOT NULL CHECK (source <> ''),
    target      TEXT NOT NULL DEFAULT '',
    alt_targets TEXT NOT NULL DEFAULT '[]',
    evidence    TEXT NOT NULL DEFAULT '',
    date        INTEGER NOT NULL,
    confidence  REAL NOT NULL DEFAULT 0,
    code        TEXT NOT NULL DEFAULT '',
    intensity   REAL NOT NULL DEFAULT 0
);
-- Each index carries the columns its queries read, so that filters, counts and
-- novelty keys are answered from the index without touching the table:
-- a time window (briefings, counts per day, novelty keys),
CREATE INDEX events_date ON events(date, type, source, target);
-- an actor on either side (/who, counterparts, actor and region filters),
CREATE INDEX events_source_date ON events(source, date, target, type);
CREATE INDEX events_target_date ON events(target, date, source, type);
-- a dyad (/dyad).
CREATE INDEX events_dyad_date ON events(source, target, date, type);
CREATE INDEX events_article ON events(article_id);

-- The actors known to the coder (built-in gazetteer plus config), so that SQL
-- can expand a region to its actors.
CREATE TABLE actors (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    name    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE actor_regions (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    region   TEXT NOT NULL,
    PRIMARY KEY (actor_id, region)
) WITHOUT ROWID;
CREATE INDEX actor_regions_region ON actor_regions(region, actor_id);

CREATE TABLE subscriptions (
    platform   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('region', 'actor')),
    value      TEXT NOT NULL,
    PRIMARY KEY (platform, channel, kind, value)
) WITHOUT ROWID;
