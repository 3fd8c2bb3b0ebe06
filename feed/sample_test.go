package feed

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

func TestSampleHandler(t *testing.T) {
	srv := serveSample(t)
	sources, err := SampleSources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) < 6 {
		t.Fatalf("%d sample feeds, want at least 6", len(sources))
	}
	formats := map[string]bool{}
	for _, s := range sources {
		resp, err := http.Get(s.URL) // the default transport asks for gzip and decodes it
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		ct := resp.Header.Get("Content-Type")
		formats[ct] = true
		if resp.StatusCode != http.StatusOK || len(body) == 0 || !strings.HasPrefix(ct, "application/") {
			t.Errorf("%s: status %d, %d bytes, Content-Type %q", s.Name, resp.StatusCode, len(body), ct)
		}
		for _, h := range []struct{ name, value string }{
			{"If-None-Match", resp.Header.Get("ETag")},
			{"If-Modified-Since", resp.Header.Get("Last-Modified")},
		} {
			req, _ := http.NewRequest(http.MethodGet, s.URL, nil)
			req.Header.Set(h.name, h.value)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotModified {
				t.Errorf("%s with %s %q: status %d, want 304", s.Name, h.name, h.value, resp.StatusCode)
			}
		}
	}
	if len(formats) != 3 {
		t.Errorf("content types %v, want RSS, Atom and JSON Feed", formats)
	}

	req, _ := http.NewRequest(http.MethodGet, sources[0].URL, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	zr, err := gzip.NewReader(resp.Body)
	if err != nil || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("asked for gzip, got Content-Encoding %q (%v)", resp.Header.Get("Content-Encoding"), err)
	}
	if b, err := io.ReadAll(zr); err != nil || len(b) == 0 {
		t.Errorf("gzip body: %d bytes, %v", len(b), err)
	}

	if resp, err := http.Get(srv.URL + "/nope.xml"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown file: %v, %v", resp.Status, err)
	}
}

// sampleGroups are the near-duplicate groups of testdata/sample/README.md,
// by the items' GUIDs as the feeds write them.
var sampleGroups = map[string][]string{
	"D1": {"mw-20240116-0412", "https://www.indusledger.example/?p=48291", "tag:caspiandispatch.example,2024:news/1042"},
	"D2": {"mw-20240117-0198", "https://www.indusledger.example/?p=48305"},
	"D3": {"mw-20240118-0057", "https://www.indusledger.example/?p=48318", "tag:caspiandispatch.example,2024:news/1051"},
	"D4": {"mw-20240122-0140", "https://www.indusledger.example/?p=48366", "tag:caspiandispatch.example,2024:news/1077"},
	"D5": {"mw-20240112-0021", "https://harbourline.example/news/red-sea/2024/01/12/us-uk-launch-strikes-on-houthi-sites"},
	"D6": {"mw-20240114-0188", "20240114000219"},
	"D7": {"mw-20240128-0066", "urn:uuid:6f1c2d9a-3b7e-4c51-9a0e-2d4f8b1c7e06"},
	"D8": {"mw-20240128-0091", "20240128000087"},
}

// TestSampleFeeds runs the watcher over the bundled feeds: every item is
// stored once (the exact repost is a duplicate), each near-duplicate group
// forms one cluster and no other items share one, and the fallbacks hold.
func TestSampleFeeds(t *testing.T) {
	srv := serveSample(t)
	sources, err := SampleSources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	o := testOptions(t)
	w := NewWatcher(store, wordCoder{}, o)
	sum, err := w.PollOnce(context.Background(), sources, nil)
	if err != nil {
		t.Fatal(err)
	}
	grouped := 0
	for _, g := range sampleGroups {
		grouped += len(g) - 1
	}
	if sum.FeedsOK != len(sources) || sum.Duplicates != 1 || sum.Clustered != grouped || sum.Skipped != 0 {
		t.Errorf("summary %+v, want all feeds ok, 1 duplicate, %d clustered", sum, grouped)
	}

	arts := store.all()
	byGUID := map[string]briefbot.Article{}
	clusterSize := map[int64]int{}
	for _, a := range arts {
		byGUID[a.GUID] = a
		clusterSize[a.ClusterID]++
	}
	find := func(guid string) briefbot.Article {
		for g, a := range byGUID {
			if g == guid || strings.HasSuffix(g, ":"+guid) {
				return a
			}
		}
		t.Fatalf("no article with GUID %q", guid)
		return briefbot.Article{}
	}
	for name, g := range sampleGroups {
		first := find(g[0])
		for _, guid := range g[1:] {
			if a := find(guid); a.ClusterID != first.ClusterID {
				t.Errorf("%s: %q in cluster %d, %q in %d; distance %d", name, g[0], first.ClusterID, guid, a.ClusterID,
					hamming(first.SimHash, a.SimHash))
			}
		}
		if n := clusterSize[first.ClusterID]; n != len(g) {
			t.Errorf("%s: cluster of %d articles, want %d", name, n, len(g))
		}
	}
	if len(clusterSize) != len(arts)-grouped {
		t.Errorf("%d clusters for %d articles, want %d", len(clusterSize), len(arts), len(arts)-grouped)
	}

	if a := find("https://www.indusledger.example/?p=48377"); a.Link != "https://www.indusledger.example/?p=48377" {
		t.Errorf("link-less item: link %q, want its GUID", a.Link)
	}
	if a := find("20240123000915"); !a.Published.Equal(o.Clock()) {
		t.Errorf("undated item published %s, want the fetch time", a.Published)
	}
	if a := find("mw-20240125-0230"); !a.Published.Equal(time.Date(2024, 1, 25, 16, 10, 0, 0, time.UTC)) {
		t.Errorf("updated-only item published %s, want its updated time", a.Published)
	}
	for _, a := range arts {
		if strings.Contains(a.Link, "utm_") || tagPattern.MatchString(a.Text) || strings.Contains(a.Text, "&#") || a.Text == "" {
			t.Errorf("%s: link %q, text %.80q", a.GUID, a.Link, a.Text)
		}
	}

	// The next round is answered with 304s and stores nothing.
	var notModified int
	sum, err = w.PollOnce(context.Background(), sources, func(r Result) {
		if r.NotModified {
			notModified++
		}
	})
	if err != nil || notModified != len(sources) || sum.NewArticles != 0 {
		t.Errorf("second round: %+v, %v, %d not modified; want all not modified", sum, err, notModified)
	}
}
