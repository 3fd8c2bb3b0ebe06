package bot

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/storage/storagetest"
)

// The benchmarks query storagetest's million-event database, built on first
// use so that only -bench runs pay for it (BRIEFBOT_BENCH_DB=path keeps it);
// TestMain closes it.
func TestMain(m *testing.M) { os.Exit(storagetest.Run(m)) }

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
	return &Router{Store: storagetest.Million(b), Gazetteer: fakeGazetteer{actors: storagetest.Actors()},
		Clock: func() time.Time { return storagetest.End }}
}

func BenchmarkWho(b *testing.B) {
	r := benchRouter(b)
	ctx := context.Background()
	runP99(b, func(i int) Response {
		return r.Handle(ctx, Request{Platform: PlatformCLI, Command: "who", Args: []string{storagetest.ActorID(benchRank(i))}})
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
		return r.Handle(ctx, Request{Platform: PlatformCLI, Command: "dyad", Args: []string{storagetest.ActorID(a), storagetest.ActorID(c), days}})
	})
}
