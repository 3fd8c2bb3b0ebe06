package briefing

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// fakeStore is an in-memory Reader with the store's semantics: windows are
// [from, to), lists are newest first, a filter matches an event whose
// source or target is one of its actors or in one of its regions.
type fakeStore struct {
	gaz      *coder.Gazetteer
	events   []briefbot.Event
	articles map[int64][]storage.Source // by cluster

	mu         sync.Mutex
	filters    []storage.Filter // every filter a call received
	probed     []storage.Key    // the keys SeenAmong was asked about
	probedSpan [2]time.Time     // the window of the last SeenAmong call
}

func newFakeStore(gaz *coder.Gazetteer) *fakeStore {
	return &fakeStore{gaz: gaz, articles: map[int64][]storage.Source{}}
}

// add stores an article of a cluster and the events coded from it.
func (f *fakeStore) add(cluster int64, feed string, at time.Time, events ...briefbot.Event) {
	link := fmt.Sprintf("https://%s.example/news/%d-%d", feed, cluster, len(f.articles[cluster])+1)
	f.articles[cluster] = append(f.articles[cluster], storage.Source{FeedName: feed, Link: link, Title: "story " + fmt.Sprint(cluster), Published: at})
	for _, e := range events {
		e.ID = int64(len(f.events) + 1)
		e.ClusterID, e.Published, e.Link, e.FeedName = cluster, at, link, feed
		f.events = append(f.events, e)
	}
}

func (f *fakeStore) record(fl storage.Filter) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.filters = append(f.filters, fl)
}

func (f *fakeStore) matches(e briefbot.Event, fl storage.Filter) bool {
	if len(fl.Regions) == 0 && len(fl.Actors) == 0 {
		return true
	}
	for _, id := range []string{e.Source, e.Target} {
		if id == "" {
			continue
		}
		if slices.Contains(fl.Actors, id) {
			return true
		}
		if a, ok := f.gaz.Actor(id); ok && slices.ContainsFunc(a.Regions, func(r string) bool { return slices.Contains(fl.Regions, r) }) {
			return true
		}
	}
	return false
}

func (f *fakeStore) between(from, to time.Time, keep func(briefbot.Event) bool, limit int) []briefbot.Event {
	var out []briefbot.Event
	for _, e := range f.events {
		if !e.Published.Before(from) && e.Published.Before(to) && keep(e) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b briefbot.Event) int { return b.Published.Compare(a.Published) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (f *fakeStore) EventsBetween(_ context.Context, from, to time.Time, fl storage.Filter, limit int) ([]briefbot.Event, error) {
	f.record(fl)
	return f.between(from, to, func(e briefbot.Event) bool { return f.matches(e, fl) }, limit), nil
}

func (f *fakeStore) SeenAmong(_ context.Context, keys []storage.Key, from, to time.Time) (map[storage.Key]bool, error) {
	f.mu.Lock()
	f.probed = append(f.probed, keys...)
	f.probedSpan = [2]time.Time{from, to}
	f.mu.Unlock()
	seen := map[storage.Key]bool{}
	for _, e := range f.between(from, to, func(briefbot.Event) bool { return true }, 0) {
		if k := (storage.Key{Type: e.Type, Source: e.Source, Target: e.Target}); slices.Contains(keys, k) {
			seen[k] = true
		}
	}
	return seen, nil
}

func (f *fakeStore) KeyDailyCounts(_ context.Context, keys []storage.Key, from, to time.Time) ([]storage.DyadDay, error) {
	counts := map[storage.DyadDay]int{}
	var order []storage.DyadDay
	for _, e := range f.between(from, to, func(briefbot.Event) bool { return true }, 0) {
		if !slices.Contains(keys, storage.Key{Type: e.Type, Source: e.Source, Target: e.Target}) {
			continue
		}
		d := storage.DyadDay{Source: e.Source, Target: e.Target, Type: e.Type, Day: e.Published.UTC().Truncate(24 * time.Hour)}
		if counts[d] == 0 {
			order = append(order, d)
		}
		counts[d]++
	}
	for i, d := range order {
		order[i].Count = counts[d]
	}
	return order, nil
}

func (f *fakeStore) ClusterSources(_ context.Context, ids []int64) (map[int64][]storage.Source, error) {
	out := map[int64][]storage.Source{}
	for _, id := range ids {
		if s, ok := f.articles[id]; ok {
			out[id] = s
		}
	}
	return out, nil
}

func (f *fakeStore) EventsByDyad(_ context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	return f.between(from, to, func(e briefbot.Event) bool {
		return (e.Source == a && e.Target == b) || (e.Source == b && e.Target == a)
	}, limit), nil
}

func (f *fakeStore) EventsByActor(_ context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Event, error) {
	return f.between(from, to, func(e briefbot.Event) bool { return e.Source == actor || e.Target == actor }, limit), nil
}

// ev is an event as the coder would give it; the store fills in the rest.
func ev(typ briefbot.EventType, source, target, code string, intensity float64, evidence string) briefbot.Event {
	return briefbot.Event{Type: typ, Source: source, Target: target, Code: code, Intensity: intensity, Evidence: evidence, Confidence: 0.8}
}

// The fixed window of the scenario: a day ending 25 Nov 2026 08:00 UTC.
var (
	winFrom = time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)
	winTo   = winFrom.Add(24 * time.Hour)
)

// at is a time in November 2026, UTC.
func at(day, hour, minute int) time.Time {
	return time.Date(2026, 11, day, hour, minute, 0, 0, time.UTC)
}

// scenario is a day on the Iran–Pakistan–Afghanistan borders with some
// history before it. The sentences are written for these tests.
func scenario() *fakeStore {
	f := newFakeStore(coder.Builtin())
	// History.
	f.add(20, "dawn", time.Date(2026, 10, 14, 9, 0, 0, 0, time.UTC), ev(briefbot.Accusation, "IRN", "AFG", "accuse", -3, "Iran accused Kabul of sheltering smugglers."))
	f.add(21, "irna", at(10, 7, 0), ev(briefbot.Escalation, "PAK", "IRN", "strike", -8, "Pakistani jets hit targets inside Iran."))
	f.add(22, "dawn", at(15, 7, 0), ev(briefbot.Escalation, "PAK", "IRN", "threat", -6, "Pakistan warned Iran it would answer any further shelling."))
	f.add(23, "irna", at(18, 12, 30), ev(briefbot.Accusation, "IRN", "PAK", "accuse", -4, "Iran accused Pakistan of letting militants train on its soil."))
	f.add(24, "tolo", at(20, 16, 0), ev(briefbot.Accusation, "PAK", "AFG", "accuse", -4, "Pakistan accused Afghanistan of hosting fighters who attack its posts."))
	f.add(25, "ndtv", at(21, 11, 0), ev(briefbot.Accusation, "IND", "PAK", "accuse", -4, "India accused Pakistan of backing infiltrators in Kashmir."))
	f.add(26, "dawn", at(22, 10, 0), ev(briefbot.Escalation, "PAK", "IRN", "recall-ambassador", -5, "Pakistan summoned the Iranian envoy over the shelling."))

	// The window.
	// IRN → PAK: two outlets of one story and a second story, all new.
	f.add(1, "dawn", at(24, 9, 10), ev(briefbot.Escalation, "IRN", "PAK", "strike", -9,
		"TEHRAN (Reuters) - Iran's Revolutionary Guards said they struck militant hideouts across the border in Pakistan's Balochistan province overnight, killing several fighters and destroying a depot."))
	f.add(1, "aljazeera", at(24, 9, 40), ev(briefbot.Escalation, "IRN", "PAK", "strike", -9, "Iranian forces struck militant hideouts inside Pakistan overnight."))
	f.add(1, "bbc", at(24, 10, 5))
	f.add(4, "tribune", at(24, 13, 0), ev(briefbot.Escalation, "IRN", "PAK", "strike", -8, "Iran launched a second wave of drone strikes near the border town of Panjgur."))
	f.add(5, "dawn", at(24, 15, 0), ev(briefbot.Escalation, "PAK", "IRN", "recall-ambassador", -5, "Pakistan recalled its ambassador from Tehran and expelled the Iranian envoy."))
	f.add(6, "dawn", at(24, 17, 20), ev(briefbot.Denial, "PAK", "IRN", "deny", -2, "Pakistan's Foreign Office rejected as baseless the claim that militants operate freely from its soil."))
	f.add(7, "tehrantimes", at(24, 11, 30), ev(briefbot.Accusation, "IRN", "AFG", "accuse", -4, "Iran accused the Taliban government of failing to stop the smuggling of weapons across the border."))
	f.add(8, "tolo", at(24, 19, 0), ev(briefbot.Denial, "AFG", "", "deny", -2, "A Taliban spokesman denied that Afghan soil was being used to plan attacks against neighbours."))
	f.add(9, "ndtv", at(24, 12, 0), ev(briefbot.Accusation, "IND", "PAK", "accuse", -4, "India again accused Pakistan of sending infiltrators."))
	f.add(10, "tolo", at(25, 6, 15), ev(briefbot.Deescalation, "AFG", "PAK", "talks", 4, "Afghan and Pakistani officials agreed to resume border talks in Doha next week."))
	return f
}
