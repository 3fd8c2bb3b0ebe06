// Package feed polls RSS, Atom and JSON feeds politely, normalises each item
// into an article, groups near-duplicates into story clusters, codes each new
// article's events and stores the article with its events once.
package feed

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/storage"
)

// Store is the part of the storage the watcher uses.
type Store interface {
	Feeds(ctx context.Context) ([]storage.Feed, error)
	UpsertFeed(ctx context.Context, name, url string, tags []string) (storage.Feed, error)
	SaveFeedState(ctx context.Context, f storage.Feed) error
	ClaimFeeds(ctx context.Context, owner string, ids []int64, now, until time.Time, limit int) (claimed, rest []storage.Feed, err error)
	ExtendFeedLease(ctx context.Context, id int64, owner string, until time.Time) (bool, error)
	AddArticles(ctx context.Context, items []storage.ArticleWithEvents) ([]storage.Added, error)
	FingerprintsAfter(ctx context.Context, afterID int64, since time.Time) ([]storage.Fingerprint, error)
}

// Coder turns an article into events. It never fails: a coder that asks a
// model falls back to the built-in coder, and ctx only bounds how long it
// may wait for the model.
type Coder interface {
	Code(ctx context.Context, a briefbot.Article) []briefbot.Event
}

// Builtin adapts the built-in coder, a pure function that needs no
// context, to Coder.
func Builtin(c *coder.Coder) Coder { return builtin{c} }

// builtin holds only a pointer, so that boxing it in Coder allocates
// nothing and coding through it costs what calling c.Code does.
type builtin struct{ c *coder.Coder }

func (b builtin) Code(_ context.Context, a briefbot.Article) []briefbot.Event { return b.c.Code(a) }

// Source is one feed to watch, as configured.
type Source struct {
	Name     string
	URL      string
	Interval time.Duration // 0 means Options.DefaultInterval
	Tags     []string
}

// same reports whether s and o are configured alike.
func (s Source) same(o Source) bool {
	return s.Name == o.Name && s.URL == o.URL && s.Interval == o.Interval && slices.Equal(s.Tags, o.Tags)
}

// Options tune the watcher; the zero value of each field picks the default
// shown beside it.
type Options struct {
	UserAgent       string        // "briefbot/1.0 (+https://github.com/briefbot/briefbot)"
	Timeout         time.Duration // 20s, for the whole request including the body
	MaxBodyBytes    int64         // 10 MiB, after gzip decoding
	MaxRedirects    int           // 5
	Concurrency     int           // 4 feeds polled at once; one request at a time per host anyway
	DefaultInterval time.Duration // 15m
	MinInterval     time.Duration // 1m: the floor under intervals, TTLs and cache hints
	MaxInterval     time.Duration // 24h: the ceiling on TTLs and cache hints
	RetryBase       time.Duration // 1m: the first backoff after an error, doubled after each
	MaxBackoff      time.Duration // 6h
	Jitter          float64       // 0.1: up to this fraction is added to every delay
	MaxTextBytes    int           // 200 KiB of an article's text are coded and stored; the rest is cut
	MaxEvents       int           // 200 events of one article are stored; the rest are cut
	// ClusterWindow bounds how far apart two articles' dates may be for them
	// to be the same story: 72h.
	ClusterWindow time.Duration
	// ClusterDistance is the largest Hamming distance between two SimHashes
	// of the same story: DefaultClusterDistance.
	ClusterDistance int
	// Replica names this process among those that share the database, as
	// the owner of the feeds it leases for a poll: storage.NewReplicaID().
	Replica string
	// Lease is how long a replica holds a feed it polls, renewed every
	// third of it while the poll lasts (coding a big feed with a model takes
	// minutes): 2m. A replica that dies mid-poll holds its feeds that long.
	Lease time.Duration
	// Relist is how often Run reads its SourceList again, for the feeds
	// added or removed from the chat of another replica: 1m.
	Relist time.Duration

	Clock  func() time.Time // time.Now
	Rand   func() float64   // rand.Float64, in [0, 1), for jitter
	Logger *slog.Logger     // slog.Default()
}

// DefaultUserAgent names briefbot and where to learn about it, so feed
// operators can tell who polls them.
const DefaultUserAgent = "briefbot/1.0 (+https://github.com/briefbot/briefbot)"

func (o Options) withDefaults() Options {
	setDefault(&o.UserAgent, DefaultUserAgent)
	setDefault(&o.Timeout, 20*time.Second)
	setDefault(&o.MaxBodyBytes, 10<<20)
	setDefault(&o.MaxRedirects, 5)
	setDefault(&o.Concurrency, 4)
	setDefault(&o.DefaultInterval, 15*time.Minute)
	setDefault(&o.MinInterval, time.Minute)
	setDefault(&o.MaxInterval, 24*time.Hour)
	setDefault(&o.RetryBase, time.Minute)
	setDefault(&o.MaxBackoff, 6*time.Hour)
	setDefault(&o.Jitter, 0.1)
	setDefault(&o.MaxTextBytes, 200<<10)
	setDefault(&o.MaxEvents, 200)
	setDefault(&o.ClusterWindow, 72*time.Hour)
	setDefault(&o.ClusterDistance, DefaultClusterDistance)
	setDefault(&o.Lease, 2*time.Minute)
	setDefault(&o.Relist, time.Minute)
	if o.Replica == "" {
		o.Replica = storage.NewReplicaID()
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// Result is what one poll of one feed did.
type Result struct {
	Feed        string
	URL         string
	NotModified bool  // the server answered 304
	Err         error // nil when the poll succeeded
	NextPoll    time.Time
	New         int // articles stored
	Duplicates  int // items already stored (same link or GUID)
	Clustered   int // new articles that joined an existing story cluster
	Skipped     int // items with neither link nor GUID
	Events      map[string]int
}

// Summary adds up the results of PollOnce.
type Summary struct {
	FeedsOK, FeedsFailed int
	NewArticles          int
	Duplicates           int
	Clustered            int
	Skipped              int
	EventsByType         map[string]int
}

func (s *Summary) add(r Result) {
	if r.Err != nil {
		s.FeedsFailed++
	} else {
		s.FeedsOK++
	}
	s.NewArticles += r.New
	s.Duplicates += r.Duplicates
	s.Clustered += r.Clustered
	s.Skipped += r.Skipped
	for t, n := range r.Events {
		s.EventsByType[t] += n
	}
}
