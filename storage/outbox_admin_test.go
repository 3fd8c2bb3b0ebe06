package storage

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// givenUpOutbox fills s with messages in every state an operator meets:
//
//	1 slack/C1 b1 part 0, sent
//	2 slack/C1 b1 part 1, abandoned (its budget spent)
//	3 slack/C1 b1 part 2, abandoned with part 1
//	4 slack/C1 b2 part 0, uncertain
//	5 discord/42 b3 part 0, pending
//	6 discord/42 b3 part 1, pending
//	7 slack/C2 old part 0, abandoned ten days before the others
func givenUpOutbox(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	for _, msgs := range [][]OutboxMessage{
		parts("slack", "C1", "b1", at(0, 1), "p0", "p1", "p2"),
		parts("slack", "C1", "b2", at(0, 2), "u0"),
		parts("discord", "42", "b3", at(0, 3), "q0", "q1"),
		parts("slack", "C2", "old", at(-10, 0), "o0"),
	} {
		if _, err := s.Enqueue(ctx, msgs); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkSent(ctx, 1, "m1", at(0, 4)); err != nil {
		t.Fatal(err)
	}
	giveUp := func(id int64, status string) {
		t.Helper()
		m := mustMessage(t, s, id)
		m.Status, m.Attempts, m.RateLimits, m.LastError = status, 40, 2, "HTTP 503"
		m.AttemptedAt, m.NextAttemptAt = at(0, 5), at(0, 6)
		if _, err := s.Abandon(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	giveUp(2, OutboxAbandoned)
	giveUp(4, OutboxUncertain)
	giveUp(7, OutboxAbandoned)
}

func ids(msgs []OutboxMessage) []int64 {
	out := []int64{}
	for _, m := range msgs {
		out = append(out, m.ID)
	}
	return out
}

func TestListOutbox(t *testing.T) {
	s := openTemp(t)
	givenUpOutbox(t, s)
	for _, tt := range []struct {
		name string
		f    OutboxFilter
		want []int64
	}{
		{"given up", OutboxFilter{Statuses: []string{OutboxAbandoned, OutboxUncertain}}, []int64{7, 2, 3, 4}},
		{"given up since", OutboxFilter{Statuses: []string{OutboxAbandoned, OutboxUncertain}, Since: at(0, 0)}, []int64{2, 3, 4}},
		{"abandoned", OutboxFilter{Statuses: []string{OutboxAbandoned}}, []int64{7, 2, 3}},
		{"uncertain", OutboxFilter{Statuses: []string{OutboxUncertain}}, []int64{4}},
		{"pending", OutboxFilter{Statuses: []string{OutboxPending}}, []int64{5, 6}},
		{"sent", OutboxFilter{Statuses: []string{OutboxSent}}, []int64{1}},
		{"all", OutboxFilter{}, []int64{7, 1, 2, 3, 4, 5, 6}},
		{"all since", OutboxFilter{Since: at(0, 2)}, []int64{4, 5, 6}},
		{"limit", OutboxFilter{Limit: 2}, []int64{7, 1}},
		{"none", OutboxFilter{Statuses: []string{OutboxInFlight}}, []int64{}},
	} {
		check(t, tt.name, func() ([]int64, error) {
			msgs, err := s.ListOutbox(context.Background(), tt.f)
			return ids(msgs), err
		}, tt.want)
	}
	m := mustMessage(t, s, 3)
	if m.Status != OutboxAbandoned || m.LastError != "part 2 of this briefing was abandoned" || !m.RequeuedAt.IsZero() {
		t.Errorf("part 2 = %+v, want abandoned with part 1, never re-queued", m)
	}
}

func TestRequeueOutbox(t *testing.T) {
	now := at(1, 0)
	for _, tt := range []struct {
		name    string
		ids     []int64
		force   bool
		all     bool      // RequeueAbandoned instead
		since   time.Time // for all
		want    []int64
		wantErr error
	}{
		{name: "abandoned part takes its later part", ids: []int64{2}, want: []int64{2, 3}},
		{name: "later part takes the first abandoned part", ids: []int64{3}, want: []int64{2, 3}},
		{name: "both parts named", ids: []int64{3, 2}, want: []int64{2, 3}},
		{name: "several briefings", ids: []int64{3, 7}, want: []int64{7, 2, 3}},
		{name: "uncertain needs force", ids: []int64{4}, wantErr: ErrRequeueUncertain},
		{name: "uncertain with force", ids: []int64{4}, force: true, want: []int64{4}},
		{name: "sent is refused", ids: []int64{1}, wantErr: ErrRequeueSent},
		{name: "sent is refused even with force", ids: []int64{1}, force: true, wantErr: ErrRequeueSent},
		{name: "pending is refused", ids: []int64{5}, wantErr: ErrRequeueQueued},
		{name: "unknown id", ids: []int64{99}, wantErr: ErrNotFound},
		{name: "a refusal re-queues nothing", ids: []int64{2, 1}, wantErr: ErrRequeueSent},
		{name: "all abandoned", all: true, want: []int64{7, 2, 3}},
		{name: "all abandoned since", all: true, since: at(0, 0), want: []int64{2, 3}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t)
			givenUpOutbox(t, s)
			before, err := s.OutboxMessages(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var got []OutboxMessage
			if tt.all {
				got, err = s.RequeueAbandoned(ctx, tt.since, now)
			} else {
				got, err = s.RequeueOutbox(ctx, tt.ids, tt.force, now)
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if after, err := s.OutboxMessages(ctx); err != nil || !slices.EqualFunc(before, after, func(a, b OutboxMessage) bool { return a == b }) {
					t.Errorf("a refused re-queue changed the outbox (%v):\n%+v\nwas\n%+v", err, after, before)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("re-queued %v, want %v", ids(got), tt.want)
			}
			for _, m := range got {
				stored := mustMessage(t, s, m.ID)
				if stored != m || m.Status != OutboxPending || m.Attempts != 0 || m.RateLimits != 0 || !m.NextAttemptAt.IsZero() ||
					m.LeaseOwner != "" || !m.LeaseUntil.IsZero() || !m.RequeuedAt.Equal(now) || !m.QueuedAt().Equal(now) || m.LastError == "" {
					t.Errorf("re-queued %+v, stored %+v; want pending with a fresh budget, re-queued at %s, the last error kept", m, stored, now)
				}
			}
			for _, m := range before {
				if !slices.Contains(tt.want, m.ID) && mustMessage(t, s, m.ID) != m {
					t.Errorf("message %d changed, and was not re-queued", m.ID)
				}
			}
		})
	}
}

// TestRequeuedPartsPostInOrder re-queues a briefing's last part: the
// delivery leases its first abandoned part, and the last only once that
// one is sent.
func TestRequeuedPartsPostInOrder(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	givenUpOutbox(t, s)
	now := at(1, 0)
	if _, err := s.RequeueOutbox(ctx, []int64{3}, false, now); err != nil {
		t.Fatal(err)
	}
	claimed, _, err := s.ClaimOutbox(ctx, "r1", now, now.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	// Part 1 heads slack/C1's queue; discord/42's pending briefing goes on.
	if got := ids(claimed); !slices.Equal(got, []int64{2, 5}) {
		t.Fatalf("claimed %v, want [2 5]: part 1 of the re-queued briefing, not part 2", got)
	}
	if err := s.MarkSent(ctx, 2, "m2", now); err != nil {
		t.Fatal(err)
	}
	claimed, _, err = s.ClaimOutbox(ctx, "r1", now, now.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(claimed); !slices.Equal(got, []int64{3}) {
		t.Errorf("claimed %v, want part 2 once part 1 is sent", got)
	}
	// The health check counts the wait from the re-queue, not from the
	// message's creation a day before.
	for _, id := range []int64{5, 6} {
		if err := s.MarkSent(ctx, id, "m", now); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.OutboxStats(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if !st.OldestUnsent.Equal(now) {
		t.Errorf("oldest unsent = %s, want the re-queue's %s", st.OldestUnsent, now)
	}
}
