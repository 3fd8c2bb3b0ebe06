package llm

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/llm/llmtest"
)

// memStore is a Store in memory.
type memStore struct {
	mu      sync.Mutex
	answers map[string][]byte
	tokens  map[string]int64
}

func newMemStore() *memStore {
	return &memStore{answers: map[string][]byte{}, tokens: map[string]int64{}}
}

func (s *memStore) LLMAnswer(_ context.Context, hash, model, version string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.answers[hash+"|"+model+"|"+version]
	return b, ok, nil
}

func (s *memStore) SaveLLMAnswer(_ context.Context, hash, model, version string, answer []byte, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.answers[hash+"|"+model+"|"+version] = answer
	return nil
}

func (s *memStore) AddLLMTokens(_ context.Context, day time.Time, n int64) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[day.Format(time.DateOnly)] += n
	return s.tokens[day.Format(time.DateOnly)], nil
}

func (s *memStore) LLMTokens(_ context.Context, day time.Time) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens[day.Format(time.DateOnly)], nil
}

// fakeAPI is an httptest server posing as the API: answer decides each
// reply, and every request is kept.
type fakeAPI struct {
	*httptest.Server
	mu       sync.Mutex
	requests []llmtest.Request
	answer   func(w http.ResponseWriter, req llmtest.Request, n int)
}

func newFakeAPI(t *testing.T, answer func(w http.ResponseWriter, req llmtest.Request, n int)) *fakeAPI {
	t.Helper()
	api := &fakeAPI{answer: answer}
	api.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		req, err := llmtest.ReadRequest(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		api.mu.Lock()
		api.requests = append(api.requests, req)
		n := len(api.requests)
		api.mu.Unlock()
		api.answer(w, req, n)
	}))
	t.Cleanup(api.Close)
	return api
}

func (api *fakeAPI) count() int {
	api.mu.Lock()
	defer api.mu.Unlock()
	return len(api.requests)
}

func (api *fakeAPI) request(i int) llmtest.Request {
	api.mu.Lock()
	defer api.mu.Unlock()
	return api.requests[i]
}

// answering replies content to every request.
func answering(content string) func(http.ResponseWriter, llmtest.Request, int) {
	return func(w http.ResponseWriter, req llmtest.Request, _ int) { llmtest.Reply(w, req, content) }
}

// goodAnswer codes testArticle: Chad accuses Sudan, Sudan (as Khartoum,
// a name to map) denies it.
const goodAnswer = `{"events": [
 {"type": "accusation", "source": "TCD", "target": "SDN", "evidence": 1, "when": "2025-03-04", "background": false},
 {"type": "denial", "source": "Khartoum", "target": "TCD", "evidence": 2, "when": "2025-03-04", "background": false}]}`

// newTestCoder returns a coder asking api, with o's settings over quick
// test defaults, and what it logs (read it once Code has returned: the
// handler serialises its writes, not the reads).
func newTestCoder(t *testing.T, api *fakeAPI, store Store, o Options) (*Coder, *bytes.Buffer) {
	t.Helper()
	logs := &bytes.Buffer{}
	o.URL, o.Model = api.URL+"/v1", "test-model"
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Second
	}
	if o.RetryBackoff == 0 {
		o.RetryBackoff = 10 * time.Millisecond
	}
	o.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if store == nil {
		store = newMemStore()
	}
	c, err := New(testCoder, coder.Builtin(), store, o)
	if err != nil {
		t.Fatal(err)
	}
	return c, logs
}

func dyads(evs []briefbot.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s %s->%s", e.Type, e.Source, e.Target))
	}
	return out
}

// builtinDyads are what the built-in coder finds in testArticle.
func builtinDyads() []string { return dyads(testCoder.Code(testArticle)) }

func TestCodeGoodAnswer(t *testing.T) {
	api := newFakeAPI(t, answering(goodAnswer))
	c, logs := newTestCoder(t, api, nil, Options{})
	evs := c.Code(context.Background(), testArticle)
	if got, want := strings.Join(dyads(evs), ", "), "accusation TCD->SDN, denial SDN->TCD"; got != want {
		t.Fatalf("events %s, want %s", got, want)
	}
	text := testArticle.Text
	for i, e := range evs {
		if e.Backend != briefbot.BackendLLM || !e.When.Equal(briefbot.Day(testArticle.Published)) ||
			!e.Published.Equal(testArticle.Published) || text[e.Start:e.End] != e.Evidence {
			t.Errorf("event %d = %+v", i, e)
		}
	}
	if evs[1].Evidence != "Khartoum denied the charge." {
		t.Errorf("the denial's evidence is %q, want the second candidate", evs[1].Evidence)
	}
	if api.count() != 1 {
		t.Fatalf("%d requests, want 1", api.count())
	}
	req := api.request(0)
	if req.Model != "test-model" || req.Temperature == nil || *req.Temperature != 0 || req.Stream || req.MaxTokens <= 0 {
		t.Errorf("request model %q, temperature %v, stream %v, max_tokens %d; want test-model at temperature 0, no stream",
			req.Model, req.Temperature, req.Stream, req.MaxTokens)
	}
	if !strings.Contains(string(req.ResponseFormat), `"type":"json_schema"`) || !strings.Contains(string(req.ResponseFormat), `"strict":true`) {
		t.Errorf("response_format = %s, want a strict json_schema", req.ResponseFormat)
	}
	if len(req.Messages) != 2 || req.Messages[0].Content != systemPrompt || strings.Contains(req.User(), "Farmers") {
		t.Errorf("messages = %+v, want the codebook and the candidates only", req.Messages)
	}
	if logs.String() != "" {
		t.Errorf("logged %q", logs.String())
	}
}

// An article with no candidate sentence has no events and costs nothing.
func TestCodeNoCandidates(t *testing.T) {
	api := newFakeAPI(t, answering(goodAnswer))
	c, _ := newTestCoder(t, api, nil, Options{})
	a := briefbot.Article{Text: "Bread prices rose. The weather was mild.", Published: testArticle.Published}
	if evs := c.Code(context.Background(), a); len(evs) != 0 || api.count() != 0 {
		t.Errorf("events %v after %d requests, want none and none", evs, api.count())
	}
}

// An invalid answer is asked for again once, saying why; the second
// answer stands.
func TestCodeRetriesAnInvalidAnswerOnce(t *testing.T) {
	api := newFakeAPI(t, func(w http.ResponseWriter, req llmtest.Request, n int) {
		if n == 1 {
			llmtest.Reply(w, req, `{"events": [{"type": "accusation", "source": "TCD", "target": "SDN", "evidence": 7`)
			return
		}
		llmtest.Reply(w, req, goodAnswer)
	})
	c, _ := newTestCoder(t, api, nil, Options{})
	evs := c.Code(context.Background(), testArticle)
	if len(evs) != 2 || evs[0].Backend != briefbot.BackendLLM || api.count() != 2 {
		t.Fatalf("events %v after %d requests, want the model's after 2", dyads(evs), api.count())
	}
	retry := api.request(1)
	if len(retry.Messages) != 4 || retry.Messages[2].Role != "assistant" || !strings.Contains(retry.Messages[3].Content, "cannot be used") {
		t.Errorf("the retry's messages = %+v, want the bad answer and why it is bad", retry.Messages)
	}
	if s := c.Stats(); s.InvalidOutputs != 1 || s.Requests != 2 || len(s.Fallbacks) != 0 {
		t.Errorf("stats %+v", s)
	}
}

// The failures that end in the built-in coder's events, marked as such.
func TestCodeFallsBack(t *testing.T) {
	tests := []struct {
		name     string
		answer   func(http.ResponseWriter, llmtest.Request, int)
		o        Options
		reason   string
		requests int
	}{
		{"malformed JSON twice", answering(`{"events": [{"type": "accusation",`), Options{}, reasonInvalid, 2},
		{"an unknown type twice", answering(`{"events": [{"type": "threat", "source": "TCD", "target": "SDN", "evidence": 1}]}`), Options{}, reasonInvalid, 2},
		{"500 twice", func(w http.ResponseWriter, _ llmtest.Request, _ int) { http.Error(w, "model crashed", 500) }, Options{}, reasonError, 2},
		{"401", func(w http.ResponseWriter, _ llmtest.Request, _ int) { http.Error(w, "bad key", 401) }, Options{}, reasonError, 1},
		{"no answer within the timeout", func(w http.ResponseWriter, req llmtest.Request, _ int) {
			time.Sleep(400 * time.Millisecond)
			llmtest.Reply(w, req, goodAnswer)
		}, Options{Timeout: 100 * time.Millisecond}, reasonTimeout, 1},
		{"429 asking to wait longer than MaxWait", func(w http.ResponseWriter, _ llmtest.Request, _ int) {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "slow down", 429)
		}, Options{}, reasonRate, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := newFakeAPI(t, tt.answer)
			c, logs := newTestCoder(t, api, nil, tt.o)
			evs := c.Code(context.Background(), testArticle)
			if got, want := strings.Join(dyads(evs), ", "), strings.Join(builtinDyads(), ", "); got != want || want == "" {
				t.Errorf("events %q, want the built-in coder's %q", got, want)
			}
			for _, e := range evs {
				if e.Backend != briefbot.BackendFallback {
					t.Errorf("event %+v not marked as the fallback's", e)
				}
			}
			if api.count() != tt.requests {
				t.Errorf("%d requests, want %d", api.count(), tt.requests)
			}
			if s := c.Stats(); s.Fallbacks[tt.reason] != 1 || len(s.Fallbacks) != 1 {
				t.Errorf("fallbacks %v, want one for %s", s.Fallbacks, tt.reason)
			}
			if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !strings.Contains(logs.String(), "reason="+tt.reason) {
				t.Errorf("logged %q, want one warning with the reason", logs.String())
			}
		})
	}
}

// A server error or a dropped connection is asked again once.
func TestCodeRetriesAServerErrorOnce(t *testing.T) {
	api := newFakeAPI(t, func(w http.ResponseWriter, req llmtest.Request, n int) {
		if n == 1 {
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		llmtest.Reply(w, req, goodAnswer)
	})
	c, _ := newTestCoder(t, api, nil, Options{})
	if evs := c.Code(context.Background(), testArticle); len(evs) != 2 || evs[0].Backend != briefbot.BackendLLM || api.count() != 2 {
		t.Errorf("events %v after %d requests, want the model's after 2", dyads(evs), api.count())
	}
}

// A 429 is waited out for its Retry-After, then asked again.
func TestCodeHonoursRetryAfter(t *testing.T) {
	var first time.Time
	var second time.Duration
	api := newFakeAPI(t, func(w http.ResponseWriter, req llmtest.Request, n int) {
		if n == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		second = time.Since(first)
		llmtest.Reply(w, req, goodAnswer)
	})
	c, _ := newTestCoder(t, api, nil, Options{})
	if evs := c.Code(context.Background(), testArticle); len(evs) != 2 || evs[0].Backend != briefbot.BackendLLM {
		t.Fatalf("events %v, want the model's", dyads(evs))
	}
	if api.count() != 2 || second < time.Second {
		t.Errorf("%d requests, the second %s after the first; want 2, a second apart at least", api.count(), second)
	}
}

// A long Retry-After holds every request back: the next article goes to
// the built-in coder without asking, and with no second warning.
func TestCodeRateLimitPausesEveryRequest(t *testing.T) {
	api := newFakeAPI(t, func(w http.ResponseWriter, _ llmtest.Request, _ int) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "rate limited", http.StatusTooManyRequests)
	})
	c, logs := newTestCoder(t, api, nil, Options{})
	for range 3 {
		c.Code(context.Background(), testArticle)
	}
	if api.count() != 1 || c.Stats().Fallbacks[reasonRate] != 3 || strings.Count(logs.String(), "level=WARN") != 1 {
		t.Errorf("%d requests, fallbacks %v, logs %q; want 1 request, 3 fallbacks, 1 warning", api.count(), c.Stats().Fallbacks, logs.String())
	}
}

// A body that trickles in is cut at the timeout, however long it would go
// on.
func TestCodeSlowStream(t *testing.T) {
	api := newFakeAPI(t, func(w http.ResponseWriter, _ llmtest.Request, _ int) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		for _, b := range []byte(`{"choices": [{"message": {"content": "{\"events\": []}"}}]}`) {
			if _, err := w.Write([]byte{b}); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			time.Sleep(50 * time.Millisecond)
		}
	})
	c, _ := newTestCoder(t, api, nil, Options{Timeout: 300 * time.Millisecond})
	start := time.Now()
	evs := c.Code(context.Background(), testArticle)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("coding took %s, want it cut at the 300ms timeout", took)
	}
	if len(evs) == 0 || evs[0].Backend != briefbot.BackendFallback || c.Stats().Fallbacks[reasonTimeout] != 1 {
		t.Errorf("events %+v, fallbacks %v; want the built-in coder's after a timeout", evs, c.Stats().Fallbacks)
	}
}

// Ids the gazetteer does not know are dropped and counted; the rest of
// the answer stands.
func TestCodeDropsUnknownActors(t *testing.T) {
	api := newFakeAPI(t, answering(`{"events": [
		{"type": "accusation", "source": "TCD", "target": "XXR", "evidence": 1, "when": "", "background": false},
		{"type": "accusation", "source": "Chad", "target": "Sudan", "evidence": 1, "when": "", "background": false}]}`))
	c, _ := newTestCoder(t, api, nil, Options{})
	evs := c.Code(context.Background(), testArticle)
	if got := strings.Join(dyads(evs), ", "); got != "accusation TCD->SDN" || api.count() != 1 {
		t.Errorf("events %q after %d requests, want the known pair after 1", got, api.count())
	}
	if s := c.Stats(); s.UnknownActors != 1 || s.InvalidOutputs != 0 {
		t.Errorf("stats %+v, want one unknown actor and no invalid answer", s)
	}
}

// Re-coding the same text asks nothing: not the same coder, nor a new one
// on the same store.
func TestCodeCacheWarm(t *testing.T) {
	api := newFakeAPI(t, answering(goodAnswer))
	store := newMemStore()
	c, _ := newTestCoder(t, api, store, Options{})
	first := c.Code(context.Background(), testArticle)
	again := c.Code(context.Background(), testArticle)
	restarted, _ := newTestCoder(t, api, store, Options{})
	third := restarted.Code(context.Background(), testArticle)
	if api.count() != 1 {
		t.Errorf("%d requests, want 1", api.count())
	}
	if a, b, c := fmt.Sprint(first), fmt.Sprint(again), fmt.Sprint(third); a != b || a != c {
		t.Errorf("cached events differ:\n%s\n%s\n%s", a, b, c)
	}
	if s := c.Stats(); s.CacheHits != 1 || s.Batches != 2 || s.Requests != 1 {
		t.Errorf("stats %+v, want 2 batches: 1 request, 1 cache hit", s)
	}
	// Another date is another question.
	later := testArticle
	later.Published = later.Published.Add(24 * time.Hour)
	c.Code(context.Background(), later)
	if api.count() != 2 {
		t.Errorf("%d requests after a new date, want 2", api.count())
	}
}

// Over the day's budget the built-in coder takes over, with one warning;
// the count survives a restart, and the next day starts afresh.
func TestCodeBudget(t *testing.T) {
	api := newFakeAPI(t, answering(goodAnswer))
	store := newMemStore()
	now := time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	o := Options{MaxDailyTokens: 100, Clock: clock}
	c, logs := newTestCoder(t, api, store, o)
	articles := make([]briefbot.Article, 4)
	for i := range articles {
		articles[i] = testArticle
		articles[i].Text = strings.Replace(testArticle.Text, "rebels", fmt.Sprintf("rebels of group %d", i), 1)
	}
	for _, a := range articles {
		c.Code(context.Background(), a)
	}
	// The first request spends more than 100 tokens: the codebook alone
	// is more.
	if api.count() != 1 || c.Stats().Fallbacks[reasonBudget] != 3 {
		t.Errorf("%d requests, fallbacks %v; want 1 and 3 over budget", api.count(), c.Stats().Fallbacks)
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !strings.Contains(logs.String(), "max_daily_tokens is spent") {
		t.Errorf("logged %q, want one warning", logs.String())
	}
	restarted, _ := newTestCoder(t, api, store, o)
	if evs := restarted.Code(context.Background(), articles[3]); api.count() != 1 || evs[0].Backend != briefbot.BackendFallback {
		t.Errorf("after a restart: %d requests, want the budget still spent", api.count())
	}
	mu.Lock()
	now = now.Add(24 * time.Hour)
	mu.Unlock()
	if evs := c.Code(context.Background(), articles[2]); api.count() != 2 || evs[0].Backend != briefbot.BackendLLM {
		t.Errorf("the next day: %d requests, want a new budget", api.count())
	}
}

// A server that refuses response_format is asked without it, then and
// from then on.
func TestCodeWithoutSchemaSupport(t *testing.T) {
	api := newFakeAPI(t, func(w http.ResponseWriter, req llmtest.Request, _ int) {
		if len(req.ResponseFormat) > 0 {
			http.Error(w, `{"error": "unknown field response_format"}`, http.StatusBadRequest)
			return
		}
		llmtest.Reply(w, req, "Sure! Here you go:\n```json\n"+goodAnswer+"\n```")
	})
	c, logs := newTestCoder(t, api, nil, Options{})
	second := testArticle
	second.Published = second.Published.Add(time.Hour * 24)
	for _, a := range []briefbot.Article{testArticle, second} {
		if evs := c.Code(context.Background(), a); len(evs) != 2 || evs[0].Backend != briefbot.BackendLLM {
			t.Fatalf("events %v, want the model's", dyads(evs))
		}
	}
	if api.count() != 3 || strings.Count(logs.String(), "refused response_format") != 1 {
		t.Errorf("%d requests, logs %q; want 3 (one refused) and one warning", api.count(), logs.String())
	}
}

// No more requests are in flight than MaxConcurrency.
func TestCodeBoundsConcurrency(t *testing.T) {
	var inFlight, most atomic.Int32
	api := newFakeAPI(t, func(w http.ResponseWriter, req llmtest.Request, _ int) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		llmtest.Reply(w, req, `{"events": []}`)
	})
	c, _ := newTestCoder(t, api, nil, Options{MaxConcurrency: 2})
	var wg sync.WaitGroup
	for i := range 8 {
		a := testArticle
		a.Published = a.Published.Add(time.Duration(i) * 24 * time.Hour)
		wg.Go(func() { c.Code(context.Background(), a) })
	}
	wg.Wait()
	if api.count() != 8 || most.Load() != 2 {
		t.Errorf("%d requests, at most %d at once; want 8, 2 at once", api.count(), most.Load())
	}
}

// With requests_per_minute spent, a request that would wait longer than
// MaxWait goes to the built-in coder.
func TestCodeRequestsPerMinute(t *testing.T) {
	api := newFakeAPI(t, answering(`{"events": []}`))
	c, _ := newTestCoder(t, api, nil, Options{RequestsPerMinute: 1, MaxConcurrency: 1, MaxWait: 100 * time.Millisecond})
	second := testArticle
	second.Published = second.Published.Add(24 * time.Hour)
	c.Code(context.Background(), testArticle)
	if evs := c.Code(context.Background(), second); api.count() != 1 || len(evs) == 0 || evs[0].Backend != briefbot.BackendFallback {
		t.Errorf("%d requests, events %+v; want 1 request, then the built-in coder", api.count(), evs)
	}
	if c.Stats().Fallbacks[reasonRate] != 1 {
		t.Errorf("fallbacks %v, want one rate_limited", c.Stats().Fallbacks)
	}
}

// Shutting down is no failure of the model: no warning.
func TestCodeCanceled(t *testing.T) {
	api := newFakeAPI(t, answering(goodAnswer))
	c, logs := newTestCoder(t, api, nil, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	evs := c.Code(ctx, testArticle)
	if len(evs) == 0 || evs[0].Backend != briefbot.BackendFallback || c.Stats().Fallbacks[reasonCanceled] != 1 || logs.String() != "" {
		t.Errorf("events %+v, fallbacks %v, logs %q", evs, c.Stats().Fallbacks, logs.String())
	}
}

// A long article is sent in several requests, each within the bounds.
func TestCodeBatchesALongArticle(t *testing.T) {
	api := newFakeAPI(t, answering(`{"events": []}`))
	c, _ := newTestCoder(t, api, nil, Options{})
	var text strings.Builder
	for i := range 100 {
		fmt.Fprintf(&text, "Chad accused Sudan of raid number %d. ", i)
	}
	c.Code(context.Background(), briefbot.Article{Text: text.String(), Published: testArticle.Published})
	if api.count() != 4 {
		t.Errorf("%d requests for 100 candidates, want 4", api.count())
	}
	for i := range api.count() {
		if n := strings.Count(api.request(i).User(), "\n["); n > maxBatchCandidates {
			t.Errorf("request %d holds %d candidates, more than %d", i, n, maxBatchCandidates)
		}
	}
}
