package storage_test

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// The benchmarks query storagetest's million-event database, built on first
// use so that only -bench runs pay for it (BRIEFBOT_BENCH_DB=path keeps it);
// TestMain closes it.
func TestMain(m *testing.M) { os.Exit(storagetest.Run(m)) }

var benchEnd = storagetest.End

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
func benchActor(i int) string { return storagetest.ActorID((1 << (i % 8)) - 1) }

func BenchmarkDevelopmentsByActor(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.DevelopmentsByActor(ctx, benchActor(i), benchEnd.Add(-30*24*time.Hour), benchEnd, 20)
		return err
	})
}

func BenchmarkDevelopmentsByDyad(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.DevelopmentsByDyad(ctx, benchActor(i), benchActor(i+3), benchEnd.Add(-30*24*time.Hour), benchEnd, 20)
		return err
	})
}

// BenchmarkCounterparts asks for 90 days, as /who does.
func BenchmarkCounterparts(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	from := benchEnd.Add(-90 * 24 * time.Hour)
	b.Run("cycle", func(b *testing.B) {
		runTimed(b, func(i int) error {
			_, err := s.Counterparts(ctx, benchActor(i), from, benchEnd, 10)
			return err
		})
	})
	b.Run("busiest", func(b *testing.B) {
		runTimed(b, func(int) error {
			_, err := s.Counterparts(ctx, storagetest.ActorID(0), from, benchEnd, 10)
			return err
		})
	})
}

func BenchmarkDevelopmentsSeen(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	from := benchEnd.Add(-24 * time.Hour)
	for _, bc := range []struct {
		name  string
		f     storage.Filter
		limit int
	}{
		{"24h-all", storage.Filter{}, 0},
		{"24h-2regions", storage.Filter{Regions: []string{storagetest.Region(1), storagetest.Region(2)}}, 0},
		{"24h-actor-limit50", storage.Filter{Actors: []string{storagetest.ActorID(40)}}, 50},
	} {
		b.Run(bc.name, func(b *testing.B) {
			runTimed(b, func(int) error {
				_, err := s.DevelopmentsSeen(ctx, from, benchEnd, bc.f, bc.limit)
				return err
			})
		})
	}
}

func BenchmarkActorDailyCounts(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	runTimed(b, func(i int) error {
		_, err := s.ActorDailyCounts(ctx, benchActor(i), benchEnd.Add(-91*24*time.Hour), benchEnd)
		return err
	})
}

// benchKeys are the keys of a day's developments, as a briefing asks about
// them.
func benchKeys(b *testing.B, s *storage.Store) []storage.Key {
	b.Helper()
	devs, err := s.DevelopmentsSeen(context.Background(), benchEnd.Add(-24*time.Hour), benchEnd, storage.Filter{Regions: []string{storagetest.Region(1), storagetest.Region(2)}}, 0)
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]storage.Key, len(devs))
	for i, d := range devs {
		keys[i] = storage.Key{Type: d.Type, Source: d.Source, Target: d.Target}
	}
	return keys
}

func BenchmarkSeenAmong(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	keys := benchKeys(b, s)
	runTimed(b, func(int) error {
		_, err := s.SeenAmong(ctx, keys, benchEnd.Add(-31*24*time.Hour), benchEnd.Add(-24*time.Hour))
		return err
	})
	b.ReportMetric(float64(len(keys)), "keys")
}

func BenchmarkKeyDailyCounts(b *testing.B) {
	s, ctx := storagetest.Million(b), context.Background()
	// A briefing's keys, over a month.
	b.Run("50keys-30d", func(b *testing.B) {
		keys := benchKeys(b, s)[:50]
		runTimed(b, func(int) error {
			_, err := s.KeyDailyCounts(ctx, keys, benchEnd.Add(-31*24*time.Hour+5*time.Hour), benchEnd.Add(-19*time.Hour))
			return err
		})
	})
	// /dyad's 8 keys (4 types, both directions) of the busiest pair over a year.
	b.Run("busiest-dyad-365d", func(b *testing.B) {
		var keys []storage.Key
		for _, t := range briefbot.EventTypes {
			a, b := storagetest.ActorID(0), storagetest.ActorID(1)
			keys = append(keys, storage.Key{Type: t, Source: a, Target: b}, storage.Key{Type: t, Source: b, Target: a})
		}
		runTimed(b, func(int) error {
			_, err := s.KeyDailyCounts(ctx, keys, benchEnd.Add(-365*24*time.Hour), benchEnd)
			return err
		})
	})
}
