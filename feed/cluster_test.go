package feed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// TestClusterWithinOneFeed: near-duplicates arriving in one poll join one
// cluster even though the store chose its ID mid-batch, and the same text
// dated outside the cluster window starts a story of its own.
func TestClusterWithinOneFeed(t *testing.T) {
	stories := loadStories(t)
	wire, daily := stories[0], stories[1]
	item := func(guid, date string, s story) string {
		return fmt.Sprintf("<item><guid>%s</guid><title>%s</title><pubDate>%s</pubDate><description>%s</description></item>",
			guid, s.title, date, s.text)
	}
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>` +
		item("urn:t:1", "Mon, 23 Nov 2026 08:00:00 GMT", wire) +
		item("urn:t:2", "Mon, 23 Nov 2026 09:00:00 GMT", daily) +
		item("urn:t:3", "Fri, 13 Nov 2026 09:00:00 GMT", daily) +
		`</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(body))
	}))
	defer srv.Close()
	store := newMemStore()
	sum, err := NewWatcher(store, wordCoder{}, testOptions(t)).PollOnce(context.Background(), []Source{{Name: "t", URL: srv.URL}}, nil)
	if err != nil || sum.NewArticles != 3 || sum.Clustered != 1 {
		t.Fatalf("PollOnce = %+v, %v; want 3 new, 1 clustered", sum, err)
	}
	cluster := map[string]int64{}
	for _, a := range store.all() {
		cluster[strings.TrimPrefix(a.GUID, "urn:t:")] = a.ClusterID
	}
	if cluster["1"] != cluster["2"] || cluster["3"] == cluster["1"] {
		t.Errorf("clusters %v, want 1 and 2 together, 3 apart", cluster)
	}
	// Item 2 needs the cluster the store gives item 1: the poll stores item 1
	// alone, then items 2 and 3 together.
	if store.transactions != 2 {
		t.Errorf("%d transactions, want 2", store.transactions)
	}
}

// TestPollBatchesTransactions: a poll stores its articles many to a
// transaction, at most maxBatch each.
func TestPollBatchesTransactions(t *testing.T) {
	tests := []struct {
		items, wantTx int
	}{
		{1, 1},
		{maxBatch, 1},
		{maxBatch + 1, 2},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.items), func(t *testing.T) {
			body := distinctFeed(tt.items)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write(body) }))
			defer srv.Close()
			store := newMemStore()
			w := NewWatcher(store, wordCoder{}, testOptions(t))
			sum, err := w.PollOnce(context.Background(), []Source{{Name: "t", URL: srv.URL}}, nil)
			if err != nil || sum.NewArticles != tt.items || sum.Clustered != 0 {
				t.Fatalf("PollOnce = %+v, %v; want %d new, none clustered", sum, err, tt.items)
			}
			if store.transactions != tt.wantTx {
				t.Errorf("%d transactions, want %d", store.transactions, tt.wantTx)
			}
		})
	}
}

// distinctFeed is an RSS feed of n articles of random words, all different
// stories, dated the day before testOptions' clock.
func distinctFeed(n int) []byte {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
	for i := range n {
		words := make([]string, 40)
		for j := range words {
			words[j] = fmt.Sprintf("w%d", r.IntN(100000))
		}
		fmt.Fprintf(&b, "<item><guid>urn:d:%d</guid><title>Story %d</title><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>%s</description></item>",
			i, i, strings.Join(words, " "))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// TestFingerprintIndex: the index reads once what it covers, then only the
// articles stored since, whoever stored them; it forgets what is older than
// its bound and reloads from the store when asked for an earlier time.
func TestFingerprintIndex(t *testing.T) {
	ctx := context.Background()
	store := newMemStore()
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	add := func(d int) {
		t.Helper()
		a := briefbot.Article{GUID: fmt.Sprint("urn:", d, ":", len(store.all())), Published: day(d), SimHash: uint64(d)}
		if _, err := store.AddArticles(ctx, []storage.ArticleWithEvents{{Article: a}}); err != nil {
			t.Fatal(err)
		}
	}
	dates := func(x *fingerprintIndex) []int {
		var out []int
		for _, fp := range x.fps {
			out = append(out, fp.Published.Day())
		}
		return out
	}
	var x fingerprintIndex
	check := func(step string, want []int, wantReads int) {
		t.Helper()
		if got := dates(&x); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: index holds days %v, want %v", step, got, want)
		}
		if store.fingerprintReads != wantReads {
			t.Errorf("%s: %d reads from the store, want %d", step, store.fingerprintReads, wantReads)
		}
	}
	add(10)
	add(20)
	if err := x.refresh(ctx, store, day(15)); err != nil {
		t.Fatal(err)
	}
	check("first refresh", []int{20}, 1)

	add(21) // stored by someone else between polls
	add(12) // older than the index covers
	if err := x.refresh(ctx, store, day(16)); err != nil {
		t.Fatal(err)
	}
	check("incremental refresh", []int{20, 21}, 2)

	x.prune(day(21))
	check("prune", []int{21}, 2)
	x.prune(day(5)) // never widens what the index claims to hold
	if err := x.refresh(ctx, store, day(21)); err != nil {
		t.Fatal(err)
	}
	check("refresh within the bound", []int{21}, 3)

	if err := x.refresh(ctx, store, day(11)); err != nil {
		t.Fatal(err)
	}
	check("refresh before the bound", []int{20, 21, 12}, 4) // in id order
}

// TestWatcherPrunesFingerprints: after a poll the watcher keeps in memory
// only the fingerprints of articles published within two cluster windows
// of now.
func TestWatcherPrunesFingerprints(t *testing.T) {
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
		<item><guid>urn:old</guid><title>Old</title><pubDate>Sat, 14 Nov 2026 08:00:00 GMT</pubDate><description>an old story</description></item>
		<item><guid>urn:new</guid><title>New</title><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>a new story</description></item>
		</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(body)) }))
	defer srv.Close()
	o := testOptions(t)
	w := NewWatcher(newMemStore(), wordCoder{}, o)
	sum, err := w.PollOnce(context.Background(), []Source{{Name: "t", URL: srv.URL}}, nil)
	if err != nil || sum.NewArticles != 2 {
		t.Fatalf("PollOnce = %+v, %v; want 2 new", sum, err)
	}
	bound := o.Clock().Add(-2 * 72 * time.Hour)
	if len(w.fps.fps) != 1 || w.fps.fps[0].Published.Day() != 23 || !w.fps.since.Equal(bound) {
		t.Errorf("index since %s holds %+v; want since %s, the new article only", w.fps.since, w.fps.fps, bound)
	}
}

// TestNearestNeedsTheSameDevelopments: a near-duplicate text within the
// window joins a story only if their news developments agree.
func TestNearestNeedsTheSameDevelopments(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	dev := func(typ briefbot.EventType, src, tgt string, d int) briefbot.DevelopmentDay {
		return briefbot.DevelopmentDay{Key: briefbot.DevelopmentKey{Type: typ, Source: src, Target: tgt, Family: string(typ)}, Day: day.AddDate(0, 0, d)}
	}
	accusation := dev(briefbot.Accusation, "IRN", "PAK", 0)
	stored := []storage.Fingerprint{{ArticleID: 1, SimHash: 0b1111, Published: day.Add(9 * time.Hour), Developments: []briefbot.DevelopmentDay{accusation}}}
	tests := []struct {
		name string
		devs []briefbot.DevelopmentDay
		hash uint64
		at   time.Duration // after the stored article
		want int
	}{
		{"same development", []briefbot.DevelopmentDay{accusation}, 0b1110, time.Hour, 0},
		{"same development, restated the next day", []briefbot.DevelopmentDay{dev(briefbot.Accusation, "IRN", "PAK", 1)}, 0b1110, 20 * time.Hour, 0},
		{"one of several in common", []briefbot.DevelopmentDay{dev(briefbot.Denial, "PAK", "IRN", 0), accusation}, 0b1110, time.Hour, 0},
		{"a quiet copy", nil, 0b1110, time.Hour, 0},
		{"other developments: a follow-up reusing the text", []briefbot.DevelopmentDay{dev(briefbot.Denial, "PAK", "IRN", 2)}, 0b1110, 40 * time.Hour, -1},
		{"the same kind of act days later", []briefbot.DevelopmentDay{dev(briefbot.Accusation, "IRN", "PAK", 3)}, 0b1110, 60 * time.Hour, -1},
		{"outside the window", []briefbot.DevelopmentDay{accusation}, 0b1110, 80 * time.Hour, -1},
		{"another text", []briefbot.DevelopmentDay{accusation}, ^uint64(0b1111), time.Hour, -1},
	}
	for _, tt := range tests {
		fp := storage.Fingerprint{SimHash: tt.hash, Published: stored[0].Published.Add(tt.at), Developments: tt.devs}
		if got := nearest(stored, fp, 72*time.Hour, 10); got != tt.want {
			t.Errorf("%s: nearest = %d, want %d", tt.name, got, tt.want)
		}
	}
}
