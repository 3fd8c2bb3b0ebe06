package storage

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
)

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	msg := func(key string, created int) OutboxMessage {
		return OutboxMessage{Platform: "slack", Channel: "C1", DedupKey: key, Body: "body " + key, CreatedAt: at(0, created)}
	}
	first, created, err := s.Enqueue(ctx, msg("daily#1", 2))
	if err != nil || !created {
		t.Fatalf("enqueue: created %v, %v", created, err)
	}
	older, _, err := s.Enqueue(ctx, msg("daily#0", 1))
	if err != nil {
		t.Fatal(err)
	}
	again, created, err := s.Enqueue(ctx, msg("daily#1", 3))
	if err != nil || created || again != first {
		t.Errorf("enqueue duplicate = %d, created %v, %v; want %d, false", again, created, err, first)
	}
	otherChannel := msg("daily#1", 4)
	otherChannel.Channel = "C2"
	third, created, err := s.Enqueue(ctx, otherChannel)
	if err != nil || !created {
		t.Errorf("same key in another channel: created %v, %v", created, err)
	}

	pendingIDs := func(limit int) []int64 {
		t.Helper()
		msgs, err := s.PendingOutbox(ctx, limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, m := range msgs {
			if m.Status == OutboxSent {
				t.Errorf("pending includes sent message %d", m.ID)
			}
			ids = append(ids, m.ID)
		}
		return ids
	}
	if got := pendingIDs(0); !slices.Equal(got, []int64{older, first, third}) {
		t.Errorf("pending = %v, want oldest first %v", got, []int64{older, first, third})
	}
	if got := pendingIDs(1); !slices.Equal(got, []int64{older}) {
		t.Errorf("pending limit 1 = %v", got)
	}

	if err := s.MarkSent(ctx, older, "1700000000.000100", at(0, 5)); err != nil {
		t.Fatal(err)
	}
	m, err := s.OutboxMessage(ctx, older)
	if err != nil {
		t.Fatal(err)
	}
	if m.Status != OutboxSent || m.MessageID != "1700000000.000100" || !m.SentAt.Equal(at(0, 5)) || m.Body != "body daily#0" {
		t.Errorf("sent message = %+v", m)
	}
	var posted int
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM posted_messages
		WHERE outbox_id = ? AND platform = 'slack' AND channel = 'C1' AND message_id = '1700000000.000100'`, older).Scan(&posted); err != nil {
		t.Fatal(err)
	}
	if posted != 1 {
		t.Errorf("posted_messages rows for the sent message = %d, want 1", posted)
	}
	if got := pendingIDs(0); !slices.Equal(got, []int64{first, third}) {
		t.Errorf("pending after MarkSent = %v", got)
	}
	if err := s.MarkFailed(ctx, older, errors.New("late")); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkFailed on a sent message = %v, want ErrNotFound", err)
	}

	for i := 1; i <= MaxOutboxAttempts; i++ {
		if err := s.MarkFailed(ctx, first, errors.New("rate limited")); err != nil {
			t.Fatal(err)
		}
		m, err := s.OutboxMessage(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		if m.Status != OutboxFailed || m.Attempts != i || m.LastError != "rate limited" {
			t.Errorf("after %d failures: %+v", i, m)
		}
		wantPending := []int64{first, third}
		if i == MaxOutboxAttempts {
			wantPending = []int64{third}
		}
		if got := pendingIDs(0); !slices.Equal(got, wantPending) {
			t.Errorf("pending after %d failures = %v, want %v", i, got, wantPending)
		}
	}

	for _, err := range []error{
		s.MarkSent(ctx, 999, "x", at(0, 0)),
		s.MarkFailed(ctx, 999, errors.New("x")),
		func() error { _, err := s.OutboxMessage(ctx, 999); return err }(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	}
}

// TestOutboxSurvivesRestart closes the store right after Enqueue, as a crash
// before posting would, and expects the message to be pending on reopening.
func TestOutboxSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := s.Enqueue(ctx, OutboxMessage{Platform: "discord", Channel: "42", DedupKey: "k", Body: "b", CreatedAt: at(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pending, err := s.PendingOutbox(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0].ID != id || pending[0].Status != OutboxPending || pending[0].Body != "b" {
		t.Errorf("pending after restart = %+v, want message %d", pending, id)
	}
	if _, created, err := s.Enqueue(ctx, OutboxMessage{Platform: "discord", Channel: "42", DedupKey: "k", Body: "b"}); err != nil || created {
		t.Errorf("re-enqueue after restart: created %v, %v; want false", created, err)
	}
}
