package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// OutboxMessage is a rendered briefing message on its way to a channel.
type OutboxMessage struct {
	ID                int64
	Platform, Channel string
	DedupKey          string // unique per platform and channel, e.g. "daily:2026-11-25T08:00:00Z#1"
	Body              string // the rendered payload for the platform
	Status            string // OutboxPending, OutboxSent or OutboxFailed
	Attempts          int
	LastError         string
	MessageID         string // the platform's id once sent
	CreatedAt, SentAt time.Time
}

// Outbox statuses.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// MaxOutboxAttempts is how many failed posts a message gets before
// PendingOutbox stops offering it.
const MaxOutboxAttempts = 5

const outboxColumns = `id, platform, channel, dedup_key, body, status, attempts, last_error, message_id, created_at, sent_at`

// Enqueue stores m as pending, unless a message with its platform, channel and
// dedup key exists: then it returns that message's id and created=false.
// A zero m.CreatedAt is stamped with the current time.
func (s *Store) Enqueue(ctx context.Context, m OutboxMessage) (id int64, created bool, err error) {
	if m.CreatedAt.IsZero() {
		m.CreatedAt = time.Now()
	}
	err = s.write.QueryRowContext(ctx, `
		INSERT INTO outbox (platform, channel, dedup_key, body, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (platform, channel, dedup_key) DO NOTHING RETURNING id`,
		m.Platform, m.Channel, m.DedupKey, m.Body, unixNano(m.CreatedAt)).Scan(&id)
	if err == nil {
		return id, true, nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = s.write.QueryRowContext(ctx, `SELECT id FROM outbox WHERE platform = ? AND channel = ? AND dedup_key = ?`,
			m.Platform, m.Channel, m.DedupKey).Scan(&id)
		if err == nil {
			return id, false, nil
		}
	}
	return 0, false, fmt.Errorf("storage: enqueue %s/%s %q: %w", m.Platform, m.Channel, m.DedupKey, err)
}

// PendingOutbox returns the messages still to post, oldest first: pending
// ones and failed ones with fewer than MaxOutboxAttempts attempts.
func (s *Store) PendingOutbox(ctx context.Context, limit int) ([]OutboxMessage, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT `+outboxColumns+` FROM outbox
		WHERE status <> 'sent' AND attempts < ?
		ORDER BY created_at, id LIMIT ?`, MaxOutboxAttempts, sqlLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("storage: pending outbox: %w", err)
	}
	msgs, err := collect(rows, scanOutbox)
	if err != nil {
		return nil, fmt.Errorf("storage: pending outbox: %w", err)
	}
	return msgs, nil
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
		m               OutboxMessage
		created, sentAt int64
	)
	err := r.Scan(&m.ID, &m.Platform, &m.Channel, &m.DedupKey, &m.Body, &m.Status, &m.Attempts,
		&m.LastError, &m.MessageID, &created, &sentAt)
	m.CreatedAt, m.SentAt = fromUnixNano(created), fromUnixNano(sentAt)
	return m, err
}

// MarkSent records that the platform accepted message id as messageID at the
// given time, in the outbox and in posted_messages.
func (s *Store) MarkSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?
			WHERE id = ?`, messageID, unixNano(at), id)
		if err != nil {
			return err
		}
		if err := expectOneRow(res); err != nil {
			return err
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

// MarkFailed records a failed attempt to post message id and its error.
func (s *Store) MarkFailed(ctx context.Context, id int64, postErr error) error {
	msg := "unknown error"
	if postErr != nil {
		msg = postErr.Error()
	}
	res, err := s.write.ExecContext(ctx, `
		UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?
		WHERE id = ? AND status <> 'sent'`, msg, id)
	if err == nil {
		err = expectOneRow(res)
	}
	if err != nil {
		return fmt.Errorf("storage: mark outbox message %d failed: %w", id, err)
	}
	return nil
}
