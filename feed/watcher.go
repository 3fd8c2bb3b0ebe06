package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// Watcher polls feeds and stores their new articles with their events. It
// is safe for concurrent use.
type Watcher struct {
	store  Store
	coder  Coder
	o      Options
	client *http.Client

	// slots bounds the feeds polled at once.
	slots chan struct{}
	// storing serialises clustering and storing, so that two feeds
	// carrying the same story at the same moment see each other's copy.
	storing sync.Mutex
	fps     fingerprintIndex // guarded by storing

	mu    sync.Mutex
	hosts map[string]chan struct{} // one request at a time per host
	memo  map[string]memo          // by feed name

	// reload asks Run to read its source list again.
	reload chan struct{}
}

// memo is what the watcher remembers about a feed between polls. It is
// replaced whole, never changed in place.
type memo struct {
	// seen holds the identities of the items the last poll stored or found
	// stored, so a re-poll does not code them all again.
	seen map[string]bool
	// ttl is the feed's <ttl>, still in force when the server answers 304.
	ttl time.Duration
}

// NewWatcher returns a watcher storing into store and coding with c.
func NewWatcher(store Store, c Coder, opts Options) *Watcher {
	o := opts.withDefaults()
	return &Watcher{
		store:  store,
		coder:  c,
		o:      o,
		client: newClient(o),
		slots:  make(chan struct{}, o.Concurrency),
		hosts:  map[string]chan struct{}{},
		memo:   map[string]memo{},
		reload: make(chan struct{}, 1),
	}
}

// PollOnce polls every source once, now, whatever its schedule, and calls
// progress (if not nil, one call at a time) with each feed's result. Feeds
// that fail are recorded and rescheduled without stopping the others. The
// error is for what stops the whole round: the store failing to register
// the feeds, or ctx ending.
func (w *Watcher) PollOnce(ctx context.Context, sources []Source, progress func(Result)) (Summary, error) {
	feeds, err := w.sync(ctx, sources)
	if err != nil {
		return Summary{}, err
	}
	sum := Summary{EventsByType: map[string]int{}}
	var mu sync.Mutex
	report := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		sum.add(r)
		if progress != nil {
			progress(r)
		}
	}
	var wg sync.WaitGroup
	for i, src := range sources {
		f := feeds[i]
		wg.Go(func() {
			_, r := w.poll(ctx, f, src)
			report(r)
		})
	}
	wg.Wait()
	return sum, ctx.Err()
}

// SourceList returns the feeds to poll. Run reads it at start and again
// after each Reload, so that feeds added or removed while the daemon runs
// are polled, or no longer, without a restart.
type SourceList func(ctx context.Context) ([]Source, error)

// Static is a SourceList that never changes.
func Static(sources []Source) SourceList {
	return func(context.Context) ([]Source, error) { return sources, nil }
}

// Reload makes Run read its SourceList again. It does not wait: a reload
// already asked for and not yet done covers this one.
func (w *Watcher) Reload() {
	select {
	case w.reload <- struct{}{}:
	default:
	}
}

// Run polls each source on its own schedule until ctx ends, then waits for
// the polls in flight and returns nil. It returns an error only when the
// sources cannot be listed or registered at start; a reload that fails is
// logged and the feeds polled so far go on. Each poll is leased from the
// store first (see storage.Store.ClaimFeeds), so that replicas sharing a
// database poll each feed once per interval between them; Run reads the
// list again every Relist, for the feeds another replica added.
func (w *Watcher) Run(ctx context.Context, list SourceList) error {
	// tracked is a feed being polled: busy while a poll is in flight, gone
	// once removed from the list while busy.
	type tracked struct {
		src        Source
		f          storage.Feed
		busy, gone bool
	}
	feeds := map[string]*tracked{}
	var listed []Source // as last loaded
	load := func(always bool) error {
		sources, err := list(ctx)
		if err != nil {
			return fmt.Errorf("list feeds: %w", err)
		}
		if !always && slices.EqualFunc(sources, listed, Source.same) {
			return nil
		}
		states, err := w.sync(ctx, sources)
		if err != nil {
			return err
		}
		listed = sources
		names := make(map[string]bool, len(sources))
		for i, src := range sources {
			names[src.Name] = true
			if t := feeds[src.Name]; t != nil && t.busy {
				// The poll in flight brings the feed's state back.
				t.src, t.gone = src, false
				continue
			}
			feeds[src.Name] = &tracked{src: src, f: states[i]}
		}
		for name, t := range feeds {
			switch {
			case names[name]:
			case t.busy:
				t.gone = true
			default:
				delete(feeds, name)
			}
		}
		return nil
	}
	if err := load(true); err != nil {
		return err
	}
	type finished struct {
		name string
		f    storage.Feed
	}
	done := make(chan finished)
	inFlight := 0
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	relist := time.NewTicker(w.o.Relist)
	defer relist.Stop()
	for {
		now := w.o.Clock()
		var (
			next time.Time
			due  []int64
		)
		byID := map[int64]*tracked{}
		for _, t := range feeds {
			if t.busy {
				continue
			}
			if at := w.dueAt(t.f); at.After(now) {
				next = earliest(next, at)
				continue
			}
			due = append(due, t.f.ID)
			byID[t.f.ID] = t
		}
		// Only as many as can be polled now are leased, so that replicas
		// share the feeds due at once; the others wait for a poll to end.
		if free := w.o.Concurrency - inFlight; free > 0 && len(due) > 0 {
			claimed, rest, err := w.store.ClaimFeeds(ctx, w.o.Replica, due, now, now.Add(w.o.Lease), free)
			if err != nil && ctx.Err() == nil {
				w.o.Logger.Error("leasing the feeds due", "err", err)
				next = earliest(next, now.Add(w.o.RetryBase))
			}
			// Polled or being polled by another replica: due again later.
			for _, f := range rest {
				if t := byID[f.ID]; t != nil {
					t.f = f
					if at := w.dueAt(f); at.After(now) {
						next = earliest(next, at)
					}
				}
			}
			for _, f := range claimed {
				t := byID[f.ID]
				if t == nil {
					continue
				}
				t.busy = true
				inFlight++
				go func(name string, f storage.Feed, src Source) {
					done <- finished{name, w.pollLeased(ctx, f, src)}
				}(t.src.Name, f, t.src)
			}
		}
		timer.Stop()
		if !next.IsZero() {
			timer.Reset(max(0, next.Sub(w.o.Clock())))
		}
		select {
		case <-ctx.Done():
			for ; inFlight > 0; inFlight-- {
				<-done
			}
			return nil
		case fin := <-done:
			inFlight--
			if t := feeds[fin.name]; t.gone {
				delete(feeds, fin.name)
			} else {
				t.busy, t.f = false, fin.f
			}
		case <-w.reload:
			if err := load(true); err != nil && ctx.Err() == nil {
				w.o.Logger.Error("reloading the feed list", "err", err)
			}
		case <-relist.C:
			if err := load(false); err != nil && ctx.Err() == nil {
				w.o.Logger.Error("reading the feed list again", "err", err)
			}
		case <-timer.C:
		}
	}
}

// pollLeased polls the leased feed f, renewing its lease every third of
// Lease until the poll has saved its state, and returns the new state.
func (w *Watcher) pollLeased(ctx context.Context, f storage.Feed, src Source) storage.Feed {
	renew, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(w.o.Lease / 3)
		defer tick.Stop()
		for {
			select {
			case <-renew.Done():
				return
			case <-tick.C:
			}
			held, err := w.store.ExtendFeedLease(renew, f.ID, w.o.Replica, w.o.Clock().Add(w.o.Lease))
			switch {
			case err != nil && renew.Err() == nil:
				w.o.Logger.Warn("renewing the lease on a feed being polled", "feed", src.Name, "err", err)
			case err == nil && !held:
				return // saved, or taken over once it ran out
			}
		}
	})
	f, _ = w.poll(ctx, f, src)
	stop()
	wg.Wait()
	return f
}

// dueAt is when feed f is to be polled next: at its NextPoll, or, while
// another replica holds its lease, once that lease ends.
func (w *Watcher) dueAt(f storage.Feed) time.Time {
	if f.LeaseOwner != w.o.Replica && f.LeaseUntil.After(f.NextPoll) {
		return f.LeaseUntil
	}
	return f.NextPoll
}

// earliest returns the earlier of a and b, the zero time being none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || b.Before(a) {
		return b
	}
	return a
}

// sync registers the sources with the store and returns their feeds' state,
// in the order of sources. A feed whose URL changed in the config starts
// afresh: the old URL's validators and errors do not apply to the new one.
func (w *Watcher) sync(ctx context.Context, sources []Source) ([]storage.Feed, error) {
	known, err := w.store.Feeds(ctx)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	oldURL := make(map[string]string, len(known))
	for _, f := range known {
		oldURL[f.Name] = f.URL
	}
	feeds := make([]storage.Feed, len(sources))
	for i, s := range sources {
		f, err := w.store.UpsertFeed(ctx, s.Name, s.URL, s.Tags)
		if err != nil {
			return nil, fmt.Errorf("register feed %q: %w", s.Name, err)
		}
		if old, ok := oldURL[s.Name]; ok && old != s.URL {
			f = storage.Feed{ID: f.ID, Name: f.Name, URL: f.URL, Tags: f.Tags}
			if err := w.store.SaveFeedState(ctx, f); err != nil {
				return nil, fmt.Errorf("reset feed %q after its URL changed: %w", s.Name, err)
			}
		}
		if f.ErrorCount > 0 {
			w.o.Logger.Warn("feed is failing", "feed", f.Name, "since", f.FailingSince, "errors", f.ErrorCount,
				"next_poll", f.NextPoll, "reason", f.LastError)
		}
		feeds[i] = f
	}
	return feeds, nil
}

// poll fetches one feed, stores its new articles, and records the outcome
// and the next poll time in the feed's state, which it returns.
func (w *Watcher) poll(ctx context.Context, f storage.Feed, src Source) (storage.Feed, Result) {
	res := Result{Feed: src.Name, URL: src.URL, Events: map[string]int{}}
	releaseHost, err := w.acquire(ctx, src.URL)
	if err != nil {
		res.Err = err
		return f, res
	}
	defer func() { <-w.slots }()
	now := w.o.Clock()
	f.LastAttempt = now
	resp, err := fetch(ctx, w.client, w.o, src.URL, f.ETag, f.LastModified)
	// Parsing and storing need no connection: let the next request to this
	// host go.
	releaseHost()
	if err == nil && !resp.notModified {
		err = w.ingest(ctx, f.ID, src, resp.body, resp.contentType, now, w.memoOf(src.Name), &res)
	}
	if ctx.Err() != nil {
		// Shutting down is not the feed's fault: leave its state alone.
		res.Err = fmt.Errorf("poll %s: %w", src.Name, ctx.Err())
		return f, res
	}
	log := w.o.Logger.With("feed", src.Name)
	if err != nil {
		// A failing feed is never given up on: it backs off up to
		// MaxBackoff and recovers by itself once its server does; /healthz,
		// the metrics and the admin channel say when it has failed long.
		res.Err = err
		if f.ErrorCount == 0 {
			f.FailingSince = now
		}
		f.ErrorCount++
		f.LastError = err.Error()
		var he *HTTPError
		var wait time.Duration
		if errors.As(err, &he) {
			wait = he.RetryAfter
		}
		f.NextPoll = w.o.nextAfterError(now, f.ErrorCount, wait)
		log.Warn("feed poll failed", "url", src.URL, "err", err, "errors", f.ErrorCount,
			"failing_since", f.FailingSince, "next_poll", f.NextPoll)
		metrics.FeedPolls.WithLabelValues("error").Inc()
	} else {
		if f.ErrorCount > 0 {
			log.Info("feed recovered", "url", src.URL, "errors", f.ErrorCount, "failing_since", f.FailingSince)
		}
		f.ErrorCount, f.LastError, f.FailingSince = 0, "", time.Time{}
		f.LastSuccess = now
		res.NotModified = resp.notModified
		if resp.notModified {
			f.ETag = firstNonEmpty(resp.etag, f.ETag)
			f.LastModified = firstNonEmpty(resp.lastModified, f.LastModified)
			metrics.FeedPolls.WithLabelValues("not_modified").Inc()
		} else {
			f.ETag, f.LastModified = resp.etag, resp.lastModified
			metrics.FeedPolls.WithLabelValues("ok").Inc()
		}
		f.NextPoll = w.o.nextAfterSuccess(now, src.Interval, w.memoOf(src.Name).ttl, resp.cacheFor)
		log.Info("feed polled", "not_modified", resp.notModified, "new", res.New, "duplicates", res.Duplicates,
			"clustered", res.Clustered, "skipped", res.Skipped, "next_poll", f.NextPoll)
	}
	res.NextPoll = f.NextPoll
	if err := w.store.SaveFeedState(ctx, f); err != nil {
		log.Error("saving feed state", "err", err)
		res.Err = errors.Join(res.Err, fmt.Errorf("save state of feed %q: %w", src.Name, err))
	}
	return f, res
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// acquire waits for the feed's host to be free and for a polling slot, in
// that order so that a feed waiting on a busy host holds no slot. The host
// is released by the returned func, the slot by the caller (<-w.slots).
// A host is host:port: two servers on one machine are two hosts.
func (w *Watcher) acquire(ctx context.Context, rawURL string) (releaseHost func(), err error) {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		host = strings.ToLower(u.Host)
	}
	w.mu.Lock()
	sem := w.hosts[host]
	if sem == nil {
		sem = make(chan struct{}, 1)
		w.hosts[host] = sem
	}
	w.mu.Unlock()
	select {
	case sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case w.slots <- struct{}{}:
	case <-ctx.Done():
		<-sem
		return nil, ctx.Err()
	}
	return sync.OnceFunc(func() { <-sem }), nil
}

func (w *Watcher) memoOf(feed string) memo {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.memo[feed]
}

func (w *Watcher) remember(feed string, m memo) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.memo[feed] = m
}

// pending is a new item, normalised and coded, waiting to be stored.
type pending struct {
	article briefbot.Article
	events  []briefbot.Event
}

// ingest parses a feed body and stores its new items. Items already handled
// by the previous poll are counted as duplicates without being coded again.
func (w *Watcher) ingest(ctx context.Context, feedID int64, src Source, body []byte, contentType string, now time.Time, prev memo, res *Result) error {
	body, charset := toUTF8(body, contentType)
	parsed, err := parse(body)
	if err != nil {
		return fmt.Errorf("%w (read as %s)", parseError(err, body, contentType), charset)
	}
	base, _ := url.Parse(src.URL)
	seen := make(map[string]bool, len(parsed.Items))
	var batch []pending
	for _, it := range parsed.Items {
		a, err := normalize(it, src, base, now)
		if err != nil {
			res.Skipped++
			w.o.Logger.Warn("item skipped", "feed", src.Name, "title", it.Title, "reason", err)
			continue
		}
		a.FeedID = feedID
		if len(a.Text) > w.o.MaxTextBytes {
			w.o.Logger.Warn("article text cut", "feed", src.Name, "link", a.Link, "bytes", len(a.Text), "kept", w.o.MaxTextBytes)
			a.Text = cut(a.Text, w.o.MaxTextBytes)
		}
		seen[a.GUID] = true
		if prev.seen[a.GUID] {
			res.Duplicates++
			continue
		}
		a.SimHash = simHash(a.Title, a.Text)
		batch = append(batch, pending{article: a, events: w.code(ctx, a)})
	}
	if err := w.storeBatch(ctx, batch, res); err != nil {
		return err
	}
	w.remember(src.Name, memo{seen: seen, ttl: feedTTL(parsed)})
	return nil
}

// code runs the coder on an article, keeping at most MaxEvents of its
// events: more is a runaway item, not news.
func (w *Watcher) code(ctx context.Context, a briefbot.Article) []briefbot.Event {
	events := w.coder.Code(ctx, a)
	if len(events) > w.o.MaxEvents {
		w.o.Logger.Warn("article events cut", "feed", a.FeedName, "link", a.Link, "events", len(events), "kept", w.o.MaxEvents)
		events = events[:w.o.MaxEvents]
	}
	return events
}

// maxBatch bounds the articles stored in one transaction, so that a huge
// feed does not hold the database's write lock for long.
const maxBatch = 500

// storeBatch assigns each article its story cluster and stores the articles
// with their events, many to a transaction.
func (w *Watcher) storeBatch(ctx context.Context, batch []pending, res *Result) error {
	if len(batch) == 0 {
		return nil
	}
	w.storing.Lock()
	defer w.storing.Unlock()
	earliest := batch[0].article.Published
	for _, p := range batch[1:] {
		if p.article.Published.Before(earliest) {
			earliest = p.article.Published
		}
	}
	if err := w.fps.refresh(ctx, w.store, earliest.Add(-w.o.ClusterWindow)); err != nil {
		return err
	}
	items := make([]storage.ArticleWithEvents, 0, min(len(batch), maxBatch))
	// unstored holds the fingerprints of items: a new story among them has
	// no cluster ID until the store gives it one.
	unstored := make([]storage.Fingerprint, 0, cap(items))
	flush := func() error {
		if err := w.storeItems(ctx, items, res); err != nil {
			return err
		}
		items, unstored = items[:0], unstored[:0]
		// Read back what was just stored, with the clusters the store chose.
		return w.fps.refresh(ctx, w.store, w.fps.since)
	}
	window, distance := w.o.ClusterWindow, w.o.ClusterDistance
	for _, p := range batch {
		a := p.article
		fp := fingerprint(a, p.events)
		if nearest(unstored, fp, window, distance) >= 0 {
			// The article repeats one not stored yet; rare enough within
			// one feed that storing the batch so far is cheap.
			if err := flush(); err != nil {
				return err
			}
		}
		if i := nearest(w.fps.fps, fp, window, distance); i >= 0 {
			a.ClusterID = w.fps.fps[i].ClusterID
		}
		items = append(items, storage.ArticleWithEvents{Article: a, Events: p.events})
		unstored = append(unstored, fp)
		if len(items) == maxBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(items) > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	// Articles mostly arrive soon after they are published: two windows
	// back cover the next polls' matches, and an older article makes the
	// next refresh reload from the store.
	w.fps.prune(w.o.Clock().Add(-2 * window))
	return nil
}

// fingerprint is what story grouping compares of an article not stored yet:
// its SimHash, its date and the developments of its news events.
func fingerprint(a briefbot.Article, events []briefbot.Event) storage.Fingerprint {
	fp := storage.Fingerprint{SimHash: a.SimHash, Published: a.Published}
	for _, e := range events {
		if !e.Background {
			if e.Published.IsZero() {
				e.Published = a.Published
			}
			fp.Developments = append(fp.Developments, e.DevelopmentDay())
		}
	}
	return fp
}

// storeItems stores items in one transaction and counts the outcome in res.
func (w *Watcher) storeItems(ctx context.Context, items []storage.ArticleWithEvents, res *Result) error {
	added, err := w.store.AddArticles(ctx, items)
	if err != nil {
		return fmt.Errorf("store %d articles: %w", len(items), err)
	}
	for i, it := range items {
		if !added[i].Inserted {
			res.Duplicates++
			continue
		}
		res.New++
		metrics.ArticlesStored.Inc()
		if it.Article.ClusterID != 0 {
			res.Clustered++
		}
		for _, e := range it.Events {
			res.Events[string(e.Type)]++
			metrics.EventsStored.WithLabelValues(string(e.Type)).Inc()
		}
	}
	return nil
}

// parse parses a feed. A body cut off inside its last tag (a closing
// "</rss" with no ">") is parsed again with the tag closed, so that its
// items are not lost to a missing byte.
func parse(body []byte) (*gofeed.Feed, error) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true // for the RSS <ttl>
	parsed, err := p.Parse(bytes.NewReader(body))
	trimmed := bytes.TrimSpace(body)
	if err != nil && bytes.LastIndexByte(trimmed, '<') > bytes.LastIndexByte(trimmed, '>') {
		if again, errAgain := p.Parse(bytes.NewReader(append(trimmed, '>'))); errAgain == nil {
			return again, nil
		}
	}
	return parsed, err
}

// parseError says why a body is not a feed, in words a feed's owner would
// recognise.
func parseError(err error, body []byte, contentType string) error {
	if !errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return fmt.Errorf("parse feed: %w", err)
	}
	head := strings.ToLower(string(bytes.TrimSpace(body[:min(len(body), 512)])))
	if strings.Contains(strings.ToLower(contentType), "html") || strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return fmt.Errorf("not a feed: the server sent an HTML page (Content-Type %q)", contentType)
	}
	return fmt.Errorf("not a feed: no RSS, Atom or JSON Feed found (Content-Type %q): %w", contentType, err)
}

// feedTTL is an RSS feed's <ttl>, in minutes in the feed; 0 when absent.
func feedTTL(f *gofeed.Feed) time.Duration {
	rf, ok := f.OriginalFeed().(*rss.Feed)
	if !ok {
		return 0
	}
	mins, err := strconv.Atoi(strings.TrimSpace(rf.TTL))
	if err != nil || mins <= 0 {
		return 0
	}
	return time.Duration(mins) * time.Minute
}
