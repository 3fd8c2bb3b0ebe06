-- Feeds are no longer disabled: a failing feed backs off up to a cap and
-- recovers by itself. failing_since dates the current run of failures (0
-- while the feed is well), for /healthz, the metrics and the admin channel.
-- Feeds disabled by an older version are polled again.
ALTER TABLE feeds ADD COLUMN failing_since INTEGER NOT NULL DEFAULT 0;
UPDATE feeds SET failing_since = CASE WHEN error_count > 0 THEN max(last_attempt, 1) ELSE 0 END;
UPDATE feeds SET next_poll = 0 WHERE disabled <> 0;
ALTER TABLE feeds DROP COLUMN disabled;
