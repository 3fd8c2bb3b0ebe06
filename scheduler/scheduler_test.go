package scheduler

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

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
// a post fails.
type fakePoster struct {
	mu     sync.Mutex
	posted []string
	tries  int
	fail   func(try int, body string) error
}

func (p *fakePoster) Post(_ context.Context, channel, body string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tries++
	if p.fail != nil {
		if err := p.fail(p.tries, body); err != nil {
			return "", err
		}
	}
	p.posted = append(p.posted, channel+": "+body)
	return "m" + body, nil
}

func (p *fakePoster) bodies() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.posted)
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "briefbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func clockAt(s string) func() time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return func() time.Time { return t }
}

func newScheduler(t *testing.T, st Store, comp Composer, poster Poster, channels ...config.Channel) *Scheduler {
	t.Helper()
	s, err := New(Options{
		Store: st, Composer: comp, Channels: channels, Logger: quiet,
		Posters: map[string]Poster{config.Slack: poster, config.Discord: poster, config.Console: poster},
		Clock:   clockAt("2026-11-25T03:00:00.004Z"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var karachi = config.Channel{
	Platform: config.Slack, Channel: "C1", Regions: []string{"south-asia"}, Actors: []string{"IRN"},
	Schedule: "CRON_TZ=Asia/Karachi 0 8 * * *", Window: 24 * time.Hour,
}

func outbox(t *testing.T, st *storage.Store) []storage.OutboxMessage {
	t.Helper()
	var msgs []storage.OutboxMessage
	for id := int64(1); ; id++ {
		m, err := st.OutboxMessage(context.Background(), id)
		if errors.Is(err, storage.ErrNotFound) {
			return msgs
		}
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
}

func TestSlotFiresInTheChannelsZone(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := &fakeComposer{briefing: Briefing{Parts: []string{"one"}}}
	s := newScheduler(t, st, comp, &fakePoster{}, karachi)
	ch := s.channels[0]

	// 08:00 in Karachi (UTC+5) is 03:00 UTC.
	next := ch.schedule.Next(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	if want := time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC); !next.Equal(want) {
		t.Errorf("next run = %s, want %s", next, want)
	}
	// The clock reads 03:00:00.004 UTC, as when cron fires: the slot is 08:00 Karachi.
	at := s.slot(ch)
	if got := at.Format("2006-01-02 15:04:05 MST"); got != "2026-11-25 08:00:00 PKT" {
		t.Errorf("slot = %s, want 2026-11-25 08:00:00 PKT", got)
	}
	if err := s.runSlot(ctx, ch, at); err != nil {
		t.Fatal(err)
	}
	r := comp.requests[0]
	if !r.To.Equal(at) || !r.From.Equal(at.Add(-24*time.Hour)) || r.To.Location().String() != "Asia/Karachi" {
		t.Errorf("request window = %s – %s, want the 24h before the slot, in Karachi time", r.From, r.To)
	}
	if r.Platform != config.Slack {
		t.Errorf("request platform = %q, want slack", r.Platform)
	}
	if got := outbox(t, st)[0].DedupKey; got != "briefing:24h0m0s:2026-11-25T03:00:00Z#0" {
		t.Errorf("dedup key = %q", got)
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
	s := newScheduler(t, st, comp, &fakePoster{}, karachi)
	if err := s.runSlot(ctx, s.channels[0], s.slot(s.channels[0])); err != nil {
		t.Fatal(err)
	}
	f := comp.requests[0].Filter
	if strings.Join(f.Regions, ",") != "south-asia,middle-east" || strings.Join(f.Actors, ",") != "IRN,PAK" {
		t.Errorf("filter = %+v, want the config's regions and actors plus the channel's subscriptions", f)
	}
}

func TestOutboxIsWrittenBeforePosting(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	poster := &fakePoster{}
	poster.fail = func(_ int, body string) error {
		pending, err := st.PendingOutbox(ctx, 10)
		if err != nil {
			return err
		}
		for _, m := range pending {
			if m.Body == body {
				return nil
			}
		}
		t.Errorf("posting %q before it is in the outbox", body)
		return nil
	}
	s := newScheduler(t, st, &fakeComposer{briefing: Briefing{Parts: []string{"part 1", "part 2"}}}, poster, karachi)
	if err := s.runSlot(ctx, s.channels[0], s.slot(s.channels[0])); err != nil {
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

func TestCrashBetweenEnqueueAndPostPostsOnceOnRestart(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := &fakeComposer{briefing: Briefing{Parts: []string{"part 1", "part 2"}}}
	crashed := newScheduler(t, st, comp, &fakePoster{}, karachi)
	// The first process stores the briefing and dies before posting it.
	if err := crashed.enqueueSlot(ctx, crashed.channels[0], crashed.slot(crashed.channels[0])); err != nil {
		t.Fatal(err)
	}

	poster := &fakePoster{}
	for range 2 { // two restarts
		restarted := newScheduler(t, st, comp, poster, karachi)
		stopped, cancel := context.WithCancel(ctx)
		cancel() // Run delivers at start-up, then stops at once
		restarted.Run(stopped)
	}
	if got := poster.bodies(); strings.Join(got, "|") != "C1: part 1|C1: part 2" {
		t.Errorf("posted %q after two restarts, want each part once", got)
	}
}

func TestRunningASlotAgainAddsNothing(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	comp := &fakeComposer{briefing: Briefing{Parts: []string{"part 1"}}}
	poster := &fakePoster{}
	s := newScheduler(t, st, comp, poster, karachi)
	at := s.slot(s.channels[0])
	if err := s.runSlot(ctx, s.channels[0], at); err != nil {
		t.Fatal(err)
	}
	// Late events make the same slot compose to more parts: still nothing new.
	comp.briefing = Briefing{Parts: []string{"part 1 again", "part 2"}}
	if err := s.runSlot(ctx, s.channels[0], at); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies(); len(got) != 1 || len(outbox(t, st)) != 1 {
		t.Errorf("posted %q with %d outbox messages, want the slot's one part once", got, len(outbox(t, st)))
	}
	// The next day's slot is a new briefing.
	if err := s.runSlot(ctx, s.channels[0], at.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies(); len(got) != 3 {
		t.Errorf("posted %q, want the next slot's two parts too", got)
	}
}

func TestFailedMessageStaysWithItsErrorAndIsRetried(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	poster := &fakePoster{fail: func(try int, _ string) error {
		if try == 1 {
			return errors.New("slack: 503 service unavailable")
		}
		return nil
	}}
	s := newScheduler(t, st, &fakeComposer{briefing: Briefing{Parts: []string{"part 1", "part 2"}}}, poster, karachi)
	sentBefore, failedBefore := postedCount(t, "slack", "sent"), postedCount(t, "slack", "failed")

	if err := s.runSlot(ctx, s.channels[0], s.slot(s.channels[0])); err == nil {
		t.Error("runSlot() = nil, want the failure reported")
	}
	msgs := outbox(t, st)
	if m := msgs[0]; m.Status != storage.OutboxFailed || m.LastError != "slack: 503 service unavailable" || m.Attempts != 1 {
		t.Errorf("after the failure, part 1 = %+v, want failed with its error", m)
	}
	if m := msgs[1]; m.Status != storage.OutboxPending || m.Attempts != 0 {
		t.Errorf("after the failure, part 2 = %+v, want pending and untried, so the parts keep their order", m)
	}

	if err := s.Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := poster.bodies(); strings.Join(got, "|") != "C1: part 1|C1: part 2" {
		t.Errorf("posted %q, want both parts once, in order", got)
	}
	if d := postedCount(t, "slack", "failed") - failedBefore; d != 1 {
		t.Errorf("briefings posted {slack, failed} rose by %v, want 1", d)
	}
	if d := postedCount(t, "slack", "sent") - sentBefore; d != 2 {
		t.Errorf("briefings posted {slack, sent} rose by %v, want 2", d)
	}
}

func TestAttemptsAreBounded(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	poster := &fakePoster{fail: func(int, string) error { return errors.New("discord: 500") }}
	ch := config.Channel{Platform: config.Discord, Channel: "42", Window: time.Hour}
	s := newScheduler(t, st, &fakeComposer{briefing: Briefing{Parts: []string{"x"}}}, poster, ch)
	if err := s.enqueueSlot(ctx, s.channels[0], s.now()); err != nil {
		t.Fatal(err)
	}
	for range storage.MaxOutboxAttempts + 2 {
		_ = s.Deliver(ctx) // fails, as the poster does
	}
	if poster.tries != storage.MaxOutboxAttempts {
		t.Errorf("tried %d times, want %d", poster.tries, storage.MaxOutboxAttempts)
	}
}

func TestCancelledPostIsNotAnAttempt(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	poster := &fakePoster{fail: func(int, string) error { cancel(); return context.Canceled }}
	s := newScheduler(t, st, &fakeComposer{briefing: Briefing{Parts: []string{"x"}}}, poster, karachi)
	if err := s.enqueueSlot(ctx, s.channels[0], s.slot(s.channels[0])); err != nil {
		t.Fatal(err)
	}
	if err := s.Deliver(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Deliver() = %v, want context.Canceled", err)
	}
	if m := outbox(t, st)[0]; m.Status != storage.OutboxPending || m.Attempts != 0 {
		t.Errorf("message = %+v, want still pending with no attempt counted", m)
	}
}

func TestEmptyWindow(t *testing.T) {
	tests := []struct {
		name     string
		allQuiet bool
		want     []string
	}{
		{"posts nothing", false, nil},
		{"all quiet posts one line", true, []string{"watch: All quiet: no events from 24 Nov 08:00 to 25 Nov 08:00 PKT."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			poster := &fakePoster{}
			ch := config.Channel{Platform: config.Console, Channel: "watch", Schedule: "CRON_TZ=Asia/Karachi 0 8 * * *",
				Window: 24 * time.Hour, AllQuiet: tt.allQuiet}
			s := newScheduler(t, st, &fakeComposer{}, poster, ch)
			if err := s.runSlot(context.Background(), s.channels[0], s.slot(s.channels[0])); err != nil {
				t.Fatal(err)
			}
			if got := poster.bodies(); !slices.Equal(got, tt.want) {
				t.Errorf("posted %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMentionForNewEscalation(t *testing.T) {
	tests := []struct {
		name      string
		platform  string
		mention   string
		briefing  Briefing
		wantParts []string
	}{
		{"no new escalation", config.Discord, "<@&1>",
			Briefing{Parts: []string{"a", "b"}}, []string{"a", "b"}},
		{"no mention asked", config.Discord, "",
			Briefing{Parts: []string{"a"}, NewEscalation: true}, []string{"a"}},
		{"mention above the first part", config.Discord, "<@&1>",
			Briefing{Parts: []string{"a", "b"}, NewEscalation: true}, []string{"<@&1>\na", "b"}},
		{"no room: mention on its own", config.Discord, "<@&1>",
			Briefing{Parts: []string{strings.Repeat("é", 1996)}, NewEscalation: true},
			[]string{"<@&1>", strings.Repeat("é", 1996)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			poster := &fakePoster{}
			ch := config.Channel{Platform: tt.platform, Channel: "42", Window: time.Hour, Mention: tt.mention}
			s := newScheduler(t, st, &fakeComposer{briefing: tt.briefing}, poster, ch)
			if err := s.runSlot(context.Background(), s.channels[0], s.now()); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range poster.bodies() {
				got = append(got, strings.TrimPrefix(b, "42: "))
			}
			if !slices.Equal(got, tt.wantParts) {
				t.Errorf("posted %q, want %q", got, tt.wantParts)
			}
		})
	}
}

// blockingPoster signals when a post starts and holds it until released.
type blockingPoster struct {
	started, release chan struct{}
	fakePoster
}

func (p *blockingPoster) Post(ctx context.Context, channel, body string) (string, error) {
	p.started <- struct{}{}
	<-p.release
	return p.fakePoster.Post(ctx, channel, body)
}

func TestRunWaitsForTheRunInFlight(t *testing.T) {
	st := openStore(t)
	poster := &blockingPoster{started: make(chan struct{}, 10), release: make(chan struct{})}
	ch := config.Channel{Platform: config.Console, Channel: "watch", Schedule: "@every 1s", Window: time.Hour}
	s, err := New(Options{Store: st, Composer: &fakeComposer{briefing: Briefing{Parts: []string{"x"}}},
		Posters: map[string]Poster{config.Console: poster}, Channels: []config.Channel{ch}, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()

	<-poster.started // a scheduled run is posting
	cancel()
	select {
	case <-done:
		t.Fatal("Run returned while a briefing was being posted")
	case <-time.After(100 * time.Millisecond):
	}
	close(poster.release)
	<-done
	if m := outbox(t, st)[0]; m.Status != storage.OutboxSent {
		t.Errorf("message in flight at shutdown = %+v, want sent", m)
	}
}

type panickingComposer struct{ calls chan struct{} }

func (p panickingComposer) Compose(context.Context, Request) (Briefing, error) {
	p.calls <- struct{}{}
	panic("composer bug")
}

func TestRunSurvivesAPanickingRun(t *testing.T) {
	var logs bytes.Buffer
	comp := panickingComposer{calls: make(chan struct{}, 10)}
	ch := config.Channel{Platform: config.Console, Channel: "watch", Schedule: "@every 1s", Window: time.Hour}
	s, err := New(Options{Store: openStore(t), Composer: comp, Channels: []config.Channel{ch},
		Posters: map[string]Poster{config.Console: &fakePoster{}}, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	<-comp.calls
	cancel() // Run waits for the panicking run, which must not take the process down
	<-done
	if !strings.Contains(logs.String(), "composer bug") {
		t.Errorf("logs = %q, want the panic logged", logs.String())
	}
}

func TestNewRejectsAChannelWithoutPoster(t *testing.T) {
	_, err := New(Options{Store: openStore(t), Composer: &fakeComposer{},
		Posters:  map[string]Poster{config.Console: &fakePoster{}},
		Channels: []config.Channel{{Platform: config.Slack, Channel: "C1"}}})
	if err == nil || !strings.Contains(err.Error(), `no poster for platform "slack"`) {
		t.Errorf("New() = %v, want a missing poster error", err)
	}
}

func TestConsolePoster(t *testing.T) {
	var buf bytes.Buffer
	c := NewConsole(&buf)
	id, err := c.Post(context.Background(), "slack/C1", "line 1\nline 2\n")
	if err != nil || id != "console-1" {
		t.Fatalf("Post() = %q, %v", id, err)
	}
	want := "── slack/C1 " + strings.Repeat("─", 52) + "\nline 1\nline 2\n\n"
	if buf.String() != want {
		t.Errorf("console output =\n%q\nwant\n%q", buf.String(), want)
	}
}

// postedCount reads briefbot_briefings_posted_total{platform, result}.
func postedCount(t *testing.T, platform, result string) float64 {
	t.Helper()
	families, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != "briefbot_briefings_posted_total" {
			continue
		}
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["platform"] == platform && labels["result"] == result {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}
