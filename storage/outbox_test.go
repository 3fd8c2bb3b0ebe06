package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// parts returns the parts of a briefing as Enqueue takes them.
func parts(platform, channel, briefing string, created time.Time, bodies ...string) []OutboxMessage {
	msgs := make([]OutboxMessage, len(bodies))
	for i, b := range bodies {
		msgs[i] = OutboxMessage{Platform: platform, Channel: channel, Briefing: briefing, Part: i,
			DedupKey: briefing + "#" + string(rune('0'+i)), Body: b, CreatedAt: created}
	}
	return msgs
}

func unsentIDs(t *testing.T, s *Store) []int64 {
	t.Helper()
	msgs, err := s.UnsentOutbox(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, m := range msgs {
		ids = append(ids, m.ID)
	}
	return ids
}

func mustMessage(t *testing.T, s *Store, id int64) OutboxMessage {
	t.Helper()
	m, err := s.OutboxMessage(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestOutboxEnqueue(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	created, err := s.Enqueue(ctx, parts("slack", "C1", "daily", at(0, 2), "a0", "a1"))
	if err != nil || !created {
		t.Fatalf("enqueue: created %v, %v", created, err)
	}
	if created, err := s.Enqueue(ctx, parts("slack", "C1", "older", at(0, 1), "o0")); err != nil || !created {
		t.Fatalf("enqueue: created %v, %v", created, err)
	}
	// The same briefing composed again, now with three parts, adds nothing.
	if created, err := s.Enqueue(ctx, parts("slack", "C1", "daily", at(0, 3), "b0", "b1", "b2")); err != nil || created {
		t.Errorf("enqueue again = %v, %v; want nothing created", created, err)
	}
	if created, err := s.Enqueue(ctx, parts("slack", "C2", "daily", at(0, 4), "c0")); err != nil || !created {
		t.Errorf("same key in another channel: created %v, %v", created, err)
	}
	// ids: 1, 2 (daily), 3 (older), then C2's (4 on SQLite; Postgres's
	// sequence gave 4 to the refused insert)
	if got := unsentIDs(t, s); !slices.Equal(got[:3], []int64{3, 1, 2}) || len(got) != 4 || got[3] < 4 {
		t.Errorf("unsent = %v, want oldest first, parts in order", got)
	}
	if err := s.MarkSent(ctx, 3, "m3", at(0, 5)); err != nil {
		t.Fatal(err)
	}
	all, err := s.OutboxMessages(ctx)
	if err != nil || len(all) != 4 || all[0].ID != 3 || all[0].Status != OutboxSent {
		t.Errorf("all messages = %+v, %v; want the four, the sent one first", all, err)
	}
	m := mustMessage(t, s, 2)
	if m.Briefing != "daily" || m.Part != 1 || m.Body != "a1" || m.Status != OutboxPending || !m.CreatedAt.Equal(at(0, 2)) {
		t.Errorf("part 1 = %+v", m)
	}
}

func TestOutboxEnqueueIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	// The database refuses the second part, as a crash halfway would cut it.
	if _, err := s.write.ExecContext(ctx, `CREATE TEMP TRIGGER refuse BEFORE INSERT ON outbox
		WHEN new.body = 'q1' BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, parts("slack", "C1", "b", at(0, 0), "q0", "q1", "q2")); err == nil {
		t.Fatal("enqueue succeeded with a part refused")
	}
	if got := unsentIDs(t, s); len(got) != 0 {
		t.Errorf("unsent = %v, want none of the briefing's parts", got)
	}
}

func TestOutboxDeliveryStates(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.Enqueue(ctx, parts("discord", "42", "b", at(0, 0), "p0", "p1", "p2")); err != nil {
		t.Fatal(err)
	}
	// Part 0 goes in flight, then is sent.
	m := mustMessage(t, s, 1)
	m.Status, m.AttemptedAt, m.NextAttemptAt = OutboxInFlight, at(0, 1), at(0, 1).Add(30*time.Second)
	if err := s.SaveOutboxState(ctx, m); err != nil {
		t.Fatal(err)
	}
	if got := mustMessage(t, s, 1); got.Status != OutboxInFlight || !got.AttemptedAt.Equal(at(0, 1)) || !got.NextAttemptAt.Equal(m.NextAttemptAt) {
		t.Errorf("in flight = %+v", got)
	}
	if err := s.MarkSent(ctx, 1, "m1", at(0, 2)); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSent(ctx, 1, "m1", at(0, 3)); err != nil {
		t.Errorf("marking a sent message sent again = %v, want a no-op", err)
	}
	if got := mustMessage(t, s, 1); got.Status != OutboxSent || got.MessageID != "m1" || !got.SentAt.Equal(at(0, 2)) {
		t.Errorf("sent = %+v", got)
	}
	var posted int
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM posted_messages WHERE outbox_id = 1 AND message_id = 'm1'`).Scan(&posted); err != nil || posted != 1 {
		t.Errorf("posted_messages rows = %d, %v; want 1", posted, err)
	}
	m.Status = OutboxPending
	if err := s.SaveOutboxState(ctx, m); !errors.Is(err, ErrOutboxDone) {
		t.Errorf("saving state over a sent message = %v, want ErrOutboxDone", err)
	}

	// Part 1 fails for good: part 2 is abandoned with it.
	m = mustMessage(t, s, 2)
	m.Status, m.Attempts, m.RateLimits, m.LastError = OutboxAbandoned, 40, 3, "HTTP 503"
	later, err := s.Abandon(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	if len(later) != 1 || later[0].ID != 3 || later[0].Status != OutboxAbandoned || !strings.HasPrefix(later[0].LastError, "part 2 of this briefing was abandoned") {
		t.Errorf("abandoned with it = %+v, want part 2", later)
	}
	if got := mustMessage(t, s, 2); got.Status != OutboxAbandoned || got.Attempts != 40 || got.RateLimits != 3 || got.LastError != "HTTP 503" {
		t.Errorf("abandoned = %+v", got)
	}
	if got := unsentIDs(t, s); len(got) != 0 {
		t.Errorf("unsent = %v, want none", got)
	}

	for _, err := range []error{
		s.MarkSent(ctx, 999, "x", at(0, 0)),
		s.SaveOutboxState(ctx, OutboxMessage{ID: 999, Status: OutboxPending}),
		func() error { _, err := s.OutboxMessage(ctx, 999); return err }(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	}
}

func TestOutboxUncertainKeepsLaterParts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.Enqueue(ctx, parts("slack", "C1", "b", at(0, 0), "p0", "p1")); err != nil {
		t.Fatal(err)
	}
	m := mustMessage(t, s, 1)
	m.Status, m.LastError = OutboxUncertain, "cannot be looked up"
	if later, err := s.Abandon(ctx, m); err != nil || len(later) != 0 {
		t.Fatalf("abandon uncertain = %v, %v; want no later part touched", later, err)
	}
	if got := unsentIDs(t, s); !slices.Equal(got, []int64{2}) {
		t.Errorf("unsent = %v, want part 1 still to post", got)
	}
}

func TestOutboxStats(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for i, b := range []string{"a", "b", "c", "d"} {
		if _, err := s.Enqueue(ctx, parts("slack", "C1", b, at(0, i), "x")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkSent(ctx, 1, "m", at(0, 5)); err != nil {
		t.Fatal(err)
	}
	m := mustMessage(t, s, 2)
	m.Status = OutboxAbandoned
	if _, err := s.Abandon(ctx, m); err != nil {
		t.Fatal(err)
	}
	m = mustMessage(t, s, 3)
	m.Status = OutboxInFlight
	if err := s.SaveOutboxState(ctx, m); err != nil {
		t.Fatal(err)
	}
	st, err := s.OutboxStats(ctx, at(0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if st.ByStatus[OutboxSent] != 1 || st.ByStatus[OutboxAbandoned] != 1 || st.ByStatus[OutboxInFlight] != 1 || st.ByStatus[OutboxPending] != 1 {
		t.Errorf("by status = %v", st.ByStatus)
	}
	if !st.OldestUnsent.Equal(at(0, 2)) || st.GivenUpSince != 1 {
		t.Errorf("stats = %+v, want oldest unsent at hour 2 and one given up since hour 1", st)
	}
	if st, err := s.OutboxStats(ctx, at(0, 3)); err != nil || st.GivenUpSince != 0 {
		t.Errorf("given up since hour 3 = %d, %v; want 0", st.GivenUpSince, err)
	}
}

// TestOutboxSurvivesRestart closes the store right after Enqueue, as a crash
// before posting would, and expects the message unsent on reopening.
func TestOutboxSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	s := open()
	if _, err := s.Enqueue(ctx, parts("discord", "42", "k", at(0, 0), "b")); err != nil {
		t.Fatal(err)
	}
	s = open()
	unsent, err := s.UnsentOutbox(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(unsent) != 1 || unsent[0].Status != OutboxPending || unsent[0].Body != "b" {
		t.Errorf("unsent after restart = %+v, want the message", unsent)
	}
	if created, err := s.Enqueue(ctx, parts("discord", "42", "k", at(0, 0), "b")); err != nil || created {
		t.Errorf("re-enqueue after restart: created %v, %v; want false", created, err)
	}
}

func TestChannelSchedule(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	epoch, last, err := s.ChannelSchedule(ctx, "slack", "C1", at(0, 0))
	if err != nil || !epoch.Equal(at(0, 0)) || !last.IsZero() {
		t.Fatalf("first sight = %s, %s, %v; want the epoch now and no slot", epoch, last, err)
	}
	if _, err := s.EnqueueSlot(ctx, "slack", "C1", at(0, 8), parts("slack", "C1", "b", at(0, 8), "x")); err != nil {
		t.Fatal(err)
	}
	// An empty briefing still records its slot; an older slot never goes back.
	if _, err := s.EnqueueSlot(ctx, "slack", "C1", at(1, 8), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.EnqueueSlot(ctx, "slack", "C1", at(0, 20), nil); err != nil {
		t.Fatal(err)
	}
	epoch, last, err = s.ChannelSchedule(ctx, "slack", "C1", at(5, 0))
	if err != nil || !epoch.Equal(at(0, 0)) || !last.Equal(at(1, 8)) {
		t.Errorf("later = %s, %s, %v; want the first epoch and the latest slot", epoch, last, err)
	}
	if got := unsentIDs(t, s); len(got) != 1 {
		t.Errorf("unsent = %v, want the one message", got)
	}
}

func TestFirstSeen(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	s := open()
	now := at(0, 0)
	window := 10 * time.Minute
	if first, err := s.FirstSeen(ctx, []byte("sig"), now, now.Add(window)); err != nil || !first {
		t.Fatalf("first = %v, %v", first, err)
	}
	if first, _ := s.FirstSeen(ctx, []byte("sig"), now.Add(time.Minute), now.Add(window)); first {
		t.Error("a replay within the window was new")
	}
	s = open() // a restarted daemon, or another replica
	if first, _ := s.FirstSeen(ctx, []byte("sig"), now.Add(2*time.Minute), now.Add(window)); first {
		t.Error("a replay after a restart was new")
	}
	if first, _ := s.FirstSeen(ctx, []byte("sig"), now.Add(window), now.Add(2*window)); !first {
		t.Error("a key past its expiry was not new")
	}
}

// TestClaimOutbox leases messages to two replicas: each destination's
// first unsent message goes to one of them, the next waits for it, and a
// lease that ran out lets the other replica take the message over.
func TestClaimOutbox(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	a, b := open(), open()
	if _, err := a.Enqueue(ctx, parts("slack", "C1", "daily", at(0, 0), "p0", "p1")); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Enqueue(ctx, parts("slack", "C2", "daily", at(0, 1), "q0")); err != nil {
		t.Fatal(err)
	}
	now, lease := at(0, 2), time.Minute
	got, next, err := a.ClaimOutbox(ctx, "a", now, now.Add(lease), 1)
	if err != nil || len(got) != 1 || got[0].Body != "p0" || got[0].LeaseOwner != "a" || !got[0].LeaseUntil.Equal(now.Add(lease)) {
		t.Fatalf("a's claim = %+v, %v; want p0, leased to a", got, err)
	}
	if !next.Equal(now.Add(lease)) {
		t.Errorf("next = %s, want the end of p0's lease (q0, due now, does not count)", next)
	}
	got, next, err = b.ClaimOutbox(ctx, "b", now, now.Add(lease), 0)
	if err != nil || len(got) != 1 || got[0].Body != "q0" {
		t.Fatalf("b's claim = %+v, %v; want q0 only: p1 waits for p0", got, err)
	}
	if !next.Equal(now.Add(lease)) {
		t.Errorf("b's next = %s, want when a's lease on p0 ends, %s", next, now.Add(lease))
	}
	if err := b.MarkSent(ctx, got[0].ID, "m3", now); err != nil {
		t.Fatal(err)
	}
	// a marks p0 in flight and then dies: b takes it when the lease and
	// the post's time are up, and a cannot write it any more.
	p0 := mustMessage(t, a, 1)
	p0.Status, p0.AttemptedAt, p0.NextAttemptAt, p0.LeaseUntil = OutboxInFlight, now, now.Add(30*time.Second), now.Add(lease)
	if err := a.SaveOutboxState(ctx, p0); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := b.ClaimOutbox(ctx, "b", now.Add(lease-time.Second), now.Add(2*lease), 0); len(got) != 0 {
		t.Errorf("claim before a's lease ends = %+v, want none", got)
	}
	got, _, err = b.ClaimOutbox(ctx, "b", now.Add(lease), now.Add(2*lease), 0)
	if err != nil || len(got) != 1 || got[0].ID != p0.ID || got[0].Status != OutboxInFlight {
		t.Fatalf("claim after a's lease = %+v, %v; want p0, in flight", got, err)
	}
	p0.Status = OutboxPending
	if err := a.SaveOutboxState(ctx, p0); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("a's save after b took over = %v, want ErrLeaseLost", err)
	}
	if err := b.MarkSent(ctx, p0.ID, "m1", now.Add(lease)); err != nil {
		t.Fatal(err)
	}
	got, _, err = a.ClaimOutbox(ctx, "a", now.Add(lease), now.Add(2*lease), 0)
	if err != nil || len(got) != 1 || got[0].Body != "p1" {
		t.Errorf("claim once p0 is sent = %+v, %v; want p1", got, err)
	}
}

// TestSlotEnqueuedOnce enqueues one slot from replicas at once: one stores
// the briefing, the others nothing.
func TestSlotEnqueuedOnce(t *testing.T) {
	ctx := context.Background()
	open := openShared(t)
	replicas := []*Store{open(), open(), open()}
	slot := at(0, 8)
	var created atomic.Int32
	var wg sync.WaitGroup
	for i, s := range replicas {
		wg.Go(func() {
			msgs := parts("slack", "C1", "briefing", at(0, 8), fmt.Sprint("from ", i, " part 0"), fmt.Sprint("from ", i, " part 1"))
			ok, err := s.EnqueueSlot(ctx, "slack", "C1", slot, msgs)
			if err != nil {
				t.Error(err)
			}
			if ok {
				created.Add(1)
			}
		})
	}
	wg.Wait()
	msgs, err := replicas[0].OutboxMessages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if created.Load() != 1 || len(msgs) != 2 || msgs[0].Body[:6] != msgs[1].Body[:6] {
		t.Errorf("created %d times, stored %+v; want one replica's two parts", created.Load(), msgs)
	}
}
