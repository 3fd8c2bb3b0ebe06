package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

// TestRequeuedBriefingIsDeliveredOnce gives a briefing up, re-queues it
// while the outage lasts (it is given up again, and reported again), then
// once the platform is back: each part is posted once, in order.
func TestRequeuedBriefingIsDeliveredOnce(t *testing.T) {
	ctx := context.Background()
	outage := true
	poster := refusingWhile(&outage, "C1")
	s, st, clk := briefed(t, poster, []string{"part 1", "part 2"}, func(o *Options) {
		o.Admin = &config.Channel{Platform: config.Discord, Channel: "ops"}
		o.Retry = RetryPolicy{MaxAttempts: 1}
	})
	deliverEvery(t, s, clk, 1, time.Minute)
	if msgs := outbox(t, st); msgs[0].Status != storage.OutboxAbandoned || msgs[1].Status != storage.OutboxAbandoned {
		t.Fatalf("after the outage: %+v, %+v; want both parts abandoned", msgs[0], msgs[1])
	}
	reports := func() (n int) {
		for _, b := range poster.bodies() {
			if strings.HasPrefix(b, "ops: briefbot gave up on part 1 of ") {
				n++
			}
		}
		return n
	}
	if n := reports(); n != 1 {
		t.Fatalf("%d reports to the admin channel, want 1: %q", n, poster.bodies())
	}

	// Re-queued during the outage: tried again, given up again, reported again.
	if got, err := st.RequeueOutbox(ctx, []int64{2}, false, clk.now()); err != nil || len(got) != 2 {
		t.Fatalf("re-queue = %d messages, %v; want both parts", len(got), err)
	}
	deliverEvery(t, s, clk, 1, time.Minute)
	if msgs := outbox(t, st); msgs[0].Status != storage.OutboxAbandoned || msgs[0].Attempts != 1 || msgs[1].Status != storage.OutboxAbandoned {
		t.Fatalf("re-queued during the outage: %+v, %+v; want both abandoned again after one attempt", msgs[0], msgs[1])
	}
	if n := reports(); n != 2 {
		t.Errorf("%d reports to the admin channel, want a second one for the second give-up: %q", n, poster.bodies())
	}

	// Re-queued once the platform is back: posted once each, in order.
	outage = false
	if _, err := st.RequeueOutbox(ctx, []int64{2}, false, clk.now()); err != nil {
		t.Fatal(err)
	}
	deliverEvery(t, s, clk, 3, time.Hour)
	var posted []string
	for _, b := range poster.bodies() {
		if strings.HasPrefix(b, "C1: ") {
			posted = append(posted, b)
		}
	}
	if !slices.Equal(posted, []string{"C1: part 1", "C1: part 2"}) {
		t.Errorf("posted to C1 %q, want each part once, in order", posted)
	}
	for _, m := range outbox(t, st) {
		if m.Status != storage.OutboxSent {
			t.Errorf("message %d (%s) is %s, want sent", m.ID, m.DedupKey, m.Status)
		}
	}
}

// TestRequeuedMessageHasAFreshRateLimitBudget re-queues a message composed
// two days before: a rate limit does not give it up at once, since its
// budget counts from the re-queue.
func TestRequeuedMessageHasAFreshRateLimitBudget(t *testing.T) {
	ctx := context.Background()
	limited := true
	poster := &resolvingPoster{}
	poster.fail = func(int, storage.OutboxMessage) error {
		if limited {
			return rateLimit(time.Hour)
		}
		return nil
	}
	s, st, clk := briefed(t, poster, []string{"x"})
	deliverEvery(t, s, clk, 24, time.Hour)
	clk.advance(time.Minute)
	deliverEvery(t, s, clk, 1, 0)
	if m := outbox(t, st)[0]; m.Status != storage.OutboxAbandoned {
		t.Fatalf("rate limited for a day: %+v, want abandoned", m)
	}
	clk.advance(24 * time.Hour)
	if _, err := st.RequeueOutbox(ctx, []int64{1}, false, clk.now()); err != nil {
		t.Fatal(err)
	}
	deliverEvery(t, s, clk, 1, time.Hour)
	if m := outbox(t, st)[0]; m.Status != storage.OutboxPending || m.RateLimits != 1 {
		t.Fatalf("re-queued and rate limited once: %+v, want pending", m)
	}
	limited = false
	deliverEvery(t, s, clk, 1, time.Hour)
	if m := outbox(t, st)[0]; m.Status != storage.OutboxSent || len(poster.bodies()) != 1 {
		t.Errorf("after the rate limit: %+v, posted %q; want sent once", m, poster.bodies())
	}
}
