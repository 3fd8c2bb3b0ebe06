package storage

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

func TestAddArticleUniqueness(t *testing.T) {
	tests := []struct {
		name       string
		first      briefbot.Article
		second     briefbot.Article
		wantSecond bool // stored as a new article
	}{
		{"same link", briefbot.Article{Link: "https://x.test/1", GUID: "g1"}, briefbot.Article{Link: "https://x.test/1", GUID: "g2"}, false},
		{"same GUID, other link", briefbot.Article{Link: "https://x.test/1", GUID: "g1"}, briefbot.Article{Link: "https://x.test/2", GUID: "g1"}, false},
		{"same link, no GUIDs", briefbot.Article{Link: "https://x.test/1"}, briefbot.Article{Link: "https://x.test/1"}, false},
		{"empty GUIDs do not collide", briefbot.Article{Link: "https://x.test/1"}, briefbot.Article{Link: "https://x.test/2"}, true},
		{"empty links do not collide", briefbot.Article{GUID: "g1"}, briefbot.Article{GUID: "g2"}, true},
		{"different link and GUID", briefbot.Article{Link: "https://x.test/1", GUID: "g1"}, briefbot.Article{Link: "https://x.test/2", GUID: "g2"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t)
			tt.first.Published = at(0, 1)
			firstID := mustAdd(t, s, tt.first, ev("accusation", "IRN", "PAK"))
			tt.second.Published = at(0, 2)
			id, inserted, err := s.AddArticle(ctx, tt.second, []briefbot.Event{ev("denial", "PAK", "IRN")})
			if err != nil {
				t.Fatal(err)
			}
			if inserted != tt.wantSecond {
				t.Errorf("inserted = %v, want %v", inserted, tt.wantSecond)
			}
			if !tt.wantSecond && id != firstID {
				t.Errorf("duplicate returned id %d, want the stored article's %d", id, firstID)
			}
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			wantN := 1
			if tt.wantSecond {
				wantN = 2
			}
			if st.Articles != wantN || st.Events != wantN || st.Clusters != wantN {
				t.Errorf("stats = %+v, want %d articles, events and clusters", st, wantN)
			}
		})
	}
}

func TestAddArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	feed, err := s.UpsertFeed(ctx, "dawn", "https://dawn.test/rss", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := briefbot.Article{
		FeedID: feed.ID, GUID: "g", Link: "https://dawn.test/a", Title: "Title", Text: "Body text.",
		Tags: []string{"south-asia"}, Published: at(0, 5).Add(7), Fetched: at(0, 6),
		SimHash: math.MaxUint64 - 1, // the top bit set: stored as a negative int64
	}
	e := ev("escalation", "IRN", "jaish-al-adl")
	e.AltTargets, e.Code, e.Intensity = []string{"PAK"}, "strike", -9
	id := mustAdd(t, s, a, e)

	fps, err := s.Fingerprints(ctx, at(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(fps) != 1 || fps[0].ArticleID != id || fps[0].SimHash != a.SimHash || !fps[0].Published.Equal(a.Published) {
		t.Errorf("fingerprints = %+v", fps)
	}
	got, err := s.DevelopmentsByActor(ctx, "IRN", at(0, 0), at(1, 0), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := briefbot.Development{
		ID: got[0].ID, Type: e.Type, Source: e.Source, Target: e.Target, AltTargets: e.AltTargets,
		Day:  briefbot.Day(a.Published), // an event not dated by the coder happened on its article's day
		Code: e.Code, Evidence: e.Evidence, Confidence: e.Confidence, Intensity: e.Intensity,
		FirstSeen: a.Published, LastSeen: a.Published, Mentions: 1,
		Reports: []briefbot.Report{{ArticleID: id, Outlet: "dawn", Link: a.Link, Title: a.Title, Published: a.Published}}, // the feed's name, from its id
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("development = %+v\nwant %+v", got, want)
	}
	// An event the coder anchored earlier keeps its day and its background
	// flag: a background development, first seen today.
	old := ev("accusation", "IRN", "PAK")
	old.When, old.Background = at(-400, 13), true
	mustAdd(t, s, briefbot.Article{Link: "https://dawn.test/b", Published: at(0, 7)}, old)
	got, err = s.DevelopmentsSeen(ctx, at(0, 7), at(1, 0), Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[0].Day.Equal(at(-400, 0)) || !got[0].Background || !got[0].FirstSeen.Equal(at(0, 7)) {
		t.Errorf("background development = %+v, want it on the day 400 days before, flagged, first seen today", got)
	}
	found, err := s.SearchArticles(ctx, "body", 1)
	if err != nil {
		t.Fatal(err)
	}
	wantA := a
	wantA.ID, wantA.ClusterID, wantA.FeedName = id, fps[0].ClusterID, "dawn"
	if len(found) != 1 || !reflect.DeepEqual(found[0], wantA) {
		t.Errorf("search = %+v\nwant %+v", found, wantA)
	}
}

// TestAddArticleIsAtomic stores articles with one bad event among good ones:
// nothing of such an article may remain, not even its new cluster.
func TestAddArticleIsAtomic(t *testing.T) {
	tests := []struct {
		name    string
		article briefbot.Article
		bad     briefbot.Event
	}{
		{"unknown event type", briefbot.Article{Link: "https://x.test/1"}, ev("rumour", "IRN", "PAK")},
		{"event without source", briefbot.Article{Link: "https://x.test/2"}, ev("accusation", "", "PAK")},
		{"unknown cluster", briefbot.Article{Link: "https://x.test/3", ClusterID: 999}, ev("accusation", "IRN", "PAK")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTemp(t)
			_, _, err := s.AddArticle(ctx, tt.article, []briefbot.Event{ev("accusation", "IRN", "PAK"), tt.bad})
			if err == nil {
				t.Fatal("AddArticle accepted a bad event")
			}
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles != 0 || st.Events != 0 || st.Clusters != 0 {
				t.Errorf("after a failed add: %+v, want nothing stored", st)
			}
			if _, inserted, err := s.AddArticle(ctx, briefbot.Article{Link: tt.article.Link}, nil); err != nil || !inserted {
				t.Errorf("re-adding the link after the failure: inserted %v, %v", inserted, err)
			}
		})
	}
}

func TestImportArticles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/old", Published: at(0, 0)})
	items := []ArticleWithEvents{
		{briefbot.Article{Link: "https://x.test/1", Published: at(0, 1)}, []briefbot.Event{ev("accusation", "IRN", "PAK"), ev("denial", "PAK", "IRN")}},
		{briefbot.Article{Link: "https://x.test/old", Published: at(0, 2)}, []briefbot.Event{ev("accusation", "USA", "CHN")}},
		{briefbot.Article{Link: "https://x.test/2", Published: at(0, 3)}, []briefbot.Event{ev("escalation", "ISR", "LBN")}},
	}
	n, err := s.ImportArticles(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("inserted %d, want 2 (one duplicate)", n)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Articles: 3, Clusters: 3, Events: 3, EventsByType: map[string]int{"accusation": 1, "denial": 1, "escalation": 1}, Developments: 3}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("stats = %+v, want %+v", st, want)
	}

	// One bad item rolls back the whole import.
	bad := []ArticleWithEvents{
		{briefbot.Article{Link: "https://x.test/3"}, []briefbot.Event{ev("accusation", "IRN", "PAK")}},
		{briefbot.Article{Link: "https://x.test/4"}, []briefbot.Event{ev("nonsense", "IRN", "PAK")}},
	}
	if _, err := s.ImportArticles(ctx, bad); err == nil {
		t.Fatal("import with a bad event succeeded")
	}
	if st2, err := s.Stats(ctx); err != nil || !reflect.DeepEqual(st2, want) {
		t.Errorf("after failed import: %+v, %v; want unchanged %+v", st2, err, want)
	}
}

// TestAddArticles stores a batch whose items are new, duplicates of a stored
// article, duplicates of an earlier item, and members of a stored cluster:
// each item's result says what happened to it, and only new items bring
// their events and are searchable.
func TestAddArticles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	oldID := mustAdd(t, s, briefbot.Article{Link: "https://x.test/old", GUID: "old", Title: "Old", Published: at(0, 0)})
	fps, err := s.Fingerprints(ctx, at(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	oldCluster := fps[0].ClusterID
	items := []ArticleWithEvents{
		{briefbot.Article{Link: "https://x.test/1", GUID: "g1", Title: "Border talks resume", Published: at(0, 1)}, []briefbot.Event{ev("accusation", "IRN", "PAK")}},
		{briefbot.Article{Link: "https://x.test/old", GUID: "other", Published: at(0, 2)}, []briefbot.Event{ev("denial", "PAK", "IRN")}},
		{briefbot.Article{Link: "https://x.test/1-copy", GUID: "g1", Published: at(0, 3)}, []briefbot.Event{ev("denial", "PAK", "IRN")}},
		{briefbot.Article{Link: "https://x.test/2", Title: "Envoys return", Published: at(0, 4), ClusterID: oldCluster}, []briefbot.Event{ev("deescalation", "IRN", "PAK")}},
		{briefbot.Article{Link: "https://x.test/1", Published: at(0, 5)}, nil},
	}
	added, err := s.AddArticles(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != len(items) {
		t.Fatalf("%d results for %d items", len(added), len(items))
	}
	first := added[0]
	if !first.Inserted || first.ID == oldID || first.ClusterID == oldCluster {
		t.Errorf("new item: %+v, want a new article in a new cluster", first)
	}
	want := []Added{
		first,
		{ID: oldID, ClusterID: oldCluster}, // same link as the stored article
		{ID: first.ID, ClusterID: first.ClusterID}, // same GUID as item 0
		{ID: added[3].ID, ClusterID: oldCluster, Inserted: true},
		{ID: first.ID, ClusterID: first.ClusterID}, // same link as item 0
	}
	if !reflect.DeepEqual(added, want) {
		t.Errorf("added = %+v\nwant %+v", added, want)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantStats := Stats{Articles: 3, Clusters: 2, Events: 2, EventsByType: map[string]int{"accusation": 1, "deescalation": 1}, Developments: 2}
	if !reflect.DeepEqual(st, wantStats) {
		t.Errorf("stats = %+v, want %+v", st, wantStats)
	}
	for _, q := range []string{"border", "envoys"} {
		if found, err := s.SearchArticles(ctx, q, 0); err != nil || len(found) != 1 {
			t.Errorf("search %q after AddArticles = %d articles, %v; want 1", q, len(found), err)
		}
	}
	if added, err := s.AddArticles(ctx, nil); err != nil || len(added) != 0 {
		t.Errorf("empty batch = %v, %v", added, err)
	}
}

// TestFingerprintsAfter reads the fingerprints of articles stored after an id,
// as the feed watcher does between polls.
func TestFingerprintsAfter(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var ids []int64
	for i, h := range []int{5, 1, 9} {
		ids = append(ids, mustAdd(t, s, briefbot.Article{Link: fmt.Sprintf("https://x.test/%d", i), Published: at(0, h), SimHash: uint64(i + 1)}))
	}
	tests := []struct {
		name    string
		afterID int64
		since   time.Time
		want    []int64
	}{
		{"all", 0, time.Time{}, ids},
		{"after the first", ids[0], time.Time{}, ids[1:]},
		{"after the last", ids[2], time.Time{}, nil},
		{"published since 02:00, in id order", 0, at(0, 2), []int64{ids[0], ids[2]}},
		{"both bounds", ids[0], at(0, 2), []int64{ids[2]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fps, err := s.FingerprintsAfter(ctx, tt.afterID, tt.since)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, fp := range fps {
				got = append(got, fp.ArticleID)
				if fp.ClusterID == 0 || fp.SimHash == 0 || fp.Published.IsZero() {
					t.Errorf("incomplete fingerprint %+v", fp)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ids = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSearchArticles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/1", Title: "Ceasefire holds in the north", Text: "Both sides kept the truce."})
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/2", Title: "Ceasefire talks", Text: "Ceasefire ceasefire, envoys said."})
	mustAdd(t, s, briefbot.Article{Link: "https://x.test/3", Title: "Markets", Text: "Stocks fell."})
	tests := []struct {
		query string
		limit int
		want  []string
	}{
		{"ceasefire", 0, []string{"https://x.test/2", "https://x.test/1"}}, // more mentions rank first
		{"ceasefire", 1, []string{"https://x.test/2"}},
		{"ceasefire truce", 0, []string{"https://x.test/1"}},
		{"CEASEFIRE", 0, []string{"https://x.test/2", "https://x.test/1"}},
		{`"unbalanced AND (`, 0, nil}, // FTS5 syntax in user input is just words
		{"stocks", 0, []string{"https://x.test/3"}},
		{"   ", 0, nil},
	}
	for _, tt := range tests {
		got, err := s.SearchArticles(ctx, tt.query, tt.limit)
		if err != nil {
			t.Errorf("search %q: %v", tt.query, err)
			continue
		}
		var links []string
		for _, a := range got {
			links = append(links, a.Link)
		}
		if !reflect.DeepEqual(links, tt.want) {
			t.Errorf("search %q limit %d = %v, want %v", tt.query, tt.limit, links, tt.want)
		}
	}
}

func TestFingerprints(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	strike := ev("escalation", "IRN", "PAK")
	strike.Code = "strike"
	old := ev("accusation", "IRN", "PAK")
	old.Background = true
	first := mustAdd(t, s, briefbot.Article{FeedName: "dawn", Link: "https://x.test/1", Title: "One", Published: at(0, 2)}, strike, old)
	mustAdd(t, s, briefbot.Article{FeedName: "bbc", Link: "https://x.test/2", Title: "Two", Published: at(0, 1)})
	third := mustAdd(t, s, briefbot.Article{FeedName: "aje", Link: "https://x.test/3", Title: "Three", Published: at(1, 0)})

	fps, err := s.Fingerprints(ctx, at(0, 2))
	if err != nil {
		t.Fatal(err)
	}
	wantDevs := []briefbot.DevelopmentDay{{Key: briefbot.DevelopmentKey{Type: "escalation", Source: "IRN", Target: "PAK", Family: "force"}, Day: at(0, 0)}}
	if len(fps) != 2 || fps[0].ArticleID != first || !fps[1].Published.Equal(at(1, 0)) ||
		!reflect.DeepEqual(fps[0].Developments, wantDevs) || fps[1].Developments != nil {
		t.Errorf("fingerprints since day 0 02:00 = %+v, want articles 1 with its news development and 3", fps)
	}
	after, err := s.FingerprintsAfter(ctx, first, at(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != 2 || after[1].ArticleID != third {
		t.Errorf("fingerprints after article 1 = %+v, want articles 2 and 3", after)
	}
}
