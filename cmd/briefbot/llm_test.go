package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/coder/eval"
	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/llm"
	"github.com/briefbot/briefbot/llm/llmtest"
	"github.com/briefbot/briefbot/storage"
)

// goldAPI serves the gold-answering stand-in for the items of path, and
// writes a config whose llm section points at it.
func goldAPI(t *testing.T, path string) (*llmtest.Gold, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := eval.Load(f, path)
	if err != nil {
		t.Fatal(err)
	}
	gold := llmtest.NewGold(coder.Builtin(), set)
	srv := httptest.NewServer(gold)
	t.Cleanup(srv.Close)
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	yaml := fmt.Sprintf("storage: {path: %s}\ncoder:\n  llm: {url: %s/v1, model: gold, max_concurrency: 3}\n",
		filepath.Join(t.TempDir(), "cache.db"), srv.URL)
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return gold, cfg
}

// Against a stand-in that answers with the gold events, eval scores
// perfectly but for the gold events whose sentences candidate selection
// does not send: in testdata/llm-gold.jsonl, the one of lg-6, whose
// sentence names no actor the gazetteer knows ("the North").
func TestEvalLLMLosesNothingOfItsOwn(t *testing.T) {
	const path = "testdata/llm-gold.jsonl"
	gold, cfg := goldAPI(t, path)
	code, out, errOut := runWithInput(t, "", "eval", "-config", cfg, "-coder", "llm", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "typed-dyad F1: 0.933 (P=1.000 R=0.875 tp=7 fp=0 fn=1)") {
		t.Errorf("eval printed:\n%s", out)
	}
	want := "llm: 7 articles, 5 with candidates; 5 requests (0.71 per article), 5 sent, 0 from the cache; " +
		"6 candidates of 9 sentences (0.67 per sentence); 0 invalid answers, 0 events with unknown actors dropped; fallbacks: none\n"
	if errOut != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
	}
	if gold.Requests() != 5 || gold.Unmatched() != 0 {
		t.Errorf("the stand-in served %d requests, %d matching no item; want 5, 0", gold.Requests(), gold.Unmatched())
	}
}

// With the cache warm, coding the same items again sends no request.
func TestCodeLLMCacheWarm(t *testing.T) {
	const path = "testdata/llm-gold.jsonl"
	gold, cfg := goldAPI(t, path)
	var outs []string
	for range 2 {
		code, out, errOut := runWithInput(t, "", "code", "-config", cfg, "-coder", "llm", path)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		outs = append(outs, out)
	}
	if gold.Requests() != 5 {
		t.Errorf("%d requests over two runs, want the first run's 5 only", gold.Requests())
	}
	if outs[0] != outs[1] || !strings.Contains(outs[0], `"backend":"llm"`) {
		t.Errorf("the runs printed\n%s\nand\n%s", outs[0], outs[1])
	}
}

func TestCodeLLMUsage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "never.db")
	config := func(name, coder string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("storage: {path: "+db+"}\ncoder: "+coder+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	builtin := config("builtin.yaml", "{backend: builtin}")
	keyless := config("keyless.yaml", "{llm: {url: http://127.0.0.1:1/v1, model: m, api_key_env: BRIEFBOT_TEST_UNSET_KEY}}")
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"code", "-coder", "llm"}, "-coder llm needs -config with a coder.llm section"},
		{[]string{"code", "-coder", "gpt"}, `-coder: unknown backend "gpt"`},
		{[]string{"eval", "-config", builtin, "-coder", "llm", "testdata/llm-gold.jsonl"}, "the llm backend needs coder.llm.url and coder.llm.model"},
		{[]string{"code", "-config", keyless, "-coder", "llm"}, "coder.llm.api_key_env: BRIEFBOT_TEST_UNSET_KEY is not set"},
	} {
		code, _, errOut := runWithInput(t, "", tc.args...)
		if code != 1 || !strings.Contains(errOut, tc.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want 1 and %q", tc.args, code, errOut, tc.stderr)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a refused run left a database behind: %v", err)
	}
}

// The watcher codes the bundled sample feeds through the LLM coder; coding
// the same feeds again into another database, with the cache warm, sends
// no request. Run with -v for the figures the README quotes.
func TestLLMSampleFeeds(t *testing.T) {
	ctx := context.Background()
	var requests atomic.Int64
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		req, err := llmtest.ReadRequest(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		llmtest.Reply(w, req, `{"events": []}`)
	}))
	defer api.Close()
	feeds := httptest.NewServer(feed.SampleHandler())
	defer feeds.Close()
	sources, err := feed.SampleSources(feeds.URL)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cache, err := storage.Open(ctx, filepath.Join(dir, "first.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	quiet := slog.New(slog.DiscardHandler)
	poll := func(st *storage.Store) llm.Stats {
		c, err := llm.New(coder.New(coder.Builtin()), coder.Builtin(), cache, llm.Options{URL: api.URL + "/v1", Model: "m", Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := feed.NewWatcher(st, c, feed.Options{Logger: quiet}).PollOnce(ctx, sources, nil)
		if err != nil || sum.FeedsFailed > 0 || sum.NewArticles == 0 {
			t.Fatalf("poll: %+v, %v", sum, err)
		}
		return c.Stats()
	}
	first := poll(cache)
	t.Logf("sample feeds: %s", summary(first))
	// A story syndicated word for word by two outlets is asked once.
	if first.Requests == 0 || int64(first.Requests) != requests.Load() || first.Requests+first.CacheHits != first.Batches {
		t.Errorf("%d requests served, stats %+v", requests.Load(), first)
	}
	other, err := storage.Open(ctx, filepath.Join(dir, "second.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	again := poll(other)
	if again.Articles != first.Articles || again.Requests != 0 || again.CacheHits != first.Batches || requests.Load() != int64(first.Requests) {
		t.Errorf("re-coding the same feeds: %s; want no request", summary(again))
	}
}
