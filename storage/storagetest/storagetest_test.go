package storagetest

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

var small = Options{Events: 4_000, Days: 10, End: End}

func openSmall(t *testing.T) *storage.Store {
	t.Helper()
	s, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "small.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSeed(t *testing.T) {
	ctx := context.Background()
	s := openSmall(t)
	if err := Seed(ctx, s, small); err != nil {
		t.Fatal(err)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Events != small.Events || stats.Articles != small.Events/eventsPerArticle {
		t.Errorf("stored %d events in %d articles, want %d in %d", stats.Events, stats.Articles, small.Events, small.Events/eventsPerArticle)
	}
	// About a third of the articles join an earlier story.
	if lo, hi := stats.Articles/2, stats.Articles*5/6; stats.Clusters < lo || stats.Clusters > hi {
		t.Errorf("%d clusters for %d articles, want %d..%d", stats.Clusters, stats.Articles, lo, hi)
	}
	// Events of one type between the same sides on the same day state one
	// development: the busiest pairs merge, most others do not.
	if stats.Developments < small.Events/2 || stats.Developments >= small.Events {
		t.Errorf("%d developments of %d events, want fewer but over half", stats.Developments, small.Events)
	}
	from := small.End.AddDate(0, 0, -small.Days)
	inWindow, err := s.DevelopmentsSeen(ctx, from, small.End, storage.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(inWindow) != stats.Developments {
		t.Errorf("%d developments first seen in [%s, %s), want all %d", len(inWindow), from, small.End, stats.Developments)
	}
	// Each day holds its share.
	lastDay, err := s.DevelopmentsSeen(ctx, small.End.Add(-24*time.Hour), small.End, storage.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := stats.Developments / small.Days; len(lastDay) < want*8/10 || len(lastDay) > want*12/10 {
		t.Errorf("%d developments on the last day, want about %d", len(lastDay), want)
	}
	// Activity falls off with rank.
	counts := make(map[int]int)
	for _, rank := range []int{0, 9, 99} {
		devs, err := s.DevelopmentsByActor(ctx, ActorID(rank), from, small.End, 0)
		if err != nil {
			t.Fatal(err)
		}
		counts[rank] = len(devs)
	}
	if !(counts[0] > 3*counts[9] && counts[9] > 3*counts[99]) {
		t.Errorf("developments by rank 0, 9, 99: %v, want each over 3 times the next", counts)
	}
	// Regions come with the actors: every fifth actor is in two.
	for region, want := range map[string]string{Region(1): ActorID(0), Region(0): ActorID(12)} {
		devs, err := s.DevelopmentsSeen(ctx, from, small.End, storage.Filter{Regions: []string{region}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range devs {
			found = found || d.Source == want || d.Target == want
		}
		if !found {
			t.Errorf("no development of %s in %s", want, region)
		}
	}
}

func TestSeedRejectsEmptyOptions(t *testing.T) {
	for _, o := range []Options{{}, {Events: 3, Days: 1, End: End}, {Events: 100, End: End}} {
		if err := Seed(context.Background(), openSmall(t), o); err == nil {
			t.Errorf("Seed(%+v) succeeded", o)
		}
	}
}

// TestOpenOrBuildOnce has two builders race for one path, as test binaries
// of different packages do: one builds, the other waits and opens the result.
func TestOpenOrBuildOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	var (
		wg     sync.WaitGroup
		stores [2]*storage.Store
		builds [2]bool
		errs   [2]error
	)
	for i := range stores {
		wg.Go(func() { stores[i], builds[i], errs[i] = openOrBuild(ctx, path, small) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		t.Cleanup(func() { s.Close() })
		stats, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if stats.Events != small.Events {
			t.Errorf("opener %d sees %d events, want %d", i, stats.Events, small.Events)
		}
	}
	if builds[0] == builds[1] {
		t.Errorf("built = %v, want exactly one build", builds)
	}
}

// TestActorsJoinBuiltin checks that the actors can be named by a gazetteer, as
// the briefing benchmark does.
func TestActorsJoinBuiltin(t *testing.T) {
	g, err := coder.Builtin().With(Actors())
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := g.Actor(ActorID(NumActors - 1)); !ok || a.Name != "Actor A199" {
		t.Errorf("Actor(%s) = %+v, %v", ActorID(NumActors-1), a, ok)
	}
}
