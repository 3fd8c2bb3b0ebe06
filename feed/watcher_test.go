package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/metrics"
)

// TestBadFeeds polls a good feed next to each kind of broken one: the broken
// one fails with a clear error and is rescheduled, the good one is stored.
func TestBadFeeds(t *testing.T) {
	rss := func(w http.ResponseWriter) { w.Header().Set("Content-Type", "application/rss+xml") }
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		want     string        // in the error
		retryMin time.Duration // the next poll is at least this far off
	}{
		{"malformed XML", func(w http.ResponseWriter, _ *http.Request) {
			rss(w)
			w.Write(fixture(t, "malformed.xml"))
		}, "parse feed", time.Minute},
		{"HTML page", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(fixture(t, "page.html"))
		}, "not a feed: the server sent an HTML page", time.Minute},
		{"endless body", func(w http.ResponseWriter, r *http.Request) {
			rss(w)
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel>`)
			chunk := strings.Repeat("<item><title>again</title></item>\n", 100)
			for r.Context().Err() == nil {
				if _, err := io.WriteString(w, chunk); err != nil {
					return
				}
			}
		}, "feed body too large", time.Minute},
		{"gzip bomb", func(w http.ResponseWriter, _ *http.Request) {
			rss(w)
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>`))
			zw.Write(make([]byte, 1<<20))
			zw.Close()
		}, "feed body too large", time.Minute},
		{"never answers", func(_ http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}, "no answer within 2s", time.Minute},
		{"404", func(w http.ResponseWriter, _ *http.Request) {
			http.NotFound(w, nil)
		}, "HTTP 404 Not Found", time.Minute},
		{"429 with Retry-After seconds", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", "7200")
			w.WriteHeader(http.StatusTooManyRequests)
		}, "HTTP 429 Too Many Requests (retry after 2h0m0s)", 2 * time.Hour},
		{"503 with Retry-After date", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", time.Date(2026, 11, 24, 12, 30, 0, 0, time.UTC).Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		}, "HTTP 503 Service Unavailable (retry after 30m0s)", 30 * time.Minute},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
		}, "stopped after 5 redirects", time.Minute},
		{"unknown encoding", func(w http.ResponseWriter, _ *http.Request) {
			rss(w)
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte("not really brotli"))
		}, `unsupported Content-Encoding "br"`, time.Minute},
	}
	good := serveFixture(t, "good.rss", "application/rss+xml")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := httptest.NewServer(tc.handler)
			defer bad.Close()
			store := newMemStore()
			o := testOptions(t) // a timeout of seconds: decompressing a bomb under -race takes a while
			o.MaxBodyBytes = 64 << 10
			now := o.Clock()
			w := NewWatcher(store, wordCoder{}, o)
			errorsBefore := counterValue(t, "error")

			var results []Result
			sum, err := w.PollOnce(context.Background(), []Source{
				{Name: "good", URL: good.URL},
				{Name: "bad", URL: bad.URL + "/feed"},
			}, func(r Result) { results = append(results, r) })
			if err != nil {
				t.Fatal(err)
			}
			if sum.FeedsOK != 1 || sum.FeedsFailed != 1 || sum.NewArticles != 2 {
				t.Errorf("summary = %+v, want 1 ok, 1 failed, 2 new", sum)
			}
			if len(results) != 2 {
				t.Fatalf("progress called %d times, want 2", len(results))
			}
			f := store.feed("bad")
			if !strings.Contains(f.LastError, tc.want) {
				t.Errorf("last error = %q, want it to contain %q", f.LastError, tc.want)
			}
			if f.ErrorCount != 1 || !f.FailingSince.Equal(now) {
				t.Errorf("error count %d, failing since %s; want 1, now", f.ErrorCount, f.FailingSince)
			}
			if got := f.NextPoll.Sub(now); got < tc.retryMin {
				t.Errorf("next poll in %s, want at least %s", got, tc.retryMin)
			}
			if got := counterValue(t, "error") - errorsBefore; got != 1 {
				t.Errorf("error polls counted %v, want 1", got)
			}
		})
	}
}

// TestFailingFeedIsNeverDisabled: a feed failing for days, with 410s or
// 500s, is polled again and again, backing off up to MaxBackoff, and
// recovers by itself with its first good poll.
func TestFailingFeedIsNeverDisabled(t *testing.T) {
	for _, status := range []int{http.StatusGone, http.StatusInternalServerError} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			var hits atomic.Int32
			var healthy atomic.Bool
			good := fixture(t, "good.rss")
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				hits.Add(1)
				if healthy.Load() {
					w.Write(good)
					return
				}
				w.WriteHeader(status)
			}))
			defer srv.Close()
			store := newMemStore()
			o := testOptions(t)
			now := o.Clock()
			o.Clock = func() time.Time { return now }
			w := NewWatcher(store, wordCoder{}, o)
			src := []Source{{Name: "dying", URL: srv.URL}}
			start := now
			var waits []time.Duration
			for range 20 {
				if _, err := w.PollOnce(context.Background(), src, nil); err != nil {
					t.Fatal(err)
				}
				f := store.feed("dying")
				waits = append(waits, f.NextPoll.Sub(now))
				if !f.FailingSince.Equal(start) || !strings.Contains(f.LastError, http.StatusText(status)) {
					t.Fatalf("state %+v, want failing since the first failure, saying why", f)
				}
				now = f.NextPoll
			}
			if got := int(hits.Load()); got != 20 {
				t.Errorf("server hit %d times, want every poll", got)
			}
			if waits[0] != time.Minute || waits[1] != 2*time.Minute || waits[19] != 6*time.Hour {
				t.Errorf("backoff %v, want 1m doubling up to the 6h cap", waits)
			}

			healthy.Store(true)
			sum, err := w.PollOnce(context.Background(), src, nil)
			if err != nil || sum.FeedsOK != 1 {
				t.Fatal(sum, err)
			}
			if f := store.feed("dying"); f.ErrorCount != 0 || f.LastError != "" || !f.FailingSince.IsZero() || !f.LastSuccess.Equal(now) {
				t.Errorf("after a good poll: %+v, want well again", f)
			}
		})
	}
}

// TestURLChange: a failing feed given a new URL in the config starts
// afresh, without the old URL's validators and errors.
func TestURLChange(t *testing.T) {
	var sawValidator atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sawValidator.Store(r.Header.Get("If-None-Match") != "")
		w.Write(fixture(t, "good.rss"))
	}))
	defer srv.Close()
	store := newMemStore()
	f, _ := store.UpsertFeed(context.Background(), "moved", "https://old.example/rss", nil)
	f.FailingSince, f.ErrorCount, f.LastError, f.ETag = time.Now(), 3, "HTTP 410 Gone", `"old"`
	store.SaveFeedState(context.Background(), f)

	sum, err := NewWatcher(store, wordCoder{}, testOptions(t)).PollOnce(context.Background(), []Source{{Name: "moved", URL: srv.URL}}, nil)
	if err != nil || sum.FeedsOK != 1 || sum.NewArticles != 2 {
		t.Fatalf("PollOnce = %+v, %v; want the moved feed polled", sum, err)
	}
	if sawValidator.Load() {
		t.Error("the old URL's ETag was sent to the new one")
	}
	if f := store.feed("moved"); !f.FailingSince.IsZero() || f.ErrorCount != 0 || f.URL != srv.URL {
		t.Errorf("state %+v, want a fresh, well feed", f)
	}
}

// TestConditionalGet: validators from one poll are sent on the next, and a
// 304 keeps the feed healthy without parsing anything.
func TestConditionalGet(t *testing.T) {
	body := fixture(t, "good.rss")
	const lastMod = "Mon, 23 Nov 2026 10:00:00 GMT"
	tests := []struct {
		name      string
		validator func(h http.Header) // sets the validator on a 200
		fresh     func(r *http.Request) bool
	}{
		{"ETag", func(h http.Header) { h.Set("ETag", `"v1"`) },
			func(r *http.Request) bool { return r.Header.Get("If-None-Match") == `"v1"` }},
		{"Last-Modified", func(h http.Header) { h.Set("Last-Modified", lastMod) },
			func(r *http.Request) bool { return r.Header.Get("If-Modified-Since") == lastMod }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var requests []http.Header
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests = append(requests, r.Header.Clone())
				if tc.fresh(r) {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				tc.validator(w.Header())
				w.Write(body)
			}))
			defer srv.Close()
			store := newMemStore()
			w := NewWatcher(store, wordCoder{}, testOptions(t))
			src := []Source{{Name: "cond", URL: srv.URL}}
			var last Result
			for range 2 {
				if _, err := w.PollOnce(context.Background(), src, func(r Result) { last = r }); err != nil {
					t.Fatal(err)
				}
			}
			if !last.NotModified || last.Err != nil {
				t.Errorf("second poll: %+v, want not modified", last)
			}
			if n := len(store.all()); n != 2 {
				t.Errorf("%d articles stored, want 2", n)
			}
			h := requests[0]
			if ua := h.Get("User-Agent"); !strings.Contains(ua, "briefbot") || !strings.Contains(ua, "https://") {
				t.Errorf("User-Agent %q should name briefbot and a URL", ua)
			}
			if f := store.feed("cond"); f.ErrorCount != 0 || f.LastSuccess.IsZero() {
				t.Errorf("feed state after 304: %+v", f)
			}
		})
	}
}

// TestGzip: the watcher asks for gzip and decodes it itself.
func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(fixture(t, "good.rss"))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip only", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	store := newMemStore()
	sum, err := NewWatcher(store, wordCoder{}, testOptions(t)).PollOnce(context.Background(), []Source{{Name: "z", URL: srv.URL}}, nil)
	if err != nil || sum.NewArticles != 2 {
		t.Fatalf("PollOnce = %+v, %v; want 2 new articles", sum, err)
	}
}

// TestNextPoll: the next poll after a good one follows the interval,
// stretched by the feed's TTL and the server's cache lifetime.
func TestNextPoll(t *testing.T) {
	date := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		file     string
		interval time.Duration
		headers  map[string]string
		want     time.Duration
	}{
		{"interval", "good.json", 30 * time.Minute, nil, 30 * time.Minute},
		{"default interval", "good.json", 0, nil, 15 * time.Minute},
		{"interval under the floor", "good.json", 10 * time.Second, nil, time.Minute},
		{"RSS ttl longer than interval", "good.rss", 15 * time.Minute, nil, 90 * time.Minute},
		{"interval longer than ttl", "good.rss", 2 * time.Hour, nil, 2 * time.Hour},
		{"max-age", "good.json", 15 * time.Minute, map[string]string{"Cache-Control": "public, max-age=3600"}, time.Hour},
		{"max-age beats Expires", "good.json", 15 * time.Minute, map[string]string{
			"Cache-Control": "max-age=1800", "Expires": date.Add(5 * time.Hour).Format(http.TimeFormat)}, 30 * time.Minute},
		{"Expires against Date", "good.json", 15 * time.Minute, map[string]string{
			"Date": date.Add(-time.Hour).Format(http.TimeFormat), "Expires": date.Format(http.TimeFormat)}, time.Hour},
		{"hint capped", "good.json", 15 * time.Minute, map[string]string{"Cache-Control": "max-age=9999999"}, 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := fixture(t, tc.file)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				for k, v := range tc.headers {
					w.Header().Set(k, v)
				}
				w.Write(body)
			}))
			defer srv.Close()
			o := testOptions(t)
			var res Result
			if _, err := NewWatcher(newMemStore(), wordCoder{}, o).PollOnce(context.Background(),
				[]Source{{Name: "f", URL: srv.URL, Interval: tc.interval}}, func(r Result) { res = r }); err != nil {
				t.Fatal(err)
			}
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if got := res.NextPoll.Sub(o.Clock()); got != tc.want {
				t.Errorf("next poll in %s, want %s", got, tc.want)
			}
		})
	}
}

// TestSparseItems: items without a date take the fetch time, items without
// a link are known by their GUID, relative links are resolved, and an item
// with neither link nor GUID is skipped.
func TestSparseItems(t *testing.T) {
	srv := serveFixture(t, "sparse.rss", "application/rss+xml")
	store := newMemStore()
	o := testOptions(t)
	sum, err := NewWatcher(store, wordCoder{}, o).PollOnce(context.Background(),
		[]Source{{Name: "sparse", URL: srv.URL + "/feed.xml", Tags: []string{"test"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != 4 || sum.Skipped != 1 || sum.FeedsOK != 1 {
		t.Errorf("summary %+v, want 4 new, 1 skipped, feed ok", sum)
	}
	byTitle := map[string]struct{ link, guid string }{}
	for _, a := range store.all() {
		byTitle[a.Title] = struct{ link, guid string }{a.Link, a.GUID}
		if a.Title == "No date here" && !a.Published.Equal(o.Clock()) {
			t.Errorf("undated item published %s, want the fetch time", a.Published)
		}
		if a.FeedName != "sparse" || len(a.Tags) != 1 || a.FeedID == 0 {
			t.Errorf("article %q: feed %q tags %v id %d", a.Title, a.FeedName, a.Tags, a.FeedID)
		}
	}
	want := map[string]struct{ link, guid string }{
		"No date here":                   {"https://sparse.example/no-date", "https://sparse.example/no-date"},
		"No link, only a permalink GUID": {"https://sparse.example/by-guid", "https://sparse.example/by-guid"},
		"No link, opaque GUID":           {"", "briefbot:sparse:item-42"},
		"Relative link":                  {srv.URL + "/stories/relative", srv.URL + "/stories/relative"},
	}
	for title, w := range want {
		if got := byTitle[title]; got != w {
			t.Errorf("%q: link, guid = %q, want %q", title, got, w)
		}
	}
}

// countingCoder counts the articles it codes.
type countingCoder struct {
	wordCoder
	n atomic.Int32
}

func (c *countingCoder) Code(ctx context.Context, a briefbot.Article) []briefbot.Event {
	c.n.Add(1)
	return c.wordCoder.Code(ctx, a)
}

// TestStoreOnce: a re-poll stores nothing twice and does not code again;
// the same story reworded by another outlet joins the first one's cluster;
// events are stored with their article.
func TestStoreOnce(t *testing.T) {
	const story = `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>
<item><title>%s</title><link>%s</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>%s</description></item>
</channel></rss>`
	text := "The harbour master of the northern port said on Monday that the freighter had discharged oily ballast water " +
		"two miles offshore during the night, and that inspectors would board the ship when it docks on Wednesday. " +
		"The shipping line has not commented on the accusation."
	reworded := strings.Replace(text, "on Monday", "late on Monday", 1)
	reworded = strings.Replace(reworded, "has not commented", "did not comment", 1)
	serve := func(feedTitle, title, link, desc string) *httptest.Server {
		body := []byte(fmt.Sprintf(story, feedTitle, title, link, desc))
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write(body) }))
		t.Cleanup(srv.Close)
		return srv
	}
	a := serve("A", "Harbour master accuses freighter of dumping ballast", "https://a.example/ballast?utm_source=x", text)
	b := serve("B", "Harbour master accuses freighter of dumping ballast water", "https://b.example/2026/ballast", reworded)
	store := newMemStore()
	c := &countingCoder{}
	w := NewWatcher(store, c, testOptions(t))
	srcs := []Source{{Name: "a", URL: a.URL}, {Name: "b", URL: b.URL}}

	sum, err := w.PollOnce(context.Background(), srcs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != 2 || sum.Clustered != 1 || sum.EventsByType["accusation"] != 2 {
		t.Errorf("first poll: %+v, want 2 new, 1 clustered, 2 accusations", sum)
	}
	arts := store.all()
	if len(arts) != 2 || arts[0].ClusterID != arts[1].ClusterID {
		t.Errorf("articles %+v, want two in one cluster", arts)
	}
	for _, art := range arts {
		if evs := store.events[art.ID]; len(evs) != 1 {
			t.Errorf("article %d events %+v, want one", art.ID, evs)
		}
	}
	sum, err = w.PollOnce(context.Background(), srcs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != 0 || sum.Duplicates != 2 {
		t.Errorf("second poll: %+v, want 0 new, 2 duplicates", sum)
	}
	if n := c.n.Load(); n != 2 {
		t.Errorf("coded %d articles, want 2 (a re-poll codes nothing)", n)
	}
	// A fresh watcher (a restart) remembers nothing but the store still
	// refuses the duplicates.
	sum, err = NewWatcher(store, c, testOptions(t)).PollOnce(context.Background(), srcs, nil)
	if err != nil || sum.Duplicates != 2 || len(store.all()) != 2 {
		t.Errorf("after restart: %+v, %v; want 2 duplicates and still 2 articles", sum, err)
	}
}

// TestPoliteness: never two requests at once to one host, and never more
// feeds at once than Options.Concurrency.
func TestPoliteness(t *testing.T) {
	type gauge struct {
		mu       sync.Mutex
		now, max int
	}
	track := func(g *gauge) http.HandlerFunc {
		body := fixture(t, "good.json")
		return func(w http.ResponseWriter, _ *http.Request) {
			g.mu.Lock()
			g.now++
			g.max = max(g.max, g.now)
			g.mu.Unlock()
			time.Sleep(30 * time.Millisecond)
			g.mu.Lock()
			g.now--
			g.mu.Unlock()
			w.Write(body)
		}
	}
	t.Run("per host", func(t *testing.T) {
		var g gauge
		srv := httptest.NewServer(track(&g))
		defer srv.Close()
		var srcs []Source
		for _, p := range []string{"/a", "/b", "/c", "/d"} {
			srcs = append(srcs, Source{Name: p, URL: srv.URL + p})
		}
		sum, err := NewWatcher(newMemStore(), wordCoder{}, testOptions(t)).PollOnce(context.Background(), srcs, nil)
		if err != nil || sum.FeedsOK != 4 {
			t.Fatalf("PollOnce = %+v, %v", sum, err)
		}
		if g.max != 1 {
			t.Errorf("%d requests at once to one host, want 1", g.max)
		}
	})
	t.Run("across hosts", func(t *testing.T) {
		var g gauge
		var srcs []Source
		for _, name := range []string{"a", "b", "c", "d", "e"} {
			srv := httptest.NewServer(track(&g))
			defer srv.Close()
			srcs = append(srcs, Source{Name: name, URL: srv.URL})
		}
		o := testOptions(t)
		o.Concurrency = 2
		sum, err := NewWatcher(newMemStore(), wordCoder{}, o).PollOnce(context.Background(), srcs, nil)
		if err != nil || sum.FeedsOK != 5 {
			t.Fatalf("PollOnce = %+v, %v", sum, err)
		}
		if g.max > 2 {
			t.Errorf("%d feeds polled at once, want at most 2", g.max)
		}
	})
}

// TestRun: the daemon loop polls each feed on its schedule, keeps retrying
// a failing one without stopping the others, and returns once ctx ends.
func TestRun(t *testing.T) {
	var good, bad atomic.Int32
	body := fixture(t, "good.json")
	srvGood := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		good.Add(1)
		w.Write(body)
	}))
	defer srvGood.Close()
	srvBad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		bad.Add(1)
		w.WriteHeader(http.StatusInternalServerError)
	}))
	defer srvBad.Close()
	o := testOptions(t)
	o.Clock = time.Now
	o.MinInterval = time.Millisecond
	o.RetryBase = 5 * time.Millisecond
	o.MaxBackoff = 10 * time.Millisecond
	store := newMemStore()
	w := NewWatcher(store, wordCoder{}, o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- w.Run(ctx, Static([]Source{
			{Name: "good", URL: srvGood.URL, Interval: 10 * time.Millisecond},
			{Name: "bad", URL: srvBad.URL, Interval: 10 * time.Millisecond},
		}))
	}()
	deadline := time.Now().Add(5 * time.Second)
	for (good.Load() < 3 || bad.Load() < 3) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil on shutdown", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if good.Load() < 3 || bad.Load() < 3 {
		t.Errorf("polls: good %d, bad %d; want at least 3 each", good.Load(), bad.Load())
	}
	if n := len(store.all()); n != 1 {
		t.Errorf("%d articles, want 1 stored once", n)
	}
	if f := store.feed("bad"); f.ErrorCount < 3 || !strings.Contains(f.LastError, "500") {
		t.Errorf("bad feed state %+v", f)
	}
}

// TestPollOnceCanceled: a canceled round reports the context's error and
// leaves the feeds' state alone.
func TestPollOnceCanceled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	store := newMemStore()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := NewWatcher(store, wordCoder{}, testOptions(t)).PollOnce(ctx, []Source{{Name: "slow", URL: srv.URL}}, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("PollOnce = %v, want deadline exceeded", err)
	}
	if f := store.feed("slow"); f.ErrorCount != 0 || f.LastError != "" {
		t.Errorf("state changed on shutdown: %+v", f)
	}
}

// counterValue reads metrics.FeedPolls for one result.
func counterValue(t *testing.T, result string) float64 {
	t.Helper()
	var m dto.Metric
	if err := metrics.FeedPolls.WithLabelValues(result).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// TestRunReloadsItsSources: a feed added to the list while Run runs is
// polled after Reload, and one removed is polled no more.
func TestRunReloadsItsSources(t *testing.T) {
	body := fixture(t, "good.json")
	var hits [2]atomic.Int32
	var srvs [2]*httptest.Server
	for i := range srvs {
		srvs[i] = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			hits[i].Add(1)
			w.Write(body)
		}))
		defer srvs[i].Close()
	}
	o := testOptions(t)
	o.Clock = time.Now
	o.MinInterval = time.Millisecond
	var mu sync.Mutex
	sources := []Source{{Name: "a", URL: srvs[0].URL, Interval: 10 * time.Millisecond}}
	list := func(context.Context) ([]Source, error) {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(sources), nil
	}
	setSources := func(s ...Source) {
		mu.Lock()
		sources = s
		mu.Unlock()
	}
	w := NewWatcher(newMemStore(), wordCoder{}, o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- w.Run(ctx, list) }()
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting until %s", what)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitUntil("a is polled", func() bool { return hits[0].Load() > 0 })
	if hits[1].Load() != 0 {
		t.Fatal("b polled before it was listed")
	}
	setSources(Source{Name: "b", URL: srvs[1].URL, Interval: 10 * time.Millisecond})
	w.Reload()
	waitUntil("b is polled", func() bool { return hits[1].Load() > 2 })
	// Any poll of a in flight at the reload has finished by now.
	aAfter := hits[0].Load()
	waitUntil("b is polled again", func() bool { return hits[1].Load() > 5 })
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	if got := hits[0].Load(); got != aAfter {
		t.Errorf("a polled %d times after its removal", got-aAfter)
	}
}

// TestRunRenewsItsLease runs two watchers, as two replicas, on one store
// and a feed whose poll outlasts the lease: the poller's renewals keep the
// other off it, so that it is fetched once.
func TestRunRenewsItsLease(t *testing.T) {
	body := fixture(t, "good.json")
	var fetches atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fetches.Add(1)
		time.Sleep(600 * time.Millisecond)
		w.Write(body)
	}))
	defer srv.Close()
	store := newMemStore()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, replica := range []string{"a", "b"} {
		o := testOptions(t)
		o.Clock, o.Lease, o.Replica = time.Now, 150*time.Millisecond, replica
		w := NewWatcher(store, wordCoder{}, o)
		wg.Go(func() {
			if err := w.Run(ctx, Static([]Source{{Name: "slow", URL: srv.URL, Interval: time.Hour}})); err != nil {
				t.Error(err)
			}
		})
	}
	time.Sleep(1500 * time.Millisecond)
	cancel()
	wg.Wait()
	store.mu.Lock()
	extensions := store.extensions
	store.mu.Unlock()
	if n := fetches.Load(); n != 1 || extensions == 0 {
		t.Errorf("fetched %d times with %d lease renewals, want once, renewed", n, extensions)
	}
}
