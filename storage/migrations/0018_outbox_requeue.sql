-- When an operator last put a given-up message back in the queue (briefbot
-- outbox -retry), Unix nanoseconds; 0 when never. The rate-limit budget
-- and the health check's oldest unsent message count from it, and the
-- admin channel's report of a message given up on again is a new one.
ALTER TABLE outbox ADD COLUMN requeued_at BIGINT NOT NULL DEFAULT 0;
