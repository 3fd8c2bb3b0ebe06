package feed

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// memStore is an in-memory Store with the storage's uniqueness rules.
type memStore struct {
	mu       sync.Mutex
	feeds    map[string]storage.Feed
	articles []briefbot.Article
	events   map[int64][]briefbot.Event
	clusters int64
	// transactions counts the calls of AddArticles, fingerprintReads
	// those of FingerprintsAfter, extensions those of ExtendFeedLease.
	transactions, fingerprintReads, extensions int
}

func newMemStore() *memStore {
	return &memStore{feeds: map[string]storage.Feed{}, events: map[int64][]briefbot.Event{}}
}

func (s *memStore) UpsertFeed(_ context.Context, name, url string, tags []string) (storage.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.feeds[name]
	if !ok {
		f.ID = int64(len(s.feeds) + 1)
	}
	f.Name, f.URL, f.Tags = name, url, tags
	s.feeds[name] = f
	return f, nil
}

func (s *memStore) Feeds(context.Context) ([]storage.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []storage.Feed
	for _, f := range s.feeds {
		out = append(out, f)
	}
	return out, nil
}

func (s *memStore) SaveFeedState(_ context.Context, f storage.Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[f.Name] = f
	return nil
}

// ClaimFeeds leases the due feeds among ids that no other owner holds, up
// to limit, as the store does (in no particular order).
func (s *memStore) ClaimFeeds(_ context.Context, owner string, ids []int64, now, until time.Time, limit int) (claimed, rest []storage.Feed, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for name, f := range s.feeds {
		if !slices.Contains(ids, f.ID) {
			continue
		}
		if f.NextPoll.After(now) || f.LeaseOwner != owner && f.LeaseUntil.After(now) || limit > 0 && len(claimed) == limit {
			rest = append(rest, f)
			continue
		}
		f.LeaseOwner, f.LeaseUntil = owner, until
		s.feeds[name] = f
		claimed = append(claimed, f)
	}
	return claimed, rest, nil
}

// ExtendFeedLease moves owner's live lease on feed id, as the store does,
// and counts the calls.
func (s *memStore) ExtendFeedLease(_ context.Context, id int64, owner string, until time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extensions++
	for name, f := range s.feeds {
		if f.ID == id && f.LeaseOwner == owner && !f.LeaseUntil.IsZero() {
			f.LeaseUntil = until
			s.feeds[name] = f
			return true, nil
		}
	}
	return false, nil
}

func (s *memStore) feed(name string) storage.Feed {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feeds[name]
}

func (s *memStore) AddArticles(_ context.Context, items []storage.ArticleWithEvents) ([]storage.Added, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.transactions++
	added := make([]storage.Added, len(items))
	for i, it := range items {
		added[i] = s.add(it.Article, it.Events)
	}
	return added, nil
}

func (s *memStore) add(a briefbot.Article, events []briefbot.Event) storage.Added {
	for _, b := range s.articles {
		if (a.Link != "" && a.Link == b.Link) || (a.GUID != "" && a.GUID == b.GUID) {
			return storage.Added{ID: b.ID, ClusterID: b.ClusterID}
		}
	}
	if a.ClusterID == 0 {
		s.clusters++
		a.ClusterID = 100 + s.clusters // cluster IDs are not article IDs
	}
	a.ID = int64(len(s.articles) + 1)
	s.articles = append(s.articles, a)
	s.events[a.ID] = events
	return storage.Added{ID: a.ID, ClusterID: a.ClusterID, Inserted: true}
}

func (s *memStore) FingerprintsAfter(_ context.Context, afterID int64, since time.Time) ([]storage.Fingerprint, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fingerprintReads++
	var fps []storage.Fingerprint
	for _, a := range s.articles {
		if a.ID > afterID && !a.Published.Before(since) {
			fp := fingerprint(a, s.events[a.ID])
			fp.ArticleID, fp.ClusterID = a.ID, a.ClusterID
			fps = append(fps, fp)
		}
	}
	return fps, nil
}

func (s *memStore) all() []briefbot.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]briefbot.Article(nil), s.articles...)
}

// wordCoder codes an accusation for every article whose title contains
// "accuses", so tests can see events travel with their article.
type wordCoder struct{}

func (wordCoder) Code(_ context.Context, a briefbot.Article) []briefbot.Event {
	if !strings.Contains(a.Title, "accuses") {
		return nil
	}
	return []briefbot.Event{{Type: briefbot.Accusation, Source: "A", Target: "B", Evidence: a.Title}}
}

// testOptions are fast options for tests: tiny timeout, no jitter, a fixed
// clock, quiet logs unless -v.
func testOptions(t testing.TB) Options {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	var out io.Writer = io.Discard
	if testing.Verbose() {
		out = os.Stderr
	}
	return Options{
		Timeout: 2 * time.Second,
		Clock:   func() time.Time { return now },
		Rand:    func() float64 { return 0 },
		Logger:  slog.New(slog.NewTextHandler(out, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// fixture reads a file under testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serveFixture serves one testdata file with the given content type.
func serveFixture(t testing.TB, name, contentType string) *httptest.Server {
	body := fixture(t, name)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// serveSample serves the bundled sample feeds.
func serveSample(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(SampleHandler())
	t.Cleanup(srv.Close)
	return srv
}
