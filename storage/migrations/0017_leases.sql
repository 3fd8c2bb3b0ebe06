-- Leases, so that replicas sharing one database split the work: a feed or
-- an outbox message is polled or posted by the replica that leased it
-- (lease_owner), and no other takes it before lease_until (Unix
-- nanoseconds) has passed; a replica that dies leaves leases that expire.
-- BIGINT reads as INTEGER on SQLite and holds nanoseconds on Postgres.
ALTER TABLE feeds ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
