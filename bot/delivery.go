package bot

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Handler serves the chat platforms' HTTP endpoints, POST /slack/commands
// and POST /discord/interactions, for the adapters that are not nil. Mount
// it on the daemon's http.addr for both paths.
func Handler(s *Slack, d *Discord) http.Handler {
	mux := http.NewServeMux()
	if s != nil {
		mux.Handle("/slack/commands", s)
	}
	if d != nil {
		mux.Handle("/discord/interactions", d)
	}
	return mux
}

// readPost reads the body of a POST, at most limit bytes, answering the
// request itself (405, 400) when it cannot be read.
func readPost(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
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
	return retryPolicy{attempts: 5, backoff: time.Second, maxWait: 2 * time.Minute, sleep: sleepCtx}
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

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// replayWindow is how old a signed request may be, and how long its
// signature is remembered to refuse a replay.
const replayWindow = 5 * time.Minute

// replayGuard remembers the signatures of accepted requests for the replay
// window, so a captured request cannot be executed twice.
type replayGuard struct {
	mu        sync.Mutex
	seen      map[string]time.Time // signature -> when it may be forgotten
	lastPrune time.Time
}

// first records sig and reports whether it was not seen within the window.
func (g *replayGuard) first(sig string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seen == nil {
		g.seen = map[string]time.Time{}
	}
	if now.Sub(g.lastPrune) > time.Minute {
		for k, exp := range g.seen {
			if now.After(exp) {
				delete(g.seen, k)
			}
		}
		g.lastPrune = now
	}
	if exp, ok := g.seen[sig]; ok && !now.After(exp) {
		return false
	}
	// Twice the window: a timestamp up to five minutes in the future is
	// accepted too.
	g.seen[sig] = now.Add(2 * replayWindow)
	return true
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
