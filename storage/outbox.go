package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"
)

// OutboxMessage is a rendered message on its way to a channel, with its
// delivery state.
type OutboxMessage struct {
	ID                int64
	Platform, Channel string
	DedupKey          string // unique per platform and channel, e.g. "briefing:24h0m0s:2026-11-25T08:00:00Z#1"
	Briefing          string // shared by the parts of one briefing, e.g. "briefing:24h0m0s:2026-11-25T08:00:00Z"
	Part              int    // the part's place in its briefing, from 0
	Body              string // the rendered payload for the platform
	Status            string // OutboxPending, OutboxInFlight, OutboxSent, OutboxAbandoned or OutboxUncertain
	// Attempts counts the failed attempts other than rate limits; RateLimits
	// counts the times the platform asked to wait. Each has its own budget.
	Attempts, RateLimits int
	LastError            string
	MessageID            string // the platform's id once sent
	CreatedAt            time.Time
	AttemptedAt          time.Time // when the latest attempt began
	NextAttemptAt        time.Time // not to be tried before; zero means at once
	SentAt               time.Time
	// LeaseOwner is the replica that leased the message last (see
	// ClaimOutbox), LeaseUntil when its lease ends; zero when released.
	LeaseOwner string
	LeaseUntil time.Time
	// RequeuedAt is when an operator last put the message back in the
	// queue after it was given up on (see RequeueOutbox); zero when never.
	RequeuedAt time.Time
}

// QueuedAt is when m last entered the queue: when it was created, or
// re-queued since.
func (m OutboxMessage) QueuedAt() time.Time {
	if m.RequeuedAt.After(m.CreatedAt) {
		return m.RequeuedAt
	}
	return m.CreatedAt
}

// Outbox statuses.
const (
	// OutboxPending is a message not posted yet, as far as briefbot knows.
	OutboxPending = "pending"
	// OutboxInFlight is a message whose latest attempt may or may not have
	// reached the platform: the call is under way, was cut by a crash, or
	// ended without a clear answer. It is looked up before it is posted again.
	OutboxInFlight = "in_flight"
	// OutboxSent is a message the platform accepted; it is never sent again.
	OutboxSent = "sent"
	// OutboxAbandoned is a message that used up its retry budget, or a later
	// part of a briefing one of whose parts was abandoned.
	OutboxAbandoned = "abandoned"
	// OutboxUncertain is a message that may have been posted but could not be
	// looked up; it is reported and never posted again automatically.
	OutboxUncertain = "uncertain"
)

const outboxColumns = `id, platform, channel, dedup_key, briefing, part, body, status, attempts, rate_limits,
	last_error, message_id, created_at, attempted_at, next_attempt_at, sent_at, lease_owner, lease_until, requeued_at`

// Enqueue stores msgs, the parts of one message or briefing in order, in one
// transaction, so that a crash stores all of them or none. When the first
// part's platform, channel and dedup key exist already, nothing is stored and
// created is false. A zero CreatedAt is stamped with the current time.
func (s *Store) Enqueue(ctx context.Context, msgs []OutboxMessage) (created bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		created, err = enqueue(ctx, tx, msgs)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("storage: enqueue: %w", err)
	}
	return created, nil
}

// EnqueueSlot records slot as the last slot run of the channel's schedule
// (see ChannelSchedule) and, in the same transaction, does what Enqueue does.
// msgs may be empty: an empty briefing still counts as the slot's run. A
// slot at or before the last one run stores nothing and created is false:
// each slot of a channel is enqueued once, whichever of the replicas that
// compose it comes first.
func (s *Store) EnqueueSlot(ctx context.Context, platform, channel string, slot time.Time, msgs []OutboxMessage) (created bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		// On Postgres a replica enqueuing the same slot waits on the row
		// and then finds the condition false.
		res, err := tx.ExecContext(ctx, `
			INSERT INTO channel_schedules (platform, channel, epoch, last_slot) VALUES (?, ?, ?, ?)
			ON CONFLICT (platform, channel) DO UPDATE SET last_slot = excluded.last_slot
			WHERE channel_schedules.last_slot < excluded.last_slot`,
			platform, channel, unixNano(slot), unixNano(slot))
		if err != nil {
			return err
		}
		if first, err := changedRows(res); err != nil || !first {
			return err
		}
		created, err = enqueue(ctx, tx, msgs)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("storage: enqueue slot %s of %s/%s: %w", slot.Format(time.RFC3339), platform, channel, err)
	}
	return created, nil
}

func enqueue(ctx context.Context, tx *sql.Tx, msgs []OutboxMessage) (bool, error) {
	for i, m := range msgs {
		if m.CreatedAt.IsZero() {
			m.CreatedAt = time.Now()
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO outbox (platform, channel, dedup_key, briefing, part, body, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (platform, channel, dedup_key) DO NOTHING`,
			m.Platform, m.Channel, m.DedupKey, m.Briefing, m.Part, m.Body, unixNano(m.CreatedAt))
		if err != nil {
			return false, fmt.Errorf("%s/%s %q: %w", m.Platform, m.Channel, m.DedupKey, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return false, err
		} else if n == 0 && i == 0 {
			// The first part stands for the whole: a briefing composed again
			// with more parts adds none.
			return false, nil
		}
	}
	return len(msgs) > 0, nil
}

// UnsentOutbox returns the messages still to deliver, pending or in flight,
// in the order they are to be posted: oldest first, and a briefing's parts in
// order.
func (s *Store) UnsentOutbox(ctx context.Context, limit int) ([]OutboxMessage, error) {
	return s.ListOutbox(ctx, OutboxFilter{Statuses: []string{OutboxPending, OutboxInFlight}, Limit: limit})
}

// OutboxMessages returns every message of the outbox, sent or not, in the
// order UnsentOutbox would post them.
func (s *Store) OutboxMessages(ctx context.Context) ([]OutboxMessage, error) {
	return s.ListOutbox(ctx, OutboxFilter{})
}

// OutboxMessage returns the message with the given id.
func (s *Store) OutboxMessage(ctx context.Context, id int64) (OutboxMessage, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+outboxColumns+` FROM outbox WHERE id = ?`, id)
	if err != nil {
		return OutboxMessage{}, fmt.Errorf("storage: outbox message %d: %w", id, err)
	}
	msgs, err := collect(rows, scanOutbox)
	if err == nil && len(msgs) == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return OutboxMessage{}, fmt.Errorf("storage: outbox message %d: %w", id, err)
	}
	return msgs[0], nil
}

func scanOutbox(r *sql.Rows) (OutboxMessage, error) {
	var (
		m                                     OutboxMessage
		created, attempted, nextAttempt, sent int64
	)
	var leaseUntil, requeued int64
	err := r.Scan(&m.ID, &m.Platform, &m.Channel, &m.DedupKey, &m.Briefing, &m.Part, &m.Body, &m.Status,
		&m.Attempts, &m.RateLimits, &m.LastError, &m.MessageID, &created, &attempted, &nextAttempt, &sent,
		&m.LeaseOwner, &leaseUntil, &requeued)
	m.CreatedAt, m.AttemptedAt = fromUnixNano(created), fromUnixNano(attempted)
	m.NextAttemptAt, m.SentAt, m.LeaseUntil = fromUnixNano(nextAttempt), fromUnixNano(sent), fromUnixNano(leaseUntil)
	m.RequeuedAt = fromUnixNano(requeued)
	return m, err
}

// Errors of SaveOutboxState and Abandon.
var (
	// ErrOutboxDone is returned when the delivery state of a message that
	// is sent, abandoned or uncertain would change: those are final.
	ErrOutboxDone = errors.New("storage: outbox message already done")
	// ErrLeaseLost is returned when another replica has leased the message
	// since m was read: m's lease ran out, and the other replica owns the
	// message now.
	ErrLeaseLost = errors.New("storage: the lease was lost to another replica")
)

// ClaimOutbox leases to owner, until until, the messages due at now that
// begin their destination's queue (no unsent message of their platform
// and channel comes before them, so that the parts of a briefing go in
// order) and that nobody holds a lease on, at most limit of them, oldest
// first. It also returns when the earliest of the other queues' first
// messages is due, or its lease ends (zero when none waits). A lease ends
// when its time is up or its owner records the message's outcome; one
// left by a failure is not taken again, even by its owner, before its
// time. On Postgres, replicas claiming at once skip each other's rows.
func (s *Store) ClaimOutbox(ctx context.Context, owner string, now, until time.Time, limit int) (claimed []OutboxMessage, next time.Time, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, s.claimOutboxQuery()+`
			RETURNING `+outboxColumns, owner, unixNano(until), unixNano(now), sqlLimit(limit))
		if err != nil {
			return err
		}
		if claimed, err = collect(rows, scanOutbox); err != nil {
			return err
		}
		var due sql.NullInt64
		err = tx.QueryRowContext(ctx, `
			SELECT MIN(due) FROM (
				SELECT CASE WHEN lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END AS due
				FROM outbox o WHERE status IN ('pending', 'in_flight') AND `+queueHead+`
			) AS heads WHERE due > ?`, unixNano(now)).Scan(&due)
		next = fromUnixNano(due.Int64)
		return err
	})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("storage: claim outbox: %w", err)
	}
	slices.SortFunc(claimed, func(a, b OutboxMessage) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	return claimed, next, nil
}

// claimOutboxQuery leases (to ?1, until ?2) the first ?4 unsent messages
// due at ?3 that begin their queue and that nobody holds a lease on.
func (s *Store) claimOutboxQuery() string {
	return `
		UPDATE outbox SET lease_owner = ?1, lease_until = ?2
		WHERE id IN (
			SELECT id FROM outbox o
			WHERE status IN ('pending', 'in_flight') AND next_attempt_at <= ?3 AND lease_until <= ?3
			  AND ` + queueHead + `
			ORDER BY created_at, id LIMIT ?4` + s.d.skipLocked + `)`
}

// queueHead holds for an unsent outbox message o that no unsent message of
// its destination comes before.
const queueHead = `NOT EXISTS (SELECT 1 FROM outbox p
	WHERE p.platform = o.platform AND p.channel = o.channel AND p.status IN ('pending', 'in_flight')
	  AND (p.created_at, p.id) < (o.created_at, o.id))`

// SaveOutboxState stores m's delivery state (status, attempts, rate limits,
// last error, attempt times, lease end) on the unsent message m.ID, if
// m.LeaseOwner still owns it (or it was never leased, owner ""); otherwise
// it returns ErrLeaseLost. Use MarkSent for a sent message and Abandon for
// one given up on.
func (s *Store) SaveOutboxState(ctx context.Context, m OutboxMessage) error {
	if m.Status != OutboxPending && m.Status != OutboxInFlight {
		return fmt.Errorf("storage: save outbox message %d: status %q is not pending or in flight", m.ID, m.Status)
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error { return saveOutboxState(ctx, tx, m) })
	if err != nil {
		return fmt.Errorf("storage: save outbox message %d: %w", m.ID, err)
	}
	return nil
}

func saveOutboxState(ctx context.Context, tx *sql.Tx, m OutboxMessage) error {
	res, err := tx.ExecContext(ctx, `
		UPDATE outbox SET status = ?, attempts = ?, rate_limits = ?, last_error = ?,
			attempted_at = ?, next_attempt_at = ?, lease_until = ?
		WHERE id = ? AND status IN ('pending', 'in_flight') AND lease_owner = ?`,
		m.Status, m.Attempts, m.RateLimits, m.LastError, unixNano(m.AttemptedAt), unixNano(m.NextAttemptAt),
		unixNano(m.LeaseUntil), m.ID, m.LeaseOwner)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	var unsent bool
	switch err := tx.QueryRowContext(ctx, `SELECT status IN ('pending', 'in_flight') FROM outbox WHERE id = ?`, m.ID).Scan(&unsent); {
	case errors.Is(err, sql.ErrNoRows):
		return ErrNotFound
	case err != nil:
		return err
	case unsent:
		return ErrLeaseLost
	}
	return ErrOutboxDone
}

// Abandon gives up on the unsent message m.ID with m's state, whose Status
// is OutboxAbandoned or OutboxUncertain. An abandoned part takes the unsent
// later parts of its briefing with it, in the same transaction, so that they
// never post without it; Abandon returns those.
func (s *Store) Abandon(ctx context.Context, m OutboxMessage) (later []OutboxMessage, err error) {
	if m.Status != OutboxAbandoned && m.Status != OutboxUncertain {
		return nil, fmt.Errorf("storage: abandon outbox message %d: status %q", m.ID, m.Status)
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if err := saveOutboxState(ctx, tx, m); err != nil {
			return err
		}
		if m.Status != OutboxAbandoned {
			return nil
		}
		rows, err := tx.QueryContext(ctx, `
			UPDATE outbox SET status = 'abandoned', last_error = ?, lease_until = 0
			WHERE platform = ? AND channel = ? AND briefing = ? AND part > ? AND status IN ('pending', 'in_flight')
			RETURNING `+outboxColumns,
			fmt.Sprintf("part %d of this briefing was abandoned", m.Part+1), m.Platform, m.Channel, m.Briefing, m.Part)
		if err != nil {
			return err
		}
		later, err = collect(rows, scanOutbox)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: abandon outbox message %d: %w", m.ID, err)
	}
	return later, nil
}

// MarkSent records that the platform accepted message id as messageID at the
// given time, in the outbox and in posted_messages. Marking a sent message
// sent again is a no-op.
func (s *Store) MarkSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// Whoever holds the lease: the message is on the platform.
		res, err := tx.ExecContext(ctx, `
			UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, next_attempt_at = 0, lease_until = 0
			WHERE id = ? AND status <> 'sent'`, messageID, unixNano(at), id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			var sent bool
			if err := tx.QueryRowContext(ctx, `SELECT status = 'sent' FROM outbox WHERE id = ?`, id).Scan(&sent); errors.Is(err, sql.ErrNoRows) {
				return ErrNotFound
			} else if err != nil || sent {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `
			INSERT INTO posted_messages (outbox_id, platform, channel, message_id, posted_at)
			SELECT id, platform, channel, ?, ? FROM outbox WHERE id = ?
			ON CONFLICT DO NOTHING`, messageID, unixNano(at), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("storage: mark outbox message %d sent: %w", id, err)
	}
	return nil
}

// OutboxStats sums up the outbox for health checks and metrics.
type OutboxStats struct {
	// ByStatus counts the messages of each status.
	ByStatus map[string]int
	// OldestUnsent is when the pending or in-flight message that has waited
	// longest entered the queue (see OutboxMessage.QueuedAt); zero when there
	// is none.
	OldestUnsent time.Time
	// GivenUpSince counts the abandoned and uncertain messages created since
	// the time OutboxStats was given.
	GivenUpSince int
}

// OutboxStats counts the outbox's messages by status.
func (s *Store) OutboxStats(ctx context.Context, since time.Time) (OutboxStats, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT status, COUNT(*), MIN(CASE WHEN requeued_at > created_at THEN requeued_at ELSE created_at END),
			COUNT(*) FILTER (WHERE created_at >= ?) FROM outbox GROUP BY status`, unixNano(since))
	if err != nil {
		return OutboxStats{}, fmt.Errorf("storage: outbox stats: %w", err)
	}
	defer rows.Close()
	st := OutboxStats{ByStatus: map[string]int{}}
	for rows.Next() {
		var (
			status        string
			n, recent     int
			oldestCreated int64
		)
		if err := rows.Scan(&status, &n, &oldestCreated, &recent); err != nil {
			return OutboxStats{}, fmt.Errorf("storage: outbox stats: %w", err)
		}
		st.ByStatus[status] = n
		switch status {
		case OutboxPending, OutboxInFlight:
			if t := fromUnixNano(oldestCreated); st.OldestUnsent.IsZero() || t.Before(st.OldestUnsent) {
				st.OldestUnsent = t
			}
		case OutboxAbandoned, OutboxUncertain:
			st.GivenUpSince += recent
		}
	}
	if err := rows.Err(); err != nil {
		return OutboxStats{}, fmt.Errorf("storage: outbox stats: %w", err)
	}
	return st, nil
}

// ChannelSchedule returns the epoch that anchors the channel's schedule and
// the last slot run (zero when none was). A channel seen for the first time
// gets now as its epoch, kept from then on.
func (s *Store) ChannelSchedule(ctx context.Context, platform, channel string, now time.Time) (epoch, lastSlot time.Time, err error) {
	var e, last int64
	err = s.write.QueryRowContext(ctx, `
		INSERT INTO channel_schedules (platform, channel, epoch) VALUES (?, ?, ?)
		ON CONFLICT (platform, channel) DO UPDATE SET epoch = channel_schedules.epoch
		RETURNING epoch, last_slot`, platform, channel, unixNano(now)).Scan(&e, &last)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("storage: schedule of %s/%s: %w", platform, channel, err)
	}
	return fromUnixNano(e), fromUnixNano(last), nil
}
