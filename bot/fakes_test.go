package bot

import (
	"cmp"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// fakeGazetteer knows a handful of actors.
type fakeGazetteer struct{ actors []briefbot.Actor }

func newFakeGazetteer() fakeGazetteer {
	return fakeGazetteer{actors: []briefbot.Actor{
		{ID: "IRN", Kind: "state", Name: "Iran", Aliases: []string{"Iranian", "Tehran"}, Regions: []string{"middle-east"}},
		{ID: "ISR", Kind: "state", Name: "Israel", Aliases: []string{"Israeli"}, Regions: []string{"middle-east"}},
		{ID: "SAU", Kind: "state", Name: "Saudi Arabia", Aliases: []string{"Riyadh"}, Regions: []string{"middle-east"}},
		{ID: "jaish-al-adl", Kind: "group", Name: "Jaish al-Adl", Regions: []string{"south-asia"}},
	}}
}

func (g fakeGazetteer) Actor(id string) (briefbot.Actor, bool) {
	i := slices.IndexFunc(g.actors, func(a briefbot.Actor) bool { return strings.EqualFold(a.ID, id) })
	if i < 0 {
		return briefbot.Actor{}, false
	}
	return g.actors[i], true
}

func (g fakeGazetteer) Lookup(q string) (briefbot.Actor, bool) {
	for _, a := range g.actors {
		if strings.EqualFold(a.ID, q) || strings.EqualFold(a.Name, q) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, q) }) {
			return a, true
		}
	}
	return briefbot.Actor{}, false
}

// Suggest returns actors sharing the query's first letter.
func (g fakeGazetteer) Suggest(q string, n int) []briefbot.Actor {
	var out []briefbot.Actor
	for _, a := range g.actors {
		if len(out) < n && q != "" && strings.EqualFold(a.Name[:1], q[:1]) {
			out = append(out, a)
		}
	}
	return out
}

func (g fakeGazetteer) Regions() []string { return []string{"middle-east", "south-asia"} }

// fakeStore answers from memory and records calls.
type fakeStore struct {
	mu     sync.Mutex
	events []briefbot.Event // newest first
	subs   []storage.Subscription
	feeds  []storage.Feed
	err    error
	delay  time.Duration
	calls  []string
}

func (s *fakeStore) record(call string) error {
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.mu.Unlock()
	time.Sleep(s.delay)
	return s.err
}

func (s *fakeStore) EventsByActor(_ context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	if err := s.record("EventsByActor"); err != nil {
		return nil, err
	}
	return s.match(func(e briefbot.Event) bool { return e.Source == actor || e.Target == actor }, from, to, limit), nil
}

func (s *fakeStore) EventsByDyad(_ context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	if err := s.record("EventsByDyad"); err != nil {
		return nil, err
	}
	return s.match(func(e briefbot.Event) bool {
		return e.Source == a && e.Target == b || e.Source == b && e.Target == a
	}, from, to, limit), nil
}

func (s *fakeStore) match(keep func(briefbot.Event) bool, from, to time.Time, limit int) []briefbot.Event {
	var out []briefbot.Event
	for _, e := range s.events {
		if keep(e) && !e.Published.Before(from) && e.Published.Before(to) && len(out) < limit {
			out = append(out, e)
		}
	}
	return out
}

// inDays reports whether t's UTC day starts in [from, to), as the stored
// per-day summaries count.
func inDays(t, from, to time.Time) bool {
	d := t.UTC().Truncate(day)
	return !d.Before(from) && d.Before(to)
}

func (s *fakeStore) Counterparts(_ context.Context, actor string, from, to time.Time, limit int) ([]storage.Counterpart, error) {
	if err := s.record("Counterparts"); err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, e := range s.events {
		if !inDays(e.Published, from, to) || e.Target == "" || e.Source == e.Target {
			continue
		}
		switch actor {
		case e.Source:
			counts[e.Target]++
		case e.Target:
			counts[e.Source]++
		}
	}
	var out []storage.Counterpart
	for id, n := range counts {
		out = append(out, storage.Counterpart{Actor: id, Events: n})
	}
	slices.SortFunc(out, func(x, y storage.Counterpart) int {
		return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.Actor, y.Actor))
	})
	return out[:min(len(out), limit)], nil
}

func (s *fakeStore) ActorDailyCounts(_ context.Context, actor string, from, to time.Time) ([]storage.ActorDay, error) {
	if err := s.record("ActorDailyCounts"); err != nil {
		return nil, err
	}
	var out []storage.ActorDay
	for _, e := range s.events {
		if (e.Source != actor && e.Target != actor) || !inDays(e.Published, from, to) {
			continue
		}
		d := storage.ActorDay{Type: e.Type, Day: e.Published.UTC().Truncate(day)}
		if i := slices.IndexFunc(out, func(x storage.ActorDay) bool { return x.Type == d.Type && x.Day.Equal(d.Day) }); i >= 0 {
			out[i].Count++
		} else {
			d.Count = 1
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(x, y storage.ActorDay) int { return cmp.Or(x.Day.Compare(y.Day), cmp.Compare(x.Type, y.Type)) })
	return out, nil
}

func (s *fakeStore) KeyDailyCounts(_ context.Context, keys []storage.Key, from, to time.Time) ([]storage.DyadDay, error) {
	if err := s.record("KeyDailyCounts"); err != nil {
		return nil, err
	}
	var out []storage.DyadDay
	for _, e := range s.events {
		if !slices.Contains(keys, storage.Key{Type: e.Type, Source: e.Source, Target: e.Target}) || e.Published.Before(from) || !e.Published.Before(to) {
			continue
		}
		d := storage.DyadDay{Source: e.Source, Target: e.Target, Type: e.Type, Day: e.Published.UTC().Truncate(day)}
		if i := slices.IndexFunc(out, func(x storage.DyadDay) bool {
			return x.Source == d.Source && x.Target == d.Target && x.Type == d.Type && x.Day.Equal(d.Day)
		}); i >= 0 {
			out[i].Count++
		} else {
			d.Count = 1
			out = append(out, d)
		}
	}
	return out, nil
}

func (s *fakeStore) Subscribe(_ context.Context, sub storage.Subscription) (bool, error) {
	if err := s.record("Subscribe"); err != nil {
		return false, err
	}
	if slices.Contains(s.subs, sub) {
		return false, nil
	}
	s.subs = append(s.subs, sub)
	return true, nil
}

func (s *fakeStore) Unsubscribe(_ context.Context, sub storage.Subscription) (bool, error) {
	if err := s.record("Unsubscribe"); err != nil {
		return false, err
	}
	n := len(s.subs)
	s.subs = slices.DeleteFunc(s.subs, func(x storage.Subscription) bool { return x == sub })
	return len(s.subs) < n, nil
}

func (s *fakeStore) Subscriptions(_ context.Context, platform, channel string) ([]storage.Subscription, error) {
	if err := s.record("Subscriptions"); err != nil {
		return nil, err
	}
	var out []storage.Subscription
	for _, x := range s.subs {
		if x.Platform == platform && x.Channel == channel {
			out = append(out, x)
		}
	}
	return out, nil
}

func (s *fakeStore) ClearSubscriptions(_ context.Context, platform, channel string) (int, error) {
	if err := s.record("ClearSubscriptions"); err != nil {
		return 0, err
	}
	n := len(s.subs)
	s.subs = slices.DeleteFunc(s.subs, func(x storage.Subscription) bool { return x.Platform == platform && x.Channel == channel })
	return n - len(s.subs), nil
}

func (s *fakeStore) Feeds(context.Context) ([]storage.Feed, error) {
	if err := s.record("Feeds"); err != nil {
		return nil, err
	}
	return s.feeds, nil
}

func (s *fakeStore) AddFeed(_ context.Context, name, url, addedBy string) (storage.Feed, error) {
	if err := s.record("AddFeed"); err != nil {
		return storage.Feed{}, err
	}
	f := storage.Feed{Name: name, URL: url, Origin: storage.OriginChat, AddedBy: addedBy}
	s.feeds = append(s.feeds, f)
	return f, nil
}

func (s *fakeStore) RemoveFeed(_ context.Context, name string) error {
	if err := s.record("RemoveFeed"); err != nil {
		return err
	}
	i := slices.IndexFunc(s.feeds, func(f storage.Feed) bool { return f.Name == name })
	switch {
	case i < 0:
		return storage.ErrNotFound
	case s.feeds[i].Origin != storage.OriginChat:
		return storage.ErrConfigFeed
	}
	s.feeds = slices.Delete(s.feeds, i, i+1)
	return nil
}

func (s *fakeStore) called(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Contains(s.calls, name)
}

// fakeComposer records the request it was asked to compose.
type fakeComposer struct {
	got briefing.Request
}

func (c *fakeComposer) Compose(_ context.Context, r briefing.Request) (*briefing.Briefing, error) {
	c.got = r
	return &briefing.Briefing{}, nil
}

var errBoom = errors.New("boom")

// testNow is the fixed clock of the router tests.
var testNow = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func testEvents() []briefbot.Event {
	ev := func(daysAgo int, typ, src, tgt string) briefbot.Event {
		return briefbot.Event{Type: briefbot.EventType(typ), Source: src, Target: tgt, Published: testNow.Add(-time.Duration(daysAgo)*day - time.Hour),
			Link: "https://news.example/" + src + "-" + tgt, Code: "strike"}
	}
	return []briefbot.Event{
		ev(1, "escalation", "ISR", "IRN"),
		ev(2, "accusation", "IRN", "ISR"),
		ev(3, "escalation", "IRN", "ISR"),
		ev(5, "denial", "IRN", ""),
		ev(10, "escalation", "IRN", "SAU"),
		ev(40, "escalation", "IRN", "ISR"),
		ev(200, "deescalation", "SAU", "IRN"),
	}
}

func newTestRouter(st *fakeStore) (*Router, *fakeComposer) {
	comp := &fakeComposer{}
	return &Router{
		Store:     st,
		Gazetteer: newFakeGazetteer(),
		Composer:  comp,
		Access: Access{
			Channels: []Channel{{Platform: PlatformSlack, ID: "C1"}, {Platform: PlatformDiscord, ID: "D1"},
				{Platform: PlatformSlack, ID: "CSOUTH", Filter: storage.Filter{Regions: []string{"south-asia"}}}},
			Admins: map[string][]string{PlatformSlack: {"UADMIN"}, PlatformDiscord: {"ROLE-MOD"}},
		},
		Clock:  func() time.Time { return testNow },
		Logger: slog.New(slog.DiscardHandler),
	}, comp
}

// serveAll sends the requests in turn, checks their statuses, and returns the
// last response; the store's call log then holds only the last request's calls.
func serveAll(t *testing.T, h http.Handler, st *fakeStore, reqs []*http.Request, want []int) *httptest.ResponseRecorder {
	t.Helper()
	var last *httptest.ResponseRecorder
	for i, req := range reqs {
		if i == len(want)-1 {
			st.calls = nil
		}
		last = httptest.NewRecorder()
		h.ServeHTTP(last, req)
		if last.Code != want[i] {
			t.Fatalf("request %d: status %d, want %d: %s", i, last.Code, want[i], last.Body)
		}
	}
	return last
}

// recordWaits makes the policy note its waits instead of sleeping.
func recordWaits(p *retryPolicy) *[]time.Duration {
	var waits []time.Duration
	p.sleep = func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }
	return &waits
}
