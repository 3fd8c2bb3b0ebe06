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
	mu    sync.Mutex
	devs  []briefbot.Development // latest first
	subs  []storage.Subscription
	feeds []storage.Feed
	err   error
	delay time.Duration
	calls []string
}

func (s *fakeStore) record(call string) error {
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.mu.Unlock()
	time.Sleep(s.delay)
	return s.err
}

func (s *fakeStore) DevelopmentsByActor(_ context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Development, error) {
	if err := s.record("DevelopmentsByActor"); err != nil {
		return nil, err
	}
	return s.match(func(d briefbot.Development) bool { return d.Source == actor || d.Target == actor }, from, to, limit), nil
}

func (s *fakeStore) DevelopmentsByDyad(_ context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Development, error) {
	if err := s.record("DevelopmentsByDyad"); err != nil {
		return nil, err
	}
	return s.match(func(d briefbot.Development) bool {
		return d.Source == a && d.Target == b || d.Source == b && d.Target == a
	}, from, to, limit), nil
}

func (s *fakeStore) match(keep func(briefbot.Development) bool, from, to time.Time, limit int) []briefbot.Development {
	var out []briefbot.Development
	for _, d := range s.devs {
		if keep(d) && inDays(d.Day, from, to) && len(out) < limit {
			out = append(out, d)
		}
	}
	return out
}

// inDays reports whether day's midnight falls in [from, to), as the store
// counts.
func inDays(day, from, to time.Time) bool {
	return !day.Before(from) && day.Before(to)
}

func (s *fakeStore) Counterparts(_ context.Context, actor string, from, to time.Time, limit int) ([]storage.Counterpart, error) {
	if err := s.record("Counterparts"); err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, d := range s.devs {
		if !inDays(d.Day, from, to) || d.Target == "" || d.Source == d.Target {
			continue
		}
		switch actor {
		case d.Source:
			counts[d.Target]++
		case d.Target:
			counts[d.Source]++
		}
	}
	var out []storage.Counterpart
	for id, n := range counts {
		out = append(out, storage.Counterpart{Actor: id, Developments: n})
	}
	slices.SortFunc(out, func(x, y storage.Counterpart) int {
		return cmp.Or(cmp.Compare(y.Developments, x.Developments), cmp.Compare(x.Actor, y.Actor))
	})
	return out[:min(len(out), limit)], nil
}

func (s *fakeStore) ActorDailyCounts(_ context.Context, actor string, from, to time.Time) ([]storage.ActorDay, error) {
	if err := s.record("ActorDailyCounts"); err != nil {
		return nil, err
	}
	var out []storage.ActorDay
	for _, d := range s.devs {
		if (d.Source != actor && d.Target != actor) || !inDays(d.Day, from, to) {
			continue
		}
		a := storage.ActorDay{Type: d.Type, Day: d.Day}
		if i := slices.IndexFunc(out, func(x storage.ActorDay) bool { return x.Type == a.Type && x.Day.Equal(a.Day) }); i >= 0 {
			out[i].Count++
		} else {
			a.Count = 1
			out = append(out, a)
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
	for _, d := range s.devs {
		if !slices.Contains(keys, storage.Key{Type: d.Type, Source: d.Source, Target: d.Target}) || !inDays(d.Day, from, to) {
			continue
		}
		dd := storage.DyadDay{Source: d.Source, Target: d.Target, Type: d.Type, Day: d.Day}
		if i := slices.IndexFunc(out, func(x storage.DyadDay) bool {
			return x.Source == dd.Source && x.Target == dd.Target && x.Type == dd.Type && x.Day.Equal(dd.Day)
		}); i >= 0 {
			out[i].Count++
		} else {
			dd.Count = 1
			out = append(out, dd)
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

func testDevelopments() []briefbot.Development {
	dev := func(daysAgo int, typ, src, tgt string) briefbot.Development {
		return briefbot.Development{Type: briefbot.EventType(typ), Source: src, Target: tgt, Day: testNow.Truncate(day).Add(-time.Duration(daysAgo) * day),
			Code: "strike", Reports: []briefbot.Report{{Outlet: "wire", Link: "https://news.example/" + src + "-" + tgt}}}
	}
	return []briefbot.Development{
		dev(1, "escalation", "ISR", "IRN"),
		dev(2, "accusation", "IRN", "ISR"),
		dev(3, "escalation", "IRN", "ISR"),
		dev(5, "denial", "IRN", ""),
		dev(10, "escalation", "IRN", "SAU"),
		dev(40, "escalation", "IRN", "ISR"),
		dev(200, "deescalation", "SAU", "IRN"),
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
