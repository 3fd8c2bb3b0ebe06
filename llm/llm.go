// Package llm codes articles with a language model behind an
// OpenAI-compatible chat completions API (Ollama, llama.cpp's server, vLLM,
// LM Studio, a hosted API), for teams that run one. The built-in coder
// chooses what is sent: only the sentences that may state an event, with a
// sentence of context on each side, one request per article. The model's
// answer is validated against the gazetteer and cached in the database; an
// article the model cannot code (down, too slow, over budget, invalid
// twice) is coded by the built-in coder instead, its events marked so.
package llm

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/metrics"
)

// Store keeps the model's answers and the tokens spent per day;
// *storage.Store implements it.
type Store interface {
	LLMAnswer(ctx context.Context, textHash, model, promptVersion string) (answer []byte, ok bool, err error)
	SaveLLMAnswer(ctx context.Context, textHash, model, promptVersion string, answer []byte, now time.Time) error
	AddLLMTokens(ctx context.Context, day time.Time, n int64) (total int64, err error)
	LLMTokens(ctx context.Context, day time.Time) (int64, error)
}

// Options configure a Coder; the zero value of each optional field picks
// the default shown beside it.
type Options struct {
	URL               string        // the API's base URL, such as http://localhost:11434/v1
	Model             string        // the model to ask
	APIKey            string        // sent as a bearer token; "" sends none
	Timeout           time.Duration // 2m: one request with its whole answer
	MaxConcurrency    int           // 2 requests in flight
	RequestsPerMinute int           // 0: no limit
	MaxDailyTokens    int64         // tokens in and out per UTC day; 0: no limit
	// MaxWait bounds how long a request waits for its turn under
	// RequestsPerMinute or after a 429: 1m. Beyond it the built-in coder
	// codes the article, so that ingest never stalls on the model.
	MaxWait time.Duration
	// RetryBackoff is the pause before asking again after a server error
	// or a failed connection: 1s.
	RetryBackoff time.Duration
	Clock        func() time.Time // time.Now
	Logger       *slog.Logger     // slog.Default()
}

func (o Options) withDefaults() Options {
	o.Timeout = cmp.Or(o.Timeout, 2*time.Minute)
	o.MaxConcurrency = cmp.Or(o.MaxConcurrency, 2)
	o.MaxWait = cmp.Or(o.MaxWait, time.Minute)
	o.RetryBackoff = cmp.Or(o.RetryBackoff, time.Second)
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Request budget per article.
const (
	// maxBatchCandidates and maxBatchBytes bound one request, and
	// maxAnswerTokens its answer, so that a long article's request fits a
	// context of 8k tokens (the codebook is about 1.8k, the sentences up to
	// 2k, the answer up to 2k): what a 7–8B model on a laptop is run with.
	maxBatchCandidates = 30
	maxBatchBytes      = 8 << 10
	maxAnswerTokens    = 2048
	// maxRateLimited bounds the 429s one request waits out.
	maxRateLimited = 3
)

// Why the built-in coder coded an article (the reason label of
// briefbot_llm_fallbacks_total).
const (
	reasonBudget   = "budget"       // max_daily_tokens spent
	reasonRate     = "rate_limited" // no turn within MaxWait, or 429s
	reasonInvalid  = "invalid"      // two answers that failed validation
	reasonError    = "error"        // the API failed or refused
	reasonTimeout  = "timeout"      // no whole answer within Timeout
	reasonCanceled = "canceled"     // the caller gave up: shutting down
)

// fallbackError says why a request got no usable answer.
type fallbackError struct {
	reason string
	err    error
}

func (e *fallbackError) Error() string { return e.reason + ": " + e.err.Error() }
func (e *fallbackError) Unwrap() error { return e.err }

// Coder codes articles with a language model. It is safe for concurrent
// use.
type Coder struct {
	builtin *coder.Coder
	g       *coder.Gazetteer
	store   Store
	o       Options
	client  *client
	slots   chan struct{} // bounds the requests in flight
	limiter *rate.Limiter // nil: no per-minute limit
	// noSchema is set once the server refused response_format: from then
	// on the answer is asked for in words, and parsed leniently.
	noSchema atomic.Bool
	budget   budget

	mu sync.Mutex
	// pausedUntil is when a 429's Retry-After ends, for every request.
	pausedUntil time.Time
	// warned holds the fallback reasons logged at warning level since the
	// model last answered: one warning each, not one per article.
	warned map[string]bool
	stats  Stats
}

// New returns a coder that asks the model o names, falls back on builtin,
// checks actors against g (the gazetteer builtin was made with) and caches
// answers and spent tokens in store.
func New(builtin *coder.Coder, g *coder.Gazetteer, store Store, o Options) (*Coder, error) {
	if o.URL == "" || o.Model == "" {
		return nil, errors.New("llm: a URL and a model are needed")
	}
	o = o.withDefaults()
	c := &Coder{
		builtin: builtin, g: g, store: store, o: o,
		client: newClient(o.URL, o.APIKey, o.Timeout, o.Clock),
		slots:  make(chan struct{}, o.MaxConcurrency),
		budget: budget{max: o.MaxDailyTokens},
		warned: map[string]bool{},
		stats:  Stats{Fallbacks: map[string]int{}},
	}
	if o.RequestsPerMinute > 0 {
		// Requests are spread over the minute, with a burst of as many as
		// may be in flight at once.
		c.limiter = rate.NewLimiter(rate.Limit(float64(o.RequestsPerMinute)/60), o.MaxConcurrency)
	}
	return c, nil
}

// Code returns the events of an article as the model codes them, in text
// order: each event's evidence is the candidate sentence it was found in.
// An article with no candidate sentence has no events and costs no
// request. When the model gives no usable answer, the built-in coder's
// events are returned, with Backend set to briefbot.BackendFallback.
func (c *Coder) Code(ctx context.Context, a briefbot.Article) []briefbot.Event {
	sel := c.builtin.Candidates(a)
	c.count(func(s *Stats) {
		s.Articles++
		s.Sentences += sel.Sentences
		s.Candidates += len(sel.Candidates)
		if len(sel.Candidates) > 0 {
			s.WithCandidates++
		}
	})
	var events []briefbot.Event
	for _, cands := range batches(sel.Candidates) {
		c.count(func(s *Stats) { s.Batches++ })
		evs, err := c.codeBatch(ctx, sel.Text, a, cands)
		if err != nil {
			return c.fallback(a, err)
		}
		events = append(events, evs...)
	}
	slices.SortStableFunc(events, func(x, y briefbot.Event) int { return cmp.Compare(x.Start, y.Start) })
	return events
}

// batches splits an article's candidates into its requests: one, unless
// the article is too long for one.
func batches(cands []coder.Candidate) [][]coder.Candidate {
	if len(cands) == 0 {
		return nil
	}
	var out [][]coder.Candidate
	start, size := 0, 0
	for i, c := range cands {
		n := len(c.Before.Text) + len(c.Sentence.Text) + len(c.After.Text)
		if i > start && (i-start == maxBatchCandidates || size+n > maxBatchBytes) {
			out = append(out, cands[start:i])
			start, size = i, 0
		}
		size += n
	}
	return append(out, cands[start:])
}

// codeBatch codes one request's candidates, from the cache or the model.
// An answer that fails validation is asked for again once, with the
// reason, since at temperature 0 the same question gets the same answer.
func (c *Coder) codeBatch(ctx context.Context, text string, a briefbot.Article, cands []coder.Candidate) ([]briefbot.Event, error) {
	var day time.Time
	if !a.Published.IsZero() {
		day = briefbot.Day(a.Published)
	}
	user := userMessage(text, a.Published, cands, c.g)
	key := textHash(user)
	if evs, ok := c.cached(ctx, key, len(cands), day); ok {
		return toEvents(evs, cands, a), nil
	}
	// An event takes some 40 tokens of JSON; few sentences state more
	// than one.
	req := &chatRequest{Model: c.o.Model, MaxTokens: min(maxAnswerTokens, 256+64*len(cands)), Messages: []message{
		{Role: "system", Content: systemPrompt},
		{Role: "user", Content: user},
	}}
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		var content string
		if content, err = c.send(ctx, req); err != nil {
			return nil, err
		}
		var evs []answerEvent
		if evs, err = c.check(content, len(cands), day); err == nil {
			metrics.LLMRequests.WithLabelValues("ok").Inc()
			c.answered()
			c.save(ctx, key, evs)
			return toEvents(evs, cands, a), nil
		}
		metrics.LLMRequests.WithLabelValues("invalid").Inc()
		metrics.LLMInvalidOutputs.Inc()
		c.count(func(s *Stats) { s.InvalidOutputs++ })
		c.o.Logger.Debug("the model's answer is invalid", "link", a.Link, "err", err, "answer", snippet([]byte(content)))
		req.Messages = append(req.Messages[:2],
			message{Role: "assistant", Content: content},
			message{Role: "user", Content: fmt.Sprintf("That answer cannot be used (%v). Answer again with the JSON object only, following the codebook.", err)})
	}
	return nil, &fallbackError{reason: reasonInvalid, err: err}
}

// check parses and validates an answer, counting the events dropped for
// an unknown actor.
func (c *Coder) check(content string, n int, day time.Time) ([]answerEvent, error) {
	raw, err := parseAnswer(content)
	if err != nil {
		return nil, &invalidError{msg: err.Error()}
	}
	evs, unknown, err := validate(raw, n, day, c.g)
	if unknown > 0 {
		metrics.LLMUnknownActors.Add(float64(unknown))
		c.count(func(s *Stats) { s.UnknownActors += unknown })
	}
	return evs, err
}

// cached returns the stored answer for key, if one is stored and still
// valid (the gazetteer may have changed since).
func (c *Coder) cached(ctx context.Context, key string, n int, day time.Time) ([]answerEvent, bool) {
	b, ok, err := c.store.LLMAnswer(ctx, key, c.o.Model, PromptVersion)
	if err != nil {
		c.o.Logger.Warn("reading a cached answer", "err", err)
	}
	if !ok {
		return nil, false
	}
	raw, err := parseAnswer(string(b))
	if err != nil {
		return nil, false
	}
	evs, _, err := validate(raw, n, day, c.g)
	if err != nil {
		return nil, false
	}
	metrics.LLMCacheHits.Inc()
	c.count(func(s *Stats) { s.CacheHits++ })
	return evs, true
}

// save caches a validated answer; a failure costs a request later, no
// more, so it is only logged.
func (c *Coder) save(ctx context.Context, key string, evs []answerEvent) {
	if evs == nil {
		evs = []answerEvent{} // "no events" is an answer too
	}
	b, err := json.Marshal(answer{Events: evs})
	if err == nil {
		err = c.store.SaveLLMAnswer(ctx, key, c.o.Model, PromptVersion, b, c.o.Clock())
	}
	if err != nil {
		c.o.Logger.Warn("caching the model's answer", "err", err)
	}
}

// Events of a model carry no finer code. Their intensity is the typical
// one of their type in the trigger lexicons, which the briefings rank by,
// and their confidence about the agreement of a second human annotator.
var intensity = map[briefbot.EventType]float64{
	briefbot.Accusation: -2, briefbot.Denial: -1, briefbot.Escalation: -7, briefbot.Deescalation: 4,
}

const confidence = 0.9

// toEvents turns validated events into the domain's, their evidence the
// candidate sentence each names.
func toEvents(evs []answerEvent, cands []coder.Candidate, a briefbot.Article) []briefbot.Event {
	out := make([]briefbot.Event, 0, len(evs))
	for _, e := range evs {
		s := cands[e.Evidence-1].Sentence
		ev := briefbot.Event{Type: e.Type, Source: e.Source, Target: e.Target,
			Evidence: s.Text, Start: s.Start, End: s.End, Background: e.Background,
			Confidence: confidence, Intensity: intensity[e.Type], Backend: briefbot.BackendLLM, Published: a.Published}
		if e.When != "" {
			ev.When, _ = time.Parse(time.DateOnly, e.When) // validated
		}
		out = append(out, ev)
	}
	return out
}

// fallback codes a with the built-in coder, after err kept the model from
// coding it.
func (c *Coder) fallback(a briefbot.Article, err error) []briefbot.Event {
	reason := reasonError
	if fe := (*fallbackError)(nil); errors.As(err, &fe) {
		reason = fe.reason
	}
	metrics.LLMFallbacks.WithLabelValues(reason).Inc()
	c.count(func(s *Stats) { s.Fallbacks[reason]++ })
	c.warn(reason, err, a)
	events := c.builtin.Code(a)
	for i := range events {
		events[i].Backend = briefbot.BackendFallback
	}
	return events
}

// warn logs a fallback: at warning level the first time for its reason
// until the model answers again (for the budget, once a day), else at
// debug level, so that a model down for an hour is one line, not one per
// article. Shutting down is no news.
func (c *Coder) warn(reason string, err error, a briefbot.Article) {
	if reason == reasonCanceled {
		return
	}
	c.mu.Lock()
	first := !c.warned[reason]
	c.warned[reason] = true
	c.mu.Unlock()
	log := c.o.Logger.With("reason", reason, "err", err)
	if !first {
		log.Debug("the built-in coder coded an article", "link", a.Link)
		return
	}
	if reason == reasonBudget {
		log.Warn("coder.llm.max_daily_tokens is spent: the built-in coder codes articles until midnight UTC",
			"max_daily_tokens", c.o.MaxDailyTokens)
		return
	}
	log.Warn("the model gives no usable answer: the built-in coder codes articles until it does", "model", c.o.Model)
}

// answered records a usable answer from the model, which ends the
// warnings of its failures (not the budget's: that one ends with the day).
func (c *Coder) answered() {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ended []string
	for reason := range c.warned {
		if reason != reasonBudget {
			ended = append(ended, reason)
			delete(c.warned, reason)
		}
	}
	if len(ended) > 0 {
		slices.Sort(ended)
		c.o.Logger.Info("the model answers again", "model", c.o.Model, "after", ended)
	}
}

// Stats counts what a Coder did, for the figures "briefbot code" and
// "briefbot eval" print.
type Stats struct {
	Articles       int            // articles coded
	WithCandidates int            // articles with a sentence to send
	Sentences      int            // sentences of the articles
	Candidates     int            // sentences sent as candidates
	Batches        int            // requests the articles needed, sent or answered from the cache
	Requests       int            // requests sent to the model, retries included
	CacheHits      int            // requests answered from the cache
	InvalidOutputs int            // answers that failed parsing or validation
	UnknownActors  int            // events dropped for an actor the gazetteer does not know
	Fallbacks      map[string]int // articles the built-in coder coded instead, by reason
}

// Stats returns the counts so far.
func (c *Coder) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stats
	s.Fallbacks = make(map[string]int, len(c.stats.Fallbacks))
	for k, v := range c.stats.Fallbacks {
		s.Fallbacks[k] = v
	}
	return s
}

func (c *Coder) count(f func(*Stats)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(&c.stats)
}
