package health

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

var now = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// fakeStore holds feeds and outbox stats.
type fakeStore struct {
	feeds []storage.Feed
	stats storage.OutboxStats
}

func (s *fakeStore) Feeds(context.Context) ([]storage.Feed, error) { return slices.Clone(s.feeds), nil }
func (s *fakeStore) OutboxStats(context.Context, time.Time) (storage.OutboxStats, error) {
	return s.stats, nil
}

// notices records what the admin channel was told.
type notices struct{ keys, bodies []string }

func (n *notices) Notify(_ context.Context, key, body string) error {
	if !slices.Contains(n.keys, key) {
		n.keys = append(n.keys, key)
		n.bodies = append(n.bodies, body)
	}
	return nil
}

func well(name string) storage.Feed {
	return storage.Feed{Name: name, LastSuccess: now.Add(-10 * time.Minute)}
}

func failing(name string, since time.Duration) storage.Feed {
	return storage.Feed{Name: name, ErrorCount: 4, LastError: "HTTP 503", FailingSince: now.Add(-since), LastSuccess: now.Add(-since - time.Hour)}
}

func newMonitor(st Store, n Notifier) *Monitor {
	feeds := func(context.Context) ([]string, error) { return []string{"a", "b"}, nil }
	return NewMonitor(Options{Store: st, Feeds: feeds, FeedFailingAfter: 6 * time.Hour,
		OutboxStuckAfter: time.Hour, Notify: n, Clock: func() time.Time { return now }})
}

func TestHealthz(t *testing.T) {
	tests := []struct {
		name       string
		feeds      []storage.Feed
		stats      storage.OutboxStats
		wantStatus int
		problem    string
	}{
		{"all well", []storage.Feed{well("a"), well("b")}, storage.OutboxStats{}, 200, ""},
		{"a feed failing for a while", []storage.Feed{well("a"), failing("b", time.Hour)}, storage.OutboxStats{}, 200, ""},
		{"a feed failing for long", []storage.Feed{well("a"), failing("b", 7*time.Hour)}, storage.OutboxStats{}, 503, "feed b has failed since"},
		{"a feed gone from the config does not count", []storage.Feed{well("a"), failing("old", 70*time.Hour)}, storage.OutboxStats{}, 200, ""},
		{"outbox stuck", []storage.Feed{well("a")}, storage.OutboxStats{OldestUnsent: now.Add(-2 * time.Hour)}, 503, "the outbox is stuck"},
		{"outbox busy but moving", []storage.Feed{well("a")}, storage.OutboxStats{OldestUnsent: now.Add(-time.Minute)}, 200, ""},
		{"a message given up on", []storage.Feed{well("a")}, storage.OutboxStats{GivenUpSince: 1}, 503, "abandoned or are uncertain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMonitor(&fakeStore{feeds: tt.feeds, stats: tt.stats}, nil)
			rec := httptest.NewRecorder()
			m.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
			if rec.Code != tt.wantStatus || rec.Header().Get("Content-Type") != "application/json" {
				t.Fatalf("status %d (%s), want %d JSON:\n%s", rec.Code, rec.Header().Get("Content-Type"), tt.wantStatus, rec.Body)
			}
			var rep Report
			if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			wantStatus := map[int]string{200: "ok", 503: "degraded"}[tt.wantStatus]
			if rep.Status != wantStatus || !strings.Contains(strings.Join(rep.Problems, "\n"), tt.problem) {
				t.Errorf("report status %q, problems %q; want %q, %q", rep.Status, rep.Problems, wantStatus, tt.problem)
			}
			for _, f := range rep.Feeds {
				if f.Name == "old" {
					t.Error("the report lists a feed no longer configured")
				}
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	st := &fakeStore{feeds: []storage.Feed{well("a"), failing("b", 7*time.Hour)},
		stats: storage.OutboxStats{ByStatus: map[string]int{storage.OutboxPending: 3, storage.OutboxSent: 9}, OldestUnsent: now.Add(-90 * time.Second)}}
	if _, err := newMonitor(st, nil).Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"a last success", testutil.ToFloat64(metrics.FeedLastSuccess.WithLabelValues("a")), float64(now.Add(-10 * time.Minute).Unix())},
		{"b errors", testutil.ToFloat64(metrics.FeedConsecutiveErrors.WithLabelValues("b")), 4},
		{"a ok", testutil.ToFloat64(metrics.FeedState.WithLabelValues("a", StateOK)), 1},
		{"b down", testutil.ToFloat64(metrics.FeedState.WithLabelValues("b", StateDown)), 1},
		{"b not ok", testutil.ToFloat64(metrics.FeedState.WithLabelValues("b", StateOK)), 0},
		{"pending", testutil.ToFloat64(metrics.OutboxMessages.WithLabelValues(storage.OutboxPending)), 3},
		{"in flight", testutil.ToFloat64(metrics.OutboxMessages.WithLabelValues(storage.OutboxInFlight)), 0},
		{"oldest unsent", testutil.ToFloat64(metrics.OutboxOldestUnsent), 90},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestAdminIsToldWhenAFeedGoesDownAndComesBack(t *testing.T) {
	st := &fakeStore{feeds: []storage.Feed{well("a"), failing("b", time.Hour)}}
	n := &notices{}
	m := newMonitor(st, n)
	ctx := context.Background()
	step := func() {
		t.Helper()
		if err := m.watch(ctx); err != nil {
			t.Fatal(err)
		}
	}
	step()
	if len(n.bodies) != 0 {
		t.Fatalf("told %q about a feed failing for an hour, want nothing yet", n.bodies)
	}
	st.feeds[1] = failing("b", 7*time.Hour)
	step()
	step()
	if len(n.bodies) != 1 || !strings.HasPrefix(n.bodies[0], "Feed b has been failing since 25 Nov 05:00 UTC (4 polls in a row): HTTP 503") {
		t.Fatalf("told %q, want the feed down once", n.bodies)
	}
	// A restarted monitor does not tell it again: the key is the same.
	m = newMonitor(st, n)
	step()
	if len(n.bodies) != 1 {
		t.Fatalf("told %q after a restart, want nothing new", n.bodies)
	}
	st.feeds[1] = well("b")
	step()
	if len(n.bodies) != 2 || n.bodies[1] != "Feed b works again (it had failed since 25 Nov 05:00 UTC)." {
		t.Errorf("told %q, want the recovery", n.bodies)
	}
}

func TestAllFeedsFailing(t *testing.T) {
	tests := []struct {
		name  string
		feeds []storage.Feed
		want  bool
	}{
		{"none failing", []storage.Feed{well("a"), well("b")}, false},
		{"one failing", []storage.Feed{well("a"), failing("b", time.Hour)}, false},
		{"all failing", []storage.Feed{failing("a", 3*time.Hour), failing("b", time.Hour)}, true},
		{"no feeds", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all, n, since, err := newMonitor(&fakeStore{feeds: tt.feeds}, nil).AllFeedsFailing(context.Background())
			if err != nil || all != tt.want || n != len(tt.feeds) {
				t.Fatalf("AllFeedsFailing = %v, %d, %v; want %v, %d", all, n, err, tt.want, len(tt.feeds))
			}
			if all && !since.Equal(now.Add(-time.Hour)) {
				t.Errorf("since %s, want when the last feed began failing", since)
			}
		})
	}
}
