package feed

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// openTestStore opens a fresh database in a temporary directory.
func openTestStore(t testing.TB) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "feed.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestWithStorage runs the watcher with the real store and coder over the
// sample feeds: articles, clusters, events and feed state all land in the
// database, and nothing is stored twice across a restart.
func TestWithStorage(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t)
	c := coder.New(coder.Builtin())
	srv := serveSample(t)
	sources, err := SampleSources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	o := testOptions(t)
	sum, err := NewWatcher(st, Builtin(c), o).PollOnce(ctx, sources, nil)
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, n := range sum.EventsByType {
		events += n
	}
	if sum.FeedsOK != len(sources) || sum.NewArticles < 60 || sum.Clustered == 0 || events == 0 {
		t.Fatalf("summary %+v, want every feed ok, 60+ articles, clusters and events", sum)
	}

	fps, err := st.Fingerprints(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fps) != sum.NewArticles {
		t.Errorf("%d articles in the store, %d reported new", len(fps), sum.NewArticles)
	}
	clusters := map[int64]int{}
	for _, fp := range fps {
		clusters[fp.ClusterID]++
	}
	if len(clusters) != sum.NewArticles-sum.Clustered {
		t.Errorf("%d clusters, want %d", len(clusters), sum.NewArticles-sum.Clustered)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Events != events || stats.Developments == 0 || stats.Developments >= events {
		t.Errorf("%d events and %d developments stored, %d events reported: want them all, merged into fewer developments", stats.Events, stats.Developments, events)
	}
	feeds, err := st.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if f.ETag == "" || !f.NextPoll.After(o.Clock()) || f.LastSuccess.IsZero() || f.ErrorCount != 0 {
			t.Errorf("feed %s state not saved: %+v", f.Name, f)
		}
	}

	// A restarted watcher sends the stored validators and gets 304s; one
	// made to fetch the bodies again (no validators) stores nothing new.
	sum, err = NewWatcher(st, Builtin(c), o).PollOnce(ctx, sources, nil)
	if err != nil || sum.NewArticles != 0 || sum.Duplicates != 0 {
		t.Errorf("after restart: %+v, %v; want 304s", sum, err)
	}
	for _, f := range feeds {
		f.ETag, f.LastModified = "", ""
		if err := st.SaveFeedState(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	sum, err = NewWatcher(st, Builtin(c), o).PollOnce(ctx, sources, nil)
	if err != nil || sum.NewArticles != 0 || sum.Duplicates < 60 {
		t.Errorf("refetch: %+v, %v; want only duplicates", sum, err)
	}
}

// Coding through Builtin costs what calling the built-in coder does: the
// context costs no allocation.
func TestBuiltinAddsNoAllocations(t *testing.T) {
	c := coder.New(coder.Builtin())
	a := briefbot.Article{Title: "Chad expels Sudan's envoy", Text: "Chad accused Sudan of arming rebels. Khartoum denied it."}
	ctx := context.Background()
	direct := testing.AllocsPerRun(50, func() { c.Code(a) })
	wrapped := Builtin(c)
	through := testing.AllocsPerRun(50, func() { wrapped.Code(ctx, a) })
	if through != direct {
		t.Errorf("%v allocations through Builtin, %v calling the coder", through, direct)
	}
}
