package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/coder"
)

// The benchmark database: a million events over benchDays days up to benchEnd,
// built once, on first use, so that only -bench runs pay for it (about a
// minute). STORAGE_BENCH_DB=path keeps it there for the next run.
const (
	benchEvents      = 1_000_000
	eventsPerArticle = 4
	benchActors      = 200
	benchRegions     = 12
	benchDays        = 365
)

var (
	benchEnd   = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	benchOnce  sync.Once
	benchStore *Store
	benchDir   string
	benchErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchStore != nil {
		benchStore.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

var benchTypes = []string{"accusation", "denial", "escalation", "deescalation"}

func benchActorID(i int) string { return fmt.Sprintf("A%03d", i) }

// bigStore returns the shared million-event store.
func bigStore(b *testing.B) *Store {
	b.Helper()
	benchOnce.Do(func() {
		path := os.Getenv("STORAGE_BENCH_DB")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				benchStore, benchErr = Open(context.Background(), path)
				return
			}
		} else {
			if benchDir, benchErr = os.MkdirTemp("", "briefbot-storage-bench-"); benchErr != nil {
				return
			}
			path = filepath.Join(benchDir, "bench.db")
		}
		start := time.Now()
		benchStore, benchErr = buildBig(context.Background(), path)
		b.Logf("built %d-event database in %s", benchEvents, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

// buildBig fills a store with benchEvents events between benchActors actors
// whose activity falls off as 1/rank, as real coverage does: a few actors
// are in most events and most actors in few.
func buildBig(ctx context.Context, path string) (*Store, error) {
	s, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	actors := make([]coder.Actor, benchActors)
	weights := make([]float64, benchActors)
	total := 0.0
	for i := range actors {
		actors[i] = coder.Actor{ID: benchActorID(i), Kind: coder.State, Name: benchActorID(i),
			Regions: []string{fmt.Sprintf("region-%d", i%benchRegions)}}
		if i%5 == 0 {
			actors[i].Regions = append(actors[i].Regions, fmt.Sprintf("region-%d", (i+1)%benchRegions))
		}
		total += 1 / float64(i+1)
		weights[i] = total
	}
	if err := s.SyncActors(ctx, actors); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string {
		i, _ := slices.BinarySearch(weights, rng.Float64()*total)
		return benchActorID(min(i, benchActors-1))
	}
	start := benchEnd.Add(-benchDays * 24 * time.Hour)
	span := int64(benchDays * 24 * time.Hour)
	const batch = 25_000
	items := make([]ArticleWithEvents, 0, batch)
	// Articles arrive in time order, as they do from feeds.
	articles := benchEvents / eventsPerArticle
	for n := 0; n < articles; n++ {
		published := start.Add(time.Duration(span / int64(articles) * int64(n)))
		a := Article{FeedName: fmt.Sprintf("feed-%d", n%40), Link: fmt.Sprintf("https://news.test/%d", n),
			GUID: fmt.Sprint(n), Title: fmt.Sprintf("Story %d", n), Text: "Officials said the strike hit a border post.",
			Published: published, Fetched: published, SimHash: rng.Uint64()}
		events := make([]Event, eventsPerArticle)
		for i := range events {
			source, target := pick(), pick()
			events[i] = Event{Type: benchTypes[rng.IntN(len(benchTypes))], Source: source, Target: target,
				Evidence: "Officials said the strike hit a border post.", Confidence: 0.7, Code: "strike", Intensity: -7}
		}
		items = append(items, ArticleWithEvents{a, events})
		if len(items) == batch {
			if _, err := s.ImportArticles(ctx, items); err != nil {
				return nil, err
			}
			items = items[:0]
		}
	}
	if _, err := s.ImportArticles(ctx, items); err != nil {
		return nil, err
	}
	// What a long-running daemon's periodic optimize would have gathered.
	if _, err := s.write.ExecContext(ctx, "ANALYZE"); err != nil {
		return nil, err
	}
	return s, nil
}

// runTimed runs op b.N times and reports its 99th percentile besides ns/op.
func runTimed(b *testing.B, op func(i int) error) {
	b.Helper()
	durations := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)*99/100].Nanoseconds()), "p99-ns")
}

// benchActor cycles through busy and quiet actors: ranks 0, 1, 3, 7, ... 127.
func benchActor(i int) string { return benchActorID((1 << (i % 8)) - 1) }

func BenchmarkEventsByActor(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.EventsByActor(ctx, benchActor(i), benchEnd.Add(-30*24*time.Hour), benchEnd, 20)
		return err
	})
}

func BenchmarkEventsByDyad(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.EventsByDyad(ctx, benchActor(i), benchActor(i+3), benchEnd.Add(-30*24*time.Hour), benchEnd, 20)
		return err
	})
}

// BenchmarkCounterparts asks for 90 days, as /who does.
func BenchmarkCounterparts(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	from := benchEnd.Add(-90 * 24 * time.Hour)
	b.Run("cycle", func(b *testing.B) {
		runTimed(b, func(i int) error {
			_, err := s.Counterparts(ctx, benchActor(i), from, benchEnd, 10)
			return err
		})
	})
	b.Run("busiest", func(b *testing.B) {
		runTimed(b, func(int) error {
			_, err := s.Counterparts(ctx, benchActorID(0), from, benchEnd, 10)
			return err
		})
	})
}

func BenchmarkEventsBetween(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	from := benchEnd.Add(-24 * time.Hour)
	for _, bc := range []struct {
		name  string
		f     Filter
		limit int
	}{
		{"24h-all", Filter{}, 0},
		{"24h-2regions", Filter{Regions: []string{"region-1", "region-2"}}, 0},
		{"24h-actor-limit50", Filter{Actors: []string{benchActorID(40)}}, 50},
	} {
		b.Run(bc.name, func(b *testing.B) {
			runTimed(b, func(int) error {
				_, err := s.EventsBetween(ctx, from, benchEnd, bc.f, bc.limit)
				return err
			})
		})
	}
}

func BenchmarkDyadDailyCounts(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	for _, bc := range []struct {
		name string
		days int
		f    Filter
	}{
		{"7d-2regions", 7, Filter{Regions: []string{"region-1", "region-2"}}},
		{"30d-quiet-dyad", 30, Filter{Actors: []string{benchActorID(30), benchActorID(60)}}},
		{"91d-busiest-actor", 91, Filter{Actors: []string{benchActorID(0)}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			runTimed(b, func(int) error {
				_, err := s.DyadDailyCounts(ctx, benchEnd.Add(-time.Duration(bc.days)*24*time.Hour), benchEnd, bc.f)
				return err
			})
		})
	}
}

func BenchmarkActorDailyCounts(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.ActorDailyCounts(ctx, benchActor(i), benchEnd.Add(-91*24*time.Hour), benchEnd)
		return err
	})
}

// benchKeys are the keys of a day's events, as a briefing asks about them.
func benchKeys(b *testing.B, s *Store) []Key {
	b.Helper()
	events, err := s.EventsBetween(context.Background(), benchEnd.Add(-24*time.Hour), benchEnd, Filter{Regions: []string{"region-1", "region-2"}}, 0)
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]Key, len(events))
	for i, e := range events {
		keys[i] = Key{e.Type, e.Source, e.Target}
	}
	return keys
}

func BenchmarkSeenAmong(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	keys := benchKeys(b, s)
	runTimed(b, func(int) error {
		_, err := s.SeenAmong(ctx, keys, benchEnd.Add(-31*24*time.Hour), benchEnd.Add(-24*time.Hour))
		return err
	})
	b.ReportMetric(float64(len(keys)), "keys")
}

func BenchmarkKeyDailyCounts(b *testing.B) {
	s, ctx := bigStore(b), context.Background()
	// A briefing's keys, over a window starting and ending mid-day.
	b.Run("50keys-30d", func(b *testing.B) {
		keys := benchKeys(b, s)[:50]
		runTimed(b, func(int) error {
			_, err := s.KeyDailyCounts(ctx, keys, benchEnd.Add(-31*24*time.Hour+5*time.Hour), benchEnd.Add(-19*time.Hour))
			return err
		})
	})
	// /dyad's 8 keys (4 types, both directions) of the busiest pair over a year.
	b.Run("busiest-dyad-365d", func(b *testing.B) {
		var keys []Key
		for _, t := range benchTypes {
			keys = append(keys, Key{t, benchActorID(0), benchActorID(1)}, Key{t, benchActorID(1), benchActorID(0)})
		}
		runTimed(b, func(int) error {
			_, err := s.KeyDailyCounts(ctx, keys, benchEnd.Add(-365*24*time.Hour), benchEnd)
			return err
		})
	})
}
