package briefing

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// openStore opens a store in a temporary directory with the built-in actors.
func openStore(t testing.TB) *storage.Store {
	t.Helper()
	return openStoreAt(t, filepath.Join(t.TempDir(), "briefbot.db"))
}

func openStoreAt(t testing.TB, path string) *storage.Store {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SyncActors(ctx, coder.Builtin().Actors()); err != nil {
		t.Fatal(err)
	}
	return s
}

// copyInto stores the fake's articles and events in s, story by story, so
// that each fake cluster becomes one stored cluster.
func copyInto(t *testing.T, f *fakeStore, s *storage.Store) {
	t.Helper()
	ctx := context.Background()
	clusters := make([]int64, 0, len(f.articles))
	for id := range f.articles {
		clusters = append(clusters, id)
	}
	slices.Sort(clusters)
	for _, fakeID := range clusters {
		var stored int64
		for _, src := range f.articles[fakeID] {
			var events []briefbot.Event
			for _, e := range f.events {
				if e.Link == src.Link {
					events = append(events, e)
				}
			}
			a := briefbot.Article{ClusterID: stored, FeedName: src.FeedName, Link: src.Link, Title: src.Title, Published: src.Published}
			id, _, err := s.AddArticle(ctx, a, events)
			if err != nil {
				t.Fatal(err)
			}
			if stored == 0 {
				fps, err := s.Fingerprints(ctx, src.Published)
				if err != nil {
					t.Fatal(err)
				}
				for _, fp := range fps {
					if fp.ArticleID == id {
						stored = fp.ClusterID
					}
				}
			}
		}
	}
}

// TestComposeOverStorage composes the scenario from a real store and checks
// it renders exactly as the fake's: the fake's semantics are the store's.
func TestComposeOverStorage(t *testing.T) {
	f := scenario()
	s := openStore(t)
	copyInto(t, f, s)
	for _, filter := range []storage.Filter{{}, {Regions: []string{"south-asia"}}, {Actors: []string{"AFG"}}, {Regions: []string{"europe"}}} {
		r := window()
		r.Filter = filter
		fromFake := compose(t, f, Composer{}, r)
		fromStore, err := (&Composer{Store: s, Gazetteer: coder.Builtin()}).Compose(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		got, want := Render(fromStore, Plain)[0], Render(fromFake, Plain)[0]
		if got != want {
			t.Errorf("filter %+v: from storage\n%s\n\nfrom the fake\n%s", filter, got, want)
		}
		if filter.Regions == nil && filter.Actors == nil && !strings.Contains(got, "denied Iran's 18 Nov accusation") {
			t.Errorf("the stored scenario lost its denial link:\n%s", got)
		}
	}
}
