package scheduler

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// fakeComposer returns the same briefing for every request and records them.
type fakeComposer struct {
	mu       sync.Mutex
	briefing Briefing
	requests []Request
}

func (f *fakeComposer) Compose(_ context.Context, r Request) (Briefing, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = append(f.requests, r)
	return f.briefing, nil
}

// fakePoster records the bodies it posted; fail, when set, decides whether
// a post fails. It cannot look messages up: resolvingPoster can.
type fakePoster struct {
	mu     sync.Mutex
	posted []string
	tries  int
	fail   func(try int, m storage.OutboxMessage) error
}

func (p *fakePoster) Post(_ context.Context, m storage.OutboxMessage) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tries++
	if p.fail != nil {
		if err := p.fail(p.tries, m); err != nil {
			return "", err
		}
	}
	p.posted = append(p.posted, m.Channel+": "+m.Body)
	return "m" + m.Body, nil
}

func (p *fakePoster) bodies() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.posted)
}

// resolvingPoster is a fakePoster whose Find answers from onPlatform, the
// bodies the platform holds, by outbox id.
type resolvingPoster struct {
	fakePoster
	onPlatform map[int64]string
	finds      []int64
	findErr    error
}

// refusingWhile returns a poster that refuses every post to channel while
// *down holds: an outage the test ends by setting it false.
func refusingWhile(down *bool, channel string) *resolvingPoster {
	p := &resolvingPoster{}
	p.fail = func(_ int, m storage.OutboxMessage) error {
		if *down && m.Channel == channel {
			return refused()
		}
		return nil
	}
	return p
}

func (p *resolvingPoster) Find(_ context.Context, m storage.OutboxMessage) (string, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finds = append(p.finds, m.ID)
	if p.findErr != nil {
		return "", false, p.findErr
	}
	id, ok := p.onPlatform[m.ID]
	return id, ok, nil
}

var quiet = slog.New(slog.DiscardHandler)

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "briefbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(s string) *clock {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return &clock{t: t}
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// testOptions are the options of the tests' schedulers: every platform
// posts through poster, and the clock reads 08:00 in Karachi.
func testOptions(st Store, comp Composer, poster Poster, channels ...config.Channel) Options {
	return Options{
		Store: st, Composer: comp, Channels: channels, Logger: quiet,
		Posters: map[string]Poster{config.Slack: poster, config.Discord: poster, config.Console: poster},
		Clock:   newClock("2026-11-25T03:00:00Z").now,
	}
}

func newScheduler(t *testing.T, o Options) *Scheduler {
	t.Helper()
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var karachi = config.Channel{
	Platform: config.Slack, Channel: "C1", Regions: []string{"south-asia"}, Actors: []string{"IRN"},
	Schedule: "CRON_TZ=Asia/Karachi 0 8 * * *", Window: 24 * time.Hour, CatchUp: 6 * time.Hour,
	Mention: "<!here>", Keywords: []string{"border"}, ExcludeKeywords: []string{"cricket"},
}

func outbox(t *testing.T, st *storage.Store) []storage.OutboxMessage {
	t.Helper()
	msgs, err := st.OutboxMessages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

// slot0 is 08:00 in Karachi on the tests' day, 03:00 UTC.
var slot0 = time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)

// briefed returns a scheduler of the karachi channel, on a clock at slot0
// that the test moves, with slot0's briefing of parts in the outbox.
// adjust changes the options first.
func briefed(t *testing.T, poster Poster, parts []string, adjust ...func(*Options)) (*Scheduler, *storage.Store, *clock) {
	t.Helper()
	st := openStore(t)
	clk := newClock("2026-11-25T03:00:00Z")
	o := testOptions(st, &fakeComposer{briefing: Briefing{Parts: parts}}, poster, karachi)
	o.Clock = clk.now
	for _, f := range adjust {
		f(&o)
	}
	s := newScheduler(t, o)
	if err := s.runSlot(context.Background(), s.channels[0], slot0); err != nil {
		t.Fatal(err)
	}
	return s, st, clk
}

// deliverEvery delivers n times, the clock moving on by step after each.
func deliverEvery(t *testing.T, s *Scheduler, clk *clock, n int, step time.Duration) {
	t.Helper()
	for range n {
		if err := s.Deliver(context.Background()); err != nil {
			t.Fatal(err)
		}
		clk.advance(step)
	}
}

func TestSlotIsInTheChannelsZone(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := &fakeComposer{briefing: Briefing{Parts: []string{"one"}}}
	s := newScheduler(t, testOptions(st, comp, &fakePoster{}, karachi))
	ch := s.channels[0]

	next := ch.schedule.Next(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	if !next.Equal(slot0) {
		t.Errorf("next run = %s, want %s", next, slot0)
	}
	s.fire(ctx, ch, next)
	r := comp.requests[0]
	if !r.To.Equal(slot0) || !r.From.Equal(slot0.Add(-24*time.Hour)) || r.To.Location().String() != "Asia/Karachi" {
		t.Errorf("request window = %s – %s, want the 24h before the slot, in Karachi time", r.From, r.To)
	}
	if r.Platform != config.Slack || r.Location.String() != "Asia/Karachi" || r.Mention != "<!here>" ||
		!slices.Equal(r.Keywords, []string{"border"}) || !slices.Equal(r.ExcludeKeywords, []string{"cricket"}) {
		t.Errorf("request = %+v, want the channel's platform, zone, mention and keywords", r)
	}
	m := outbox(t, st)[0]
	if m.DedupKey != "briefing:24h0m0s:2026-11-25T03:00:00Z#0" || m.Briefing != "briefing:24h0m0s:2026-11-25T03:00:00Z" || m.Part != 0 {
		t.Errorf("message keys = %q, %q, %d", m.DedupKey, m.Briefing, m.Part)
	}
	if _, last, _ := st.ChannelSchedule(ctx, config.Slack, "C1", slot0); !last.Equal(slot0) {
		t.Errorf("last slot = %s, want the slot just run", last)
	}
}

func TestFilterAddsSubscriptions(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	for _, sub := range []storage.Subscription{
		{Platform: config.Slack, Channel: "C1", Kind: storage.KindRegion, Value: "middle-east"},
		{Platform: config.Slack, Channel: "C1", Kind: storage.KindActor, Value: "IRN"}, // already configured
		{Platform: config.Slack, Channel: "C1", Kind: storage.KindActor, Value: "PAK"},
		{Platform: config.Slack, Channel: "C2", Kind: storage.KindActor, Value: "IND"}, // another channel
	} {
		if _, err := st.Subscribe(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	comp := &fakeComposer{}
	s := newScheduler(t, testOptions(st, comp, &fakePoster{}, karachi))
	if err := s.runSlot(ctx, s.channels[0], slot0); err != nil {
		t.Fatal(err)
	}
	f := comp.requests[0].Filter
	if strings.Join(f.Regions, ",") != "south-asia,middle-east" || strings.Join(f.Actors, ",") != "IRN,PAK" {
		t.Errorf("filter = %+v, want the config's regions and actors plus the channel's subscriptions", f)
	}
}

func TestMessageIsInFlightDuringThePost(t *testing.T) {
	ctx := context.Background()
	var st *storage.Store
	poster := &fakePoster{}
	poster.fail = func(_ int, m storage.OutboxMessage) error {
		stored, err := st.OutboxMessage(ctx, m.ID)
		if err != nil {
			return err
		}
		if stored.Status != storage.OutboxInFlight || stored.AttemptedAt.IsZero() {
			t.Errorf("posting %q while it is stored %s, want in flight with its attempt time", m.Body, stored.Status)
		}
		return nil
	}
	s, st, _ := briefed(t, poster, []string{"part 1", "part 2"})
	if err := s.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies(); strings.Join(got, "|") != "C1: part 1|C1: part 2" {
		t.Errorf("posted %q, want both parts in order", got)
	}
	for _, m := range outbox(t, st) {
		if m.Status != storage.OutboxSent || m.MessageID != "m"+m.Body || !m.SentAt.Equal(s.now()) {
			t.Errorf("outbox message %+v, want sent with the poster's id at the clock's time", m)
		}
	}
}

// TestInFlightMessageIsResolvedOnRestart stands for a crash during a post:
// the message is in flight when the next process starts, and is posted
// again only if the platform does not have it.
func TestInFlightMessageIsResolvedOnRestart(t *testing.T) {
	for _, onPlatform := range []bool{true, false} {
		name := map[bool]string{true: "found: not posted again", false: "not found: posted"}[onPlatform]
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			o := testOptions(st, &fakeComposer{briefing: Briefing{Parts: []string{"part 1", "part 2"}}}, &fakePoster{}, karachi)
			crashed := newScheduler(t, o)
			if err := crashed.runSlot(ctx, crashed.channels[0], slot0); err != nil {
				t.Fatal(err)
			}
			m := outbox(t, st)[0]
			m.Status, m.AttemptedAt, m.NextAttemptAt = storage.OutboxInFlight, slot0, slot0.Add(30*time.Second)
			if err := st.SaveOutboxState(ctx, m); err != nil {
				t.Fatal(err)
			}

			poster := &resolvingPoster{onPlatform: map[int64]string{}}
			if onPlatform {
				poster.onPlatform[m.ID] = "ts-1"
			}
			o.Posters = map[string]Poster{config.Slack: poster}
			clk := newClock("2026-11-25T03:00:10Z")
			o.Clock = clk.now
			restarted := newScheduler(t, o)
			if err := restarted.Deliver(ctx); err != nil {
				t.Fatal(err)
			}
			if len(poster.finds) != 0 || len(poster.bodies()) != 0 {
				t.Fatalf("looked up %v and posted %q before the interrupted post had time to land", poster.finds, poster.bodies())
			}
			clk.advance(30 * time.Second)
			if err := restarted.Deliver(ctx); err != nil {
				t.Fatal(err)
			}
			want := []string{"C1: part 2"}
			if !onPlatform {
				want = []string{"C1: part 1", "C1: part 2"}
			}
			if got := poster.bodies(); !slices.Equal(got, want) {
				t.Errorf("posted %q, want %q", got, want)
			}
			if !slices.Equal(poster.finds, []int64{m.ID}) {
				t.Errorf("looked up %v, want only the message in flight", poster.finds)
			}
			if got := outbox(t, st)[0]; got.Status != storage.OutboxSent || (onPlatform && got.MessageID != "ts-1") {
				t.Errorf("message = %+v, want sent, with the id found", got)
			}
		})
	}
}

func TestInFlightMessageWithoutResolverIsUncertain(t *testing.T) {
	ctx := context.Background()
	poster := &fakePoster{}
	s, st, _ := briefed(t, poster, []string{"part 1", "part 2"}, func(o *Options) {
		o.Admin = &config.Channel{Platform: config.Console, Channel: "ops"}
	})
	m := outbox(t, st)[0]
	m.Status, m.AttemptedAt = storage.OutboxInFlight, slot0.Add(-time.Hour)
	if err := st.SaveOutboxState(ctx, m); err != nil {
		t.Fatal(err)
	}
	before := testutil.ToFloat64(metrics.BriefingsPosted.WithLabelValues(config.Slack, storage.OutboxUncertain))
	if err := s.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := outbox(t, st)
	if msgs[0].Status != storage.OutboxUncertain {
		t.Errorf("message in flight = %+v, want uncertain", msgs[0])
	}
	// The part that may have been posted is not posted again; the next
	// part goes on, and the admin channel hears of it.
	if got := poster.bodies(); len(got) != 2 || got[0] != "C1: part 2" || !strings.HasPrefix(got[1], "ops: briefbot cannot tell whether it posted part 1") {
		t.Errorf("posted %q, want part 2 and a report to the admin channel", got)
	}
	if d := testutil.ToFloat64(metrics.BriefingsPosted.WithLabelValues(config.Slack, storage.OutboxUncertain)) - before; d != 1 {
		t.Errorf("uncertain messages counted %v, want 1", d)
	}
}

func TestRunningASlotAgainAddsNothing(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := &fakeComposer{briefing: Briefing{Parts: []string{"part 1"}}}
	s := newScheduler(t, testOptions(st, comp, &fakePoster{}, karachi))
	if err := s.runSlot(ctx, s.channels[0], slot0); err != nil {
		t.Fatal(err)
	}
	// Late events make the same slot compose to more parts: still nothing new.
	comp.briefing = Briefing{Parts: []string{"part 1 again", "part 2"}}
	if err := s.runSlot(ctx, s.channels[0], slot0); err != nil {
		t.Fatal(err)
	}
	if n := len(outbox(t, st)); n != 1 {
		t.Errorf("%d outbox messages, want the slot's one part", n)
	}
	// The next day's slot is a new briefing.
	if err := s.runSlot(ctx, s.channels[0], slot0.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n := len(outbox(t, st)); n != 3 {
		t.Errorf("%d outbox messages, want the next slot's two parts too", n)
	}
}

// rateLimitedErr and refusal classify themselves as the platforms' errors
// do.
type rateLimitedErr time.Duration

func (e rateLimitedErr) Error() string             { return "429" }
func (e rateLimitedErr) RetryAfter() time.Duration { return time.Duration(e) }

type refusal struct{}

func (refusal) Error() string   { return "channel_not_found" }
func (refusal) NotPosted() bool { return true }

// platformErr classifies itself both ways at once, as the bot package's
// errors do: RetryAfter 0 is no rate limit.
type platformErr struct {
	retryAfter time.Duration
	refused    bool
}

func (e platformErr) Error() string             { return "platform error" }
func (e platformErr) RetryAfter() time.Duration { return e.retryAfter }
func (e platformErr) NotPosted() bool           { return e.refused }

func rateLimit(d time.Duration) error { return rateLimitedErr(d) }
func refused() error                  { return refusal{} }

// errUnknown leaves the outcome of a post unknown.
var errUnknown = errors.New("HTTP 503")

func TestFailedAttemptsAreScheduled(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus string
		wait       time.Duration
		attempts   int
		rateLimits int
	}{
		{"rate limit honours Retry-After and costs no attempt", rateLimit(2 * time.Hour), storage.OutboxPending, 2 * time.Hour, 0, 1},
		{"rate limit of seconds waits seconds", rateLimit(3 * time.Second), storage.OutboxPending, 3 * time.Second, 0, 1},
		{"refusal backs off", refused(), storage.OutboxPending, 10 * time.Second, 1, 0},
		{"refusal with no Retry-After is no rate limit", platformErr{refused: true}, storage.OutboxPending, 10 * time.Second, 1, 0},
		{"neither: outcome unknown", platformErr{}, storage.OutboxInFlight, 30 * time.Second, 1, 0},
		{"unknown outcome stays in flight until it had time to land", errUnknown, storage.OutboxInFlight, 30 * time.Second, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			poster := &resolvingPoster{fakePoster: fakePoster{fail: func(int, storage.OutboxMessage) error { return tt.err }}}
			s, st, _ := briefed(t, poster, []string{"part 1", "part 2"})
			if err := s.Deliver(context.Background()); err != nil {
				t.Fatal(err)
			}
			msgs := outbox(t, st)
			m := msgs[0]
			if m.Status != tt.wantStatus || m.Attempts != tt.attempts || m.RateLimits != tt.rateLimits ||
				!m.NextAttemptAt.Equal(s.now().Add(tt.wait)) || m.LastError != tt.err.Error() {
				t.Errorf("after the failure: %+v\nwant %s, %d attempts, %d rate limits, next in %s", m, tt.wantStatus, tt.attempts, tt.rateLimits, tt.wait)
			}
			if msgs[1].Status != storage.OutboxPending || !msgs[1].AttemptedAt.IsZero() {
				t.Errorf("part 2 = %+v, want untried: the parts keep their order", msgs[1])
			}
			if poster.tries != 1 {
				t.Errorf("%d tries, want 1: nothing is retried before its time", poster.tries)
			}
		})
	}
}

// TestRetriesSurviveHoursOfOutage fails every post for hours: the backoff
// grows to its cap, the message is abandoned only when its budget is spent,
// its later part with it, and the admin channel is told.
func TestRetriesSurviveHoursOfOutage(t *testing.T) {
	ctx := context.Background()
	outage := true
	poster := refusingWhile(&outage, "C1")
	s, st, clk := briefed(t, poster, []string{"part 1", "part 2"}, func(o *Options) {
		o.Admin = &config.Channel{Platform: config.Discord, Channel: "ops"}
	})
	var waits []time.Duration
	for range 100 {
		if err := s.Deliver(ctx); err != nil {
			t.Fatal(err)
		}
		m := outbox(t, st)[0]
		if m.Status != storage.OutboxPending {
			break
		}
		waits = append(waits, m.NextAttemptAt.Sub(clk.now()))
		clk.advance(m.NextAttemptAt.Sub(clk.now()))
	}
	if len(waits) != 39 || waits[0] != 10*time.Second || waits[1] != 20*time.Second || waits[38] != 30*time.Minute {
		t.Errorf("waits = %v, want 39 of them from 10s doubling to 30m", waits)
	}
	if elapsed := clk.now().Sub(slot0); elapsed < 12*time.Hour {
		t.Errorf("abandoned after %s, want hours of retries", elapsed)
	}
	msgs := outbox(t, st)
	if msgs[0].Status != storage.OutboxAbandoned || msgs[0].Attempts != 40 || msgs[1].Status != storage.OutboxAbandoned {
		t.Errorf("after the budget: %+v, %+v; want both parts abandoned", msgs[0], msgs[1])
	}
	if got := poster.bodies(); len(got) != 1 || !strings.HasPrefix(got[0], "ops: briefbot gave up on part 1 of briefing:24h0m0s:2026-11-25T03:00:00Z for slack/C1 after 40 failed attempts") ||
		!strings.Contains(got[0], "1 later part(s) were held back") {
		t.Errorf("posted %q, want only the report to the admin channel", got)
	}
	// The next briefing is not held up by the abandoned one.
	outage = false
	if err := s.runSlot(ctx, s.channels[0], slot0.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies(); len(got) != 3 {
		t.Errorf("posted %q, want the next day's parts", got)
	}
}

func TestRateLimitsHaveTheirOwnBudget(t *testing.T) {
	poster := &resolvingPoster{fakePoster: fakePoster{fail: func(int, storage.OutboxMessage) error { return rateLimit(time.Hour) }}}
	s, st, clk := briefed(t, poster, []string{"x"})
	deliverEvery(t, s, clk, 24, time.Hour)
	if m := outbox(t, st)[0]; m.Status != storage.OutboxPending || m.RateLimits != 24 || m.Attempts != 0 {
		t.Fatalf("after 24 hourly rate limits: %+v, want still pending, no attempt used", m)
	}
	clk.advance(time.Minute)
	deliverEvery(t, s, clk, 1, 0)
	if m := outbox(t, st)[0]; m.Status != storage.OutboxAbandoned {
		t.Errorf("rate limited for more than a day: %+v, want abandoned", m)
	}
}

// TestRetryAfterAFailure fails the first post: a refusal is posted again
// without a lookup; an unknown outcome is looked up first, and found.
func TestRetryAfterAFailure(t *testing.T) {
	tests := []struct {
		name        string
		err         error
		wantID      string
		wantTries   int
		wantLookups int
	}{
		{"refused: posted again", refused(), "mx", 2, 0},
		{"unknown: found, not posted again", errUnknown, "landed", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			poster := &resolvingPoster{onPlatform: map[int64]string{}}
			poster.fail = func(try int, m storage.OutboxMessage) error {
				if try > 1 {
					return nil
				}
				if tt.err == errUnknown {
					poster.onPlatform[m.ID] = "landed" // the platform posted it but the answer was lost
				}
				return tt.err
			}
			s, st, clk := briefed(t, poster, []string{"x"})
			deliverEvery(t, s, clk, 2, time.Minute)
			m := outbox(t, st)[0]
			if m.Status != storage.OutboxSent || m.MessageID != tt.wantID || poster.tries != tt.wantTries || len(poster.finds) != tt.wantLookups {
				t.Errorf("message = %+v after %d tries and %d lookups, want sent as %q after %d and %d",
					m, poster.tries, len(poster.finds), tt.wantID, tt.wantTries, tt.wantLookups)
			}
		})
	}
}

func TestCancelledPostStaysInFlight(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	poster := &fakePoster{fail: func(int, storage.OutboxMessage) error { cancel(); return context.Canceled }}
	s, st, _ := briefed(t, poster, []string{"x"})
	if err := s.Deliver(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Deliver() = %v, want context.Canceled", err)
	}
	if m := outbox(t, st)[0]; m.Status != storage.OutboxInFlight || m.Attempts != 0 {
		t.Errorf("message = %+v, want in flight for the next start to resolve, no attempt counted", m)
	}
}

func TestCatchUp(t *testing.T) {
	tests := []struct {
		name     string
		now      string
		catchUp  time.Duration
		lastSlot time.Time
		want     time.Time
	}{
		{"slot missed within the window", "2026-11-25T05:00:00Z", 6 * time.Hour, slot0.Add(-24 * time.Hour), slot0},
		{"first start within the window", "2026-11-25T05:00:00Z", 6 * time.Hour, time.Time{}, slot0},
		{"slot run already", "2026-11-25T05:00:00Z", 6 * time.Hour, slot0, time.Time{}},
		{"slot missed too long ago", "2026-11-25T09:30:00Z", 6 * time.Hour, slot0.Add(-24 * time.Hour), time.Time{}},
		{"catch-up off", "2026-11-25T05:00:00Z", 0, slot0.Add(-24 * time.Hour), time.Time{}},
		{"only the latest of several", "2026-11-27T04:00:00Z", 72 * time.Hour, slot0.Add(-24 * time.Hour), slot0.Add(48 * time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := karachi
			ch.CatchUp = tt.catchUp
			s := newScheduler(t, testOptions(openStore(t), &fakeComposer{}, &fakePoster{}, ch))
			if got := s.channels[0].missed(tt.lastSlot, newClock(tt.now).now()); !got.Equal(tt.want) {
				t.Errorf("missed = %s, want %s", got, tt.want)
			}
		})
	}
}

// runUntilPosted runs s until poster has posted something, for at most 20
// seconds.
func runUntilPosted(s *Scheduler, poster interface{ bodies() []string }) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	deadline := time.Now().Add(20 * time.Second)
	for len(poster.bodies()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
}

// TestRunCatchesUpAMissedSlot starts the daemon's loop two hours after a
// slot no process ran: the briefing is posted at once.
func TestRunCatchesUpAMissedSlot(t *testing.T) {
	st := openStore(t)
	poster := &resolvingPoster{}
	o := testOptions(st, &fakeComposer{briefing: Briefing{Parts: []string{"late"}}}, poster, karachi)
	o.Clock = newClock("2026-11-25T05:00:00Z").now
	runUntilPosted(newScheduler(t, o), poster)
	if got := poster.bodies(); !slices.Equal(got, []string{"C1: late"}) {
		t.Errorf("posted %q, want the missed briefing", got)
	}
	if _, last, _ := st.ChannelSchedule(context.Background(), config.Slack, "C1", time.Now()); !last.Equal(slot0) {
		t.Errorf("last slot = %s, want %s", last, slot0)
	}
}

func TestEveryKeepsItsPhaseAcrossRestarts(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	ch := config.Channel{Platform: config.Console, Channel: "watch", Schedule: "@every 2h", Window: time.Hour}
	o := testOptions(st, &fakeComposer{}, &fakePoster{}, ch)
	clk := newClock("2026-11-25T03:17:00Z")
	o.Clock = clk.now
	first := newScheduler(t, o)
	if _, err := first.anchor(ctx, first.channels[0]); err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 11, 25, 5, 17, 0, 0, time.UTC)
	if got := first.channels[0].schedule.Next(clk.now()); !got.Equal(want) {
		t.Errorf("first process: next = %s, want %s", got, want)
	}
	// Restarted 50 minutes later: the next slot is still at :17 past.
	clk.advance(50 * time.Minute)
	again := newScheduler(t, o)
	if _, err := again.anchor(ctx, again.channels[0]); err != nil {
		t.Fatal(err)
	}
	if got := again.channels[0].schedule.Next(clk.now()); !got.Equal(want) {
		t.Errorf("after a restart: next = %s, want %s", got, want)
	}
	if got := again.channels[0].schedule.Next(want); !got.Equal(want.Add(2 * time.Hour)) {
		t.Errorf("the slot after = %s, want two hours later", got)
	}
}

// failingFeeds reports every feed failing, or none.
type failingFeeds struct{ failing bool }

func (f failingFeeds) AllFeedsFailing(context.Context) (bool, int, time.Time, error) {
	return f.failing, 3, slot0.Add(-5 * time.Hour), nil
}

func TestEmptyWindow(t *testing.T) {
	tests := []struct {
		name         string
		allQuiet     bool
		feedsFailing bool
		want         []string
	}{
		{"posts nothing", false, false, nil},
		{"all quiet posts one line", true, false, []string{"watch: All quiet: no new developments from 24 Nov 08:00 to 25 Nov 08:00 PKT."}},
		{"feeds down says so", true, true, []string{"watch: No briefing from 24 Nov 08:00 to 25 Nov 08:00 PKT: all 3 feeds are failing (since 25 Nov 03:00 PKT), so this is not an all-quiet. See /feeds."}},
		{"feeds down says so even without all quiet", false, true, []string{"watch: No briefing from 24 Nov 08:00 to 25 Nov 08:00 PKT: all 3 feeds are failing (since 25 Nov 03:00 PKT), so this is not an all-quiet. See /feeds."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			poster := &fakePoster{}
			ch := config.Channel{Platform: config.Console, Channel: "watch", Schedule: "CRON_TZ=Asia/Karachi 0 8 * * *",
				Window: 24 * time.Hour, AllQuiet: tt.allQuiet}
			o := testOptions(st, &fakeComposer{}, poster, ch)
			o.Feeds = failingFeeds{tt.feedsFailing}
			s := newScheduler(t, o)
			if err := s.runSlot(context.Background(), s.channels[0], slot0.In(s.channels[0].location)); err != nil {
				t.Fatal(err)
			}
			if err := s.Deliver(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := poster.bodies(); !slices.Equal(got, tt.want) {
				t.Errorf("posted %q, want %q", got, tt.want)
			}
		})
	}
}

// blockingPoster signals when a post starts and holds it until released or
// its context ends.
type blockingPoster struct {
	started, release chan struct{}
	resolvingPoster
}

func (p *blockingPoster) Post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	p.started <- struct{}{}
	select {
	case <-p.release:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	return p.resolvingPoster.Post(ctx, m)
}

func TestShutdownLetsThePostInFlightFinishWithinGrace(t *testing.T) {
	for _, finishes := range []bool{true, false} {
		name := map[bool]string{true: "finishes: sent", false: "runs past the grace: cut and left in flight"}[finishes]
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			poster := &blockingPoster{started: make(chan struct{}, 10), release: make(chan struct{})}
			ch := config.Channel{Platform: config.Console, Channel: "watch", Window: time.Hour}
			o := testOptions(st, &fakeComposer{briefing: Briefing{Parts: []string{"x"}}}, poster, ch)
			o.Clock, o.Grace = time.Now, 200*time.Millisecond
			s := newScheduler(t, o)
			if err := s.runSlot(context.Background(), s.channels[0], time.Now()); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { s.Run(ctx); close(done) }()
			<-poster.started
			cancel()
			if finishes {
				close(poster.release)
			}
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return after the grace period")
			}
			want := map[bool]string{true: storage.OutboxSent, false: storage.OutboxInFlight}[finishes]
			if m := outbox(t, st)[0]; m.Status != want {
				t.Errorf("message in flight at shutdown = %+v, want %s", m, want)
			}
		})
	}
}

// TestRateLimitBurstDelaysBySeconds runs the delivery loop for real: a
// burst of 429s asking for 50 ms each delays the message by about that,
// not by a retry period of minutes.
func TestRateLimitBurstDelaysBySeconds(t *testing.T) {
	st := openStore(t)
	poster := &resolvingPoster{}
	poster.fail = func(try int, _ storage.OutboxMessage) error {
		if try <= 5 {
			return rateLimit(50 * time.Millisecond)
		}
		return nil
	}
	ch := config.Channel{Platform: config.Console, Channel: "watch", Window: time.Hour}
	o := testOptions(st, &fakeComposer{briefing: Briefing{Parts: []string{"x"}}}, poster, ch)
	o.Clock = time.Now
	o.Retry.RateLimitBudget = time.Hour
	s := newScheduler(t, o)
	if err := s.runSlot(context.Background(), s.channels[0], time.Now()); err != nil {
		t.Fatal(err)
	}
	// Retry-After is honoured with a floor of a quarter second.
	runUntilPosted(s, poster)
	if len(poster.bodies()) != 1 || poster.tries != 6 {
		t.Errorf("posted %q after %d tries, want the message after the burst", poster.bodies(), poster.tries)
	}
}

type panickingComposer struct{ calls chan struct{} }

func (p panickingComposer) Compose(context.Context, Request) (Briefing, error) {
	p.calls <- struct{}{}
	panic("composer bug")
}

func TestASlotRunMayPanic(t *testing.T) {
	var logs bytes.Buffer
	comp := panickingComposer{calls: make(chan struct{}, 10)}
	o := testOptions(openStore(t), comp, &fakePoster{}, karachi)
	o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	s := newScheduler(t, o)
	s.fire(context.Background(), s.channels[0], slot0)
	if !strings.Contains(logs.String(), "composer bug") {
		t.Errorf("logs = %q, want the panic logged", logs.String())
	}
}

func TestNewRejectsAChannelWithoutPoster(t *testing.T) {
	for _, o := range []Options{
		{Channels: []config.Channel{{Platform: config.Slack, Channel: "C1"}}},
		{Admin: &config.Channel{Platform: config.Slack, Channel: "C1"}},
	} {
		o.Store, o.Composer = openStore(t), &fakeComposer{}
		o.Posters = map[string]Poster{config.Console: &fakePoster{}}
		_, err := New(o)
		if err == nil || !strings.Contains(err.Error(), `no poster for platform "slack"`) {
			t.Errorf("New() = %v, want a missing poster error", err)
		}
	}
}

func TestConsolePoster(t *testing.T) {
	var buf bytes.Buffer
	c := NewConsole(&buf)
	id, err := c.Post(context.Background(), storage.OutboxMessage{Channel: "slack/C1", Body: "line 1\nline 2\n"})
	if err != nil || id != "console-1" {
		t.Fatalf("Post() = %q, %v", id, err)
	}
	want := "── slack/C1 " + strings.Repeat("─", 52) + "\nline 1\nline 2\n\n"
	if buf.String() != want {
		t.Errorf("console output =\n%q\nwant\n%q", buf.String(), want)
	}
	if _, found, err := c.Find(context.Background(), storage.OutboxMessage{}); found || err != nil {
		t.Errorf("Find() = %v, %v; want never found", found, err)
	}
}

// failingMarks is a store that cannot record a post to one channel.
type failingMarks struct {
	*storage.Store
	channel string
}

func (f failingMarks) MarkSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	m, err := f.OutboxMessage(ctx, id)
	if err == nil && m.Channel == f.channel {
		return errors.New("disk full")
	}
	return f.Store.MarkSent(ctx, id, messageID, at)
}

// TestDeliverGoesOnPastAStoreFailure: a message whose post cannot be
// recorded keeps its lease, so that the other channels' messages are
// posted meanwhile and it is not tried again before the lease ends.
func TestDeliverGoesOnPastAStoreFailure(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	for _, ch := range []string{"C1", "C2"} {
		if _, err := st.Enqueue(ctx, []storage.OutboxMessage{{Platform: config.Slack, Channel: ch, DedupKey: "k", Briefing: "k", Body: ch}}); err != nil {
			t.Fatal(err)
		}
	}
	poster := &fakePoster{}
	s := newScheduler(t, testOptions(failingMarks{st, "C1"}, &fakeComposer{}, poster))
	if err := s.Deliver(ctx); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Deliver = %v, want the store's failure", err)
	}
	if got := poster.bodies(); !slices.Equal(got, []string{"C1: C1", "C2: C2"}) {
		t.Errorf("posted %q, want C1's once and C2's", got)
	}
}
