// Package health watches what keeps briefbot useful, the feeds and the
// outbox: it answers /healthz with a JSON report, keeps the feed and outbox
// metrics current, and tells the admin channel when a feed has failed for
// long and when it recovers.
package health

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// Store is the storage the monitor reads.
type Store interface {
	Feeds(ctx context.Context) ([]storage.Feed, error)
	OutboxStats(ctx context.Context, since time.Time) (storage.OutboxStats, error)
}

// Notifier tells the admin channel, once per key; *scheduler.Scheduler
// implements it.
type Notifier interface {
	Notify(ctx context.Context, key, body string) error
}

// NotifyFunc adapts a function to Notifier.
type NotifyFunc func(ctx context.Context, key, body string) error

// Notify calls f.
func (f NotifyFunc) Notify(ctx context.Context, key, body string) error { return f(ctx, key, body) }

// Feed states.
const (
	StateOK      = "ok"      // the last poll went well (or there was none yet)
	StateFailing = "failing" // the last polls failed
	StateDown    = "down"    // failing for longer than FeedFailingAfter
)

var states = []string{StateOK, StateFailing, StateDown}

// Options configure a Monitor.
type Options struct {
	Store Store
	// Feeds names the feeds being polled; feeds the store remembers from an
	// older config are left out. Nil means every feed in the store.
	Feeds func(context.Context) ([]string, error)
	// FeedFailingAfter is how long a feed may fail before it is down:
	// /healthz says degraded and the admin channel is told.
	FeedFailingAfter time.Duration
	// OutboxStuckAfter is how long an unsent message may wait, since it
	// was enqueued (or re-queued by briefbot outbox -retry), before
	// /healthz says degraded.
	OutboxStuckAfter time.Duration
	// Notify, when set, is told when a feed goes down and comes back.
	Notify Notifier
	Clock  func() time.Time // time.Now
	Logger *slog.Logger     // slog.Default()
}

// Monitor checks the feeds and the outbox.
type Monitor struct {
	o Options

	// checking serialises checks, which reset and refill the metrics.
	checking sync.Mutex
	mu       sync.Mutex
	down     map[string]time.Time // feeds reported down, by name, with their failing since
}

// NewMonitor returns a Monitor.
func NewMonitor(o Options) *Monitor {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Monitor{o: o, down: map[string]time.Time{}}
}

// givenUpWindow is how long an abandoned or uncertain message keeps the
// daemon degraded.
const givenUpWindow = 24 * time.Hour

// Report is what /healthz answers, as JSON.
type Report struct {
	Status    string    `json:"status"` // "ok" or "degraded"
	Problems  []string  `json:"problems,omitempty"`
	CheckedAt time.Time `json:"checked_at"`
	Feeds     []Feed    `json:"feeds"`
	Outbox    Outbox    `json:"outbox"`
}

// Feed is one feed's health.
type Feed struct {
	Name              string     `json:"name"`
	State             string     `json:"state"`
	ConsecutiveErrors int        `json:"consecutive_errors"`
	LastSuccess       *time.Time `json:"last_success,omitempty"`
	FailingSince      *time.Time `json:"failing_since,omitempty"`
	LastError         string     `json:"last_error,omitempty"`
	NextPoll          *time.Time `json:"next_poll,omitempty"`
}

// Outbox is the outbox's health.
type Outbox struct {
	ByStatus     map[string]int `json:"by_status"`
	OldestUnsent *time.Time     `json:"oldest_unsent,omitempty"`
	// GivenUpLastDay counts the messages created in the last day that were
	// abandoned or left uncertain.
	GivenUpLastDay int `json:"given_up_last_day"`
}

// Check reads the feeds and the outbox, updates the metrics, and reports.
func (m *Monitor) Check(ctx context.Context) (Report, error) {
	m.checking.Lock()
	defer m.checking.Unlock()
	now := m.o.Clock()
	feeds, err := m.feeds(ctx)
	if err != nil {
		return Report{}, err
	}
	stats, err := m.o.Store.OutboxStats(ctx, now.Add(-givenUpWindow))
	if err != nil {
		return Report{}, fmt.Errorf("health: %w", err)
	}
	r := Report{Status: "ok", CheckedAt: now, Feeds: []Feed{}}
	metrics.FeedLastSuccess.Reset()
	metrics.FeedConsecutiveErrors.Reset()
	metrics.FeedState.Reset()
	for _, f := range feeds {
		h := Feed{Name: f.Name, State: m.state(f, now), ConsecutiveErrors: f.ErrorCount, LastError: f.LastError,
			LastSuccess: timePtr(f.LastSuccess), FailingSince: timePtr(f.FailingSince), NextPoll: timePtr(f.NextPoll)}
		r.Feeds = append(r.Feeds, h)
		if h.State == StateDown {
			r.Problems = append(r.Problems, fmt.Sprintf("feed %s has failed since %s: %s",
				f.Name, f.FailingSince.Format(time.RFC3339), f.LastError))
		}
		var lastSuccess float64
		if !f.LastSuccess.IsZero() {
			lastSuccess = float64(f.LastSuccess.Unix())
		}
		metrics.FeedLastSuccess.WithLabelValues(f.Name).Set(lastSuccess)
		metrics.FeedConsecutiveErrors.WithLabelValues(f.Name).Set(float64(f.ErrorCount))
		for _, s := range states {
			metrics.FeedState.WithLabelValues(f.Name, s).Set(boolFloat(s == h.State))
		}
	}
	r.Outbox = Outbox{ByStatus: stats.ByStatus, OldestUnsent: timePtr(stats.OldestUnsent), GivenUpLastDay: stats.GivenUpSince}
	for _, s := range []string{storage.OutboxPending, storage.OutboxInFlight, storage.OutboxSent, storage.OutboxAbandoned, storage.OutboxUncertain} {
		metrics.OutboxMessages.WithLabelValues(s).Set(float64(stats.ByStatus[s]))
	}
	var oldest time.Duration
	if !stats.OldestUnsent.IsZero() {
		oldest = now.Sub(stats.OldestUnsent)
	}
	metrics.OutboxOldestUnsent.Set(oldest.Seconds())
	if oldest > m.o.OutboxStuckAfter {
		r.Problems = append(r.Problems, fmt.Sprintf("the outbox is stuck: a message has waited since %s",
			stats.OldestUnsent.Format(time.RFC3339)))
	}
	if stats.GivenUpSince > 0 {
		r.Problems = append(r.Problems, fmt.Sprintf("%d message(s) of the last day were abandoned or are uncertain", stats.GivenUpSince))
	}
	if len(r.Problems) > 0 {
		r.Status = "degraded"
	}
	return r, nil
}

// feeds returns the configured feeds' state.
func (m *Monitor) feeds(ctx context.Context) ([]storage.Feed, error) {
	all, err := m.o.Store.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("health: %w", err)
	}
	if m.o.Feeds == nil {
		return all, nil
	}
	names, err := m.o.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("health: %w", err)
	}
	return slices.DeleteFunc(all, func(f storage.Feed) bool { return !slices.Contains(names, f.Name) }), nil
}

func (m *Monitor) state(f storage.Feed, now time.Time) string {
	switch {
	case f.ErrorCount == 0:
		return StateOK
	case !f.FailingSince.IsZero() && now.Sub(f.FailingSince) >= m.o.FeedFailingAfter:
		return StateDown
	}
	return StateFailing
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// ServeHTTP answers GET /healthz: 200 with the report when all is well,
// 503 with it when degraded, 503 with the error when the check fails.
func (m *Monitor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rep, err := m.Check(r.Context())
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	switch {
	case err != nil:
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "error", "error": err.Error()})
		return
	case rep.Status != "ok":
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(rep)
}

// Refreshing wraps h (the /metrics handler) to bring the feed and outbox
// metrics up to date before each scrape.
func (m *Monitor) Refreshing(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := m.Check(r.Context()); err != nil {
			m.o.Logger.Error("refreshing the health metrics", "err", err)
		}
		h.ServeHTTP(w, r)
	})
}

// checkEvery is how often Run checks.
const checkEvery = 30 * time.Second

// Run checks every half minute until ctx ends, logging problems and telling
// the admin channel when a feed goes down and when it comes back.
func (m *Monitor) Run(ctx context.Context) {
	t := time.NewTicker(checkEvery)
	defer t.Stop()
	for {
		if err := m.watch(ctx); err != nil && ctx.Err() == nil {
			m.o.Logger.Error("health check", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// watch checks once and reports the feeds that went down or came back
// since the last check. Each notice is keyed by the feed and the start of
// its failure, so a restart does not repeat it.
func (m *Monitor) watch(ctx context.Context) error {
	rep, err := m.Check(ctx)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, f := range rep.Feeds {
		since, reported := m.down[f.Name]
		switch {
		case f.State == StateDown && !reported:
			m.down[f.Name] = *f.FailingSince
			m.o.Logger.Error("feed down", "feed", f.Name, "failing_since", *f.FailingSince, "errors", f.ConsecutiveErrors, "err", f.LastError)
			m.notify(ctx, fmt.Sprintf("admin:feed-down:%s:%d", f.Name, f.FailingSince.Unix()),
				fmt.Sprintf("Feed %s has been failing since %s (%d polls in a row): %s. briefbot keeps retrying it.",
					f.Name, f.FailingSince.UTC().Format("2 Jan 15:04 MST"), f.ConsecutiveErrors, f.LastError))
		case f.State == StateOK && reported:
			delete(m.down, f.Name)
			m.o.Logger.Info("feed recovered", "feed", f.Name, "failing_since", since)
			m.notify(ctx, fmt.Sprintf("admin:feed-up:%s:%d", f.Name, since.Unix()),
				fmt.Sprintf("Feed %s works again (it had failed since %s).", f.Name, since.UTC().Format("2 Jan 15:04 MST")))
		}
	}
	return nil
}

func (m *Monitor) notify(ctx context.Context, key, body string) {
	if m.o.Notify == nil {
		return
	}
	if err := m.o.Notify.Notify(ctx, key, body); err != nil {
		m.o.Logger.Error("telling the admin channel", "err", err)
	}
}

// AllFeedsFailing reports whether there are feeds and every one of them is
// failing, how many there are, and since when the last of them has been
// failing; the scheduler says so instead of posting an empty briefing.
func (m *Monitor) AllFeedsFailing(ctx context.Context) (bool, int, time.Time, error) {
	feeds, err := m.feeds(ctx)
	if err != nil || len(feeds) == 0 {
		return false, len(feeds), time.Time{}, err
	}
	var since time.Time
	for _, f := range feeds {
		if f.ErrorCount == 0 {
			return false, len(feeds), time.Time{}, nil
		}
		if f.FailingSince.After(since) {
			since = f.FailingSince
		}
	}
	return true, len(feeds), since, nil
}
