package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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
}
