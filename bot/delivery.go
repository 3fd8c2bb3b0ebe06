package bot

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/internal/retry"
)

// Limits on the chat endpoints, whose requests are unauthenticated until
// their body has been read and its signature checked.
const (
	// maxUnverified bounds the chat requests handled at once; more get 503
	// at once instead of piling up.
	maxUnverified = 64
	// bodyDeadline bounds reading a request's body, so that a client
	// trickling it cannot hold a connection (or a slot) for long.
	bodyDeadline = 5 * time.Second
)

// Handler serves the chat platforms' HTTP endpoints, POST /slack/commands
// and POST /discord/interactions, for the adapters that are not nil. Mount
// it on the daemon's http.addr for both paths.
func Handler(s *Slack, d *Discord) http.Handler {
	return handler(s, d, maxUnverified, bodyDeadline)
}

func handler(s *Slack, d *Discord, slots int, deadline time.Duration) http.Handler {
	mux := http.NewServeMux()
	if s != nil {
		mux.Handle("/slack/commands", s)
	}
	if d != nil {
		mux.Handle("/discord/interactions", d)
	}
	busy := make(chan struct{}, slots)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Read deadlines are not supported by test recorders, which have no
		// connection: the errors are ignored.
		rc := http.NewResponseController(w)
		select {
		case busy <- struct{}{}:
			defer func() { <-busy }()
			_ = rc.SetReadDeadline(time.Now().Add(deadline))
		default:
			// The server would otherwise wait for the rest of a body no
			// one reads before closing the connection.
			_ = rc.SetReadDeadline(time.Now())
			w.Header().Set("Connection", "close")
			w.Header().Set("Retry-After", "1")
			http.Error(w, "too many requests in progress", http.StatusServiceUnavailable)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// readPost reads the body of a POST, at most limit bytes, answering the
// request itself (405, 400, 408) when it cannot be read.
func readPost(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		http.Error(w, "body too slow", http.StatusRequestTimeout)
		return nil, false
	case err != nil:
		http.Error(w, "body too large or unreadable", http.StatusBadRequest)
		return nil, false
	}
	return body, true
}

// retryPolicy retries a platform call on rate limits (waiting as long as the
// platform asks) and on server errors (with exponential backoff). Other
// errors are returned at once: the outbox keeps the message for the next run.
type retryPolicy struct {
	attempts int
	backoff  time.Duration // first wait after a server error; doubles each time
	maxWait  time.Duration // a longer Retry-After is not waited for
	sleep    func(ctx context.Context, d time.Duration) error
}

func defaultRetry() retryPolicy {
	return retryPolicy{attempts: 5, backoff: time.Second, maxWait: 2 * time.Minute, sleep: retry.Sleep}
}

// retryable says how long to wait before retrying err, if at all.
type retryable func(err error, attempt int, backoff time.Duration) (wait time.Duration, retry bool)

func (p retryPolicy) do(ctx context.Context, op func() error, classify retryable) error {
	var err error
	for attempt := 0; attempt < p.attempts; attempt++ {
		if err = op(); err == nil {
			return nil
		}
		wait, retry := classify(err, attempt, p.backoff<<attempt)
		if !retry || attempt == p.attempts-1 {
			break
		}
		if wait > p.maxWait {
			return fmt.Errorf("asked to wait %v, longer than %v: %w", wait, p.maxWait, err)
		}
		if serr := p.sleep(ctx, wait); serr != nil {
			return fmt.Errorf("%w (while waiting to retry: %w)", err, serr)
		}
	}
	return err
}

// replayWindow is how old a signed request may be, and how long it is
// remembered to refuse a replay.
const replayWindow = 5 * time.Minute

// ReplayStore remembers the signed requests accepted within the replay
// window; *storage.Store implements it, so that a replay is refused even
// after a restart.
type ReplayStore interface {
	// FirstSeen records key until expires and reports whether it was new.
	FirstSeen(ctx context.Context, key []byte, now, expires time.Time) (bool, error)
}

// replayGuard refuses a signed request accepted before. A request is known
// by a hash of what its signature covers (platform, timestamp and body),
// not by the signature's text: re-encoding a signature (its hex in upper
// case) does not make a replay new.
type replayGuard struct{ store ReplayStore }

func newReplayGuard(store ReplayStore) replayGuard {
	if store == nil {
		store = &memoryReplays{seen: map[string]time.Time{}}
	}
	return replayGuard{store}
}

// first records the request and reports whether it was not seen within the
// window. A store failure refuses the request: better a retry than a replay.
func (g replayGuard) first(ctx context.Context, platform, timestamp string, body []byte, now time.Time) (bool, error) {
	h := sha256.New()
	for _, part := range [][]byte{[]byte(platform), []byte(timestamp), body} {
		h.Write(part)
		h.Write([]byte{0})
	}
	// Twice the window: a timestamp up to five minutes in the future is
	// accepted too.
	return g.store.FirstSeen(ctx, h.Sum(nil), now, now.Add(2*replayWindow))
}

// memoryReplays is a ReplayStore in memory, for adapters given no store
// (tests, one-off tools): it forgets everything on exit.
type memoryReplays struct {
	mu   sync.Mutex
	seen map[string]time.Time // key -> expiry
}

func (m *memoryReplays) FirstSeen(_ context.Context, key []byte, now, expires time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, exp := range m.seen {
		if !now.Before(exp) {
			delete(m.seen, k)
		}
	}
	if _, ok := m.seen[string(key)]; ok {
		return false, nil
	}
	m.seen[string(key)] = expires
	return true, nil
}

// answerSoon runs the command in the background and returns its answer if it
// comes within budget; otherwise it returns false and the channel on which
// the answer will arrive, for a follow-up message. Platforms want an
// acknowledgement within three seconds.
func (r *Router) answerSoon(ctx context.Context, req Request, budget time.Duration) (Response, bool, <-chan Response) {
	ch := make(chan Response, 1)
	go func() { ch <- r.Handle(ctx, req) }()
	t := time.NewTimer(budget)
	defer t.Stop()
	select {
	case resp := <-ch:
		return resp, true, nil
	case <-t.C:
		return Response{}, false, ch
	}
}

// splitLines cuts text into chunks of at most limit bytes, at line breaks
// where possible, for platforms' message size limits.
func splitLines(text string, limit int) []string {
	var chunks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			chunks = append(chunks, cur.String())
			cur.Reset()
		}
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		for len(line) > limit { // a single overlong line is cut hard
			flush()
			cut := clip(line, limit-len("…"))
			chunks = append(chunks, cut)
			line = line[len(cut)-len("…"):]
		}
		if cur.Len()+len(line) > limit {
			flush()
		}
		cur.WriteString(line)
	}
	flush()
	for i, c := range chunks {
		chunks[i] = strings.TrimRight(c, "\n")
	}
	return chunks
}
