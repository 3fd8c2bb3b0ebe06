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

// OutboxFilter selects outbox messages for ListOutbox.
type OutboxFilter struct {
	// Statuses keeps the messages with one of these statuses; empty keeps
	// every status.
	Statuses []string
	// Since keeps the messages created at or after it; zero keeps all.
	Since time.Time
	// Limit bounds how many are returned; zero or less means no bound.
	Limit int
}

// ListOutbox returns the outbox's messages that f selects, in the order
// UnsentOutbox would post them: oldest first, a briefing's parts in order.
func (s *Store) ListOutbox(ctx context.Context, f OutboxFilter) ([]OutboxMessage, error) {
	q := `SELECT ` + outboxColumns + ` FROM outbox WHERE created_at >= ?`
	args := []any{unixNano(f.Since)}
	if len(f.Statuses) > 0 {
		q += ` AND status IN (` + placeholders(len(f.Statuses)) + `)`
		for _, st := range f.Statuses {
			args = append(args, st)
		}
	}
	q += ` ORDER BY created_at, id LIMIT ?`
	args = append(args, sqlLimit(f.Limit))
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: list outbox: %w", err)
	}
	msgs, err := collect(rows, scanOutbox)
	if err != nil {
		return nil, fmt.Errorf("storage: list outbox: %w", err)
	}
	return msgs, nil
}

// Errors of RequeueOutbox, wrapped with the message's id.
var (
	// ErrRequeueSent refuses to re-queue a sent message: the platform has
	// it, and it is never posted again.
	ErrRequeueSent = errors.New("it was sent: a sent message is never posted again")
	// ErrRequeueUncertain refuses to re-queue an uncertain message without
	// force: it may be on the platform already, and posting it again may
	// post it twice.
	ErrRequeueUncertain = errors.New("it is uncertain: it may have been posted already, and re-posting it may post it twice (force re-queues it anyway)")
	// ErrRequeueQueued refuses to re-queue a message that is pending or in
	// flight: it is in the queue already.
	ErrRequeueQueued = errors.New("it is still in the queue (pending or in flight)")
)

// RequeueOutbox puts the given-up messages ids back in the queue at now, in
// one transaction, with a fresh budget: no attempts and no rate limits
// counted, due at once, leased to nobody; their last error stays until the
// next attempt. An abandoned message takes with it every abandoned part of
// its briefing from the first one on, earlier parts too, so that the parts
// post in order. An uncertain message is re-queued (alone) only with force,
// since it may have been posted already. A sent, pending or in-flight
// message, or an unknown id, fails the whole call and re-queues nothing
// (ErrRequeueSent, ErrRequeueQueued, ErrNotFound; ErrRequeueUncertain
// without force). It returns the messages re-queued, in the order they are
// to be posted.
func (s *Store) RequeueOutbox(ctx context.Context, ids []int64, force bool, now time.Time) ([]OutboxMessage, error) {
	var out []OutboxMessage
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = requeue(ctx, tx, ids, force, now)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: re-queue outbox: %w", err)
	}
	return out, nil
}

// RequeueAbandoned re-queues, as RequeueOutbox does, every abandoned
// message created at or after since (zero: all of them), in one
// transaction. Uncertain messages are left alone.
func (s *Store) RequeueAbandoned(ctx context.Context, since, now time.Time) ([]OutboxMessage, error) {
	var out []OutboxMessage
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
			SELECT id FROM outbox WHERE status = 'abandoned' AND created_at >= ? ORDER BY created_at, id`, unixNano(since))
		if err != nil {
			return err
		}
		ids, err := collect(rows, func(r *sql.Rows) (id int64, err error) { return id, r.Scan(&id) })
		if err != nil {
			return err
		}
		out, err = requeue(ctx, tx, ids, false, now)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: re-queue abandoned outbox messages: %w", err)
	}
	return out, nil
}

func requeue(ctx context.Context, tx *sql.Tx, ids []int64, force bool, now time.Time) ([]OutboxMessage, error) {
	// Every id is checked before anything changes: a refused one re-queues
	// nothing.
	var picked []OutboxMessage
	for _, id := range ids {
		rows, err := tx.QueryContext(ctx, `SELECT `+outboxColumns+` FROM outbox WHERE id = ?`, id)
		if err != nil {
			return nil, err
		}
		msgs, err := collect(rows, scanOutbox)
		switch {
		case err != nil:
			return nil, err
		case len(msgs) == 0:
			return nil, fmt.Errorf("message %d: %w", id, ErrNotFound)
		}
		m := msgs[0]
		switch m.Status {
		case OutboxSent:
			return nil, fmt.Errorf("message %d: %w", id, ErrRequeueSent)
		case OutboxPending, OutboxInFlight:
			return nil, fmt.Errorf("message %d: %w", id, ErrRequeueQueued)
		case OutboxUncertain:
			if !force {
				return nil, fmt.Errorf("message %d: %w", id, ErrRequeueUncertain)
			}
		}
		picked = append(picked, m)
	}
	const set = `UPDATE outbox SET status = 'pending', attempts = 0, rate_limits = 0, next_attempt_at = 0,
		lease_owner = '', lease_until = 0, requeued_at = ?`
	done := map[int64]bool{}
	var out []OutboxMessage
	for _, m := range picked {
		if done[m.ID] {
			continue // a part re-queued with an earlier one of its briefing
		}
		// The status is checked again: the daemon may have marked the
		// message sent since it was read (a late lookup).
		q := set + ` WHERE (id = ? AND status IN ('abandoned', 'uncertain'))`
		args := []any{unixNano(now), m.ID}
		if m.Status == OutboxAbandoned && m.Briefing != "" {
			// From the briefing's first abandoned part on: the later parts
			// were abandoned with it, and an earlier one holds them back.
			q += ` OR (platform = ? AND channel = ? AND briefing = ? AND status = 'abandoned' AND part >= (
				SELECT MIN(part) FROM outbox WHERE platform = ? AND channel = ? AND briefing = ? AND status = 'abandoned'))`
			args = append(args, m.Platform, m.Channel, m.Briefing, m.Platform, m.Channel, m.Briefing)
		}
		rows, err := tx.QueryContext(ctx, q+` RETURNING `+outboxColumns, args...)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", m.ID, err)
		}
		msgs, err := collect(rows, scanOutbox)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", m.ID, err)
		}
		if !slices.ContainsFunc(msgs, func(g OutboxMessage) bool { return g.ID == m.ID }) {
			return nil, fmt.Errorf("message %d: its status changed meanwhile; list the outbox again", m.ID)
		}
		for _, g := range msgs {
			done[g.ID] = true
		}
		out = append(out, msgs...)
	}
	slices.SortFunc(out, func(a, b OutboxMessage) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
