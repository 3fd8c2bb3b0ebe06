-- Leases, so that replicas sharing one database split the work: a feed or
-- an outbox message is polled or posted by the replica that leased it
-- (lease_owner), and no other takes it before lease_until (Unix
-- nanoseconds) has passed; a replica that dies leaves leases that expire.
-- BIGINT reads as INTEGER on SQLite and holds nanoseconds on Postgres.
ALTER TABLE feeds ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
-- Each channel's unsent messages in order: a message is leased only when
-- none comes before it in its channel's queue.
CREATE INDEX outbox_queue ON outbox(platform, channel, created_at, id) WHERE status IN ('pending', 'in_flight');
