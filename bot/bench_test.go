package bot

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
	"github.com/briefbot/briefbot/storage"
)

// The benchmark database: a million events between benchActors actors over
// a year, built on first use so that only -bench runs pay for it.
const (
	benchEvents      = 1_000_000
	eventsPerArticle = 4
	benchActors      = 200
	benchDays        = 365
)

var (
	benchOnce   sync.Once
	benchStore  *storage.Store
	benchDir    string
	benchErr    error
	benchGazett fakeGazetteer
	benchNow    = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
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

func benchActorID(i int) string { return fmt.Sprintf("A%03d", i) }

// bigStore returns the shared million-event store. Actors' activity falls
// off as 1/rank, as in real coverage: a few actors are in most events.
// BOT_BENCH_DB=path keeps the database there for the next run.
func bigStore(b *testing.B) *storage.Store {
	b.Helper()
	benchOnce.Do(func() {
		ctx := context.Background()
		benchGazett = fakeGazetteer{actors: benchActorList()}
		path := os.Getenv("BOT_BENCH_DB")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				benchStore, benchErr = storage.Open(ctx, path)
				return
			}
		} else {
			if benchDir, benchErr = os.MkdirTemp("", "briefbot-bot-bench-"); benchErr != nil {
				return
			}
			path = filepath.Join(benchDir, "bench.db")
		}
		start := time.Now()
		benchStore, benchErr = buildBig(ctx, path)
		b.Logf("seeded %d events in %s", benchEvents, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

func benchActorList() []coder.Actor {
	actors := make([]coder.Actor, benchActors)
	for i := range actors {
		id := benchActorID(i)
		actors[i] = coder.Actor{ID: id, Kind: "state", Name: "Actor " + id, Regions: []string{fmt.Sprintf("region-%d", i%12)}}
	}
	return actors
}

func buildBig(ctx context.Context, path string) (*storage.Store, error) {
	s, err := storage.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	weights := make([]float64, benchActors)
	total := 0.0
	for i := range benchActors {
		total += 1 / float64(i+1)
		weights[i] = total
	}
	if err := s.SyncActors(ctx, benchGazett.actors); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(7, 11))
	pick := func() string {
		i, _ := slices.BinarySearch(weights, rng.Float64()*total)
		return benchActorID(min(i, benchActors-1))
	}
	types := []string{"accusation", "denial", "escalation", "deescalation"}
	// Articles arrive in time order, as from feeds; that also keeps the
	// date indexes' inserts at their ends.
	step := benchDays * day / (benchEvents / eventsPerArticle)
	start := benchNow.Add(-benchDays * day)
	items := make([]storage.ArticleWithEvents, 0, benchEvents/eventsPerArticle)
	for n := range benchEvents / eventsPerArticle {
		published := start.Add(time.Duration(n)*step + time.Duration(rng.Int64N(int64(step))))
		a := storage.Article{FeedName: fmt.Sprintf("feed-%d", n%40), Link: fmt.Sprintf("https://news.test/%d", n),
			GUID: fmt.Sprint(n), Title: fmt.Sprintf("Story %d", n), // no text: full-text indexing is not what is measured
			Published: published, Fetched: published, SimHash: rng.Uint64()}
		events := make([]storage.Event, eventsPerArticle)
		for i := range events {
			events[i] = storage.Event{Type: types[rng.IntN(len(types))], Source: pick(), Target: pick(),
				Evidence: "Officials said the strike hit a border post.", Confidence: 0.7, Code: "strike", Intensity: -7}
		}
		items = append(items, storage.ArticleWithEvents{Article: a, Events: events})
	}
	if _, err := s.ImportArticles(ctx, items); err != nil { // one transaction
		return nil, err
	}
	return s, nil
}

// benchRank cycles through busy and quiet actors: ranks 0, 1, 3, 7, ... 127.
func benchRank(i int) int { return (1 << (i % 8)) - 1 }

// runP99 runs op b.N times and reports the 99th percentile in milliseconds.
func runP99(b *testing.B, op func(i int) Response) {
	b.Helper()
	var durations []time.Duration
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		if resp := op(i); resp.Error != "" {
			b.Fatal(resp.Error)
		}
		durations = append(durations, time.Since(t0))
	}
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)*99/100].Microseconds())/1000, "p99-ms")
}

func benchRouter(b *testing.B) *Router {
	st := bigStore(b)
	return &Router{Store: st, Gazetteer: benchGazett, Clock: func() time.Time { return benchNow }}
}

func BenchmarkWho(b *testing.B) {
	r := benchRouter(b)
	ctx := context.Background()
	runP99(b, func(i int) Response {
		return r.Handle(ctx, Request{Platform: PlatformCLI, Command: "who", Args: []string{benchActorID(benchRank(i))}})
	})
}

func BenchmarkDyad(b *testing.B) {
	r := benchRouter(b)
	ctx := context.Background()
	runP99(b, func(i int) Response {
		a, c := benchRank(i), benchRank(i+3)
		if a == c {
			c++
		}
		days := []string{"7", "30", "90", "365"}[(i/8)%4] // every pair with every window
		return r.Handle(ctx, Request{Platform: PlatformCLI, Command: "dyad", Args: []string{benchActorID(a), benchActorID(c), days}})
	})
}
