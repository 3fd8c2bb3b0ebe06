package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/llm"
	"github.com/briefbot/briefbot/storage"
)

// articleCoder returns what codes articles for backend: the built-in
// coder, or a language model (the config's coder.llm) that caches its
// answers and counts its tokens in st and falls back on builtin.
func articleCoder(cfg *config.Config, backend string, builtin *coder.Coder, st *storage.Store, log *slog.Logger) (feed.Coder, error) {
	if backend != config.BackendLLM {
		return feed.Builtin(builtin), nil
	}
	o, err := llmOptions(cfg, log)
	if err != nil {
		return nil, err
	}
	log.Info("coding with a language model", "model", o.Model, "url", o.URL, "prompt_version", llm.PromptVersion)
	return llm.New(builtin, cfg.Gazetteer, st, o)
}

// llmOptions are the LLM coder's settings from cfg: an error unless the
// config names a model, and its API key, if it names a variable for one,
// is set.
func llmOptions(cfg *config.Config, log *slog.Logger) (llm.Options, error) {
	l := cfg.Coder.LLM
	if !l.Configured() {
		return llm.Options{}, fmt.Errorf("the llm backend needs coder.llm.url and coder.llm.model in the config (%s)", cfg.File)
	}
	key, err := cfg.LLMAPIKey(os.Getenv)
	if err != nil {
		return llm.Options{}, err
	}
	return llm.Options{URL: l.URL, Model: l.Model, APIKey: key, Timeout: l.Timeout, MaxConcurrency: l.MaxConcurrency,
		RequestsPerMinute: l.RequestsPerMinute, MaxDailyTokens: int64(l.MaxDailyTokens), Logger: log}, nil
}

// coderFlags are the flags of the commands that code text (code, eval):
// -config for the coder section, -coder to choose the backend, -db for
// the LLM coder's cache.
type coderFlags struct {
	config  *configFlag
	backend *string
	dbPath  *string
}

func addCoderFlags(fs *flag.FlagSet) coderFlags {
	config := &configFlag{}
	fs.Var(config, "config", "config `file` whose coder section and actors to code with (default: none: the built-in coder and actors)")
	return coderFlags{
		config:  config,
		backend: fs.String("coder", "", "`backend`: builtin or llm (default: the config's coder.backend, else builtin)"),
		dbPath:  fs.String("db", "", "with the llm backend, the SQLite database `path` its answers are cached in (default: the config's storage.path)"),
	}
}

// codingRun is a coder chosen by coderFlags and what it holds open.
type codingRun struct {
	coder feed.Coder
	// workers is how many items may be coded at once: a core each for
	// the built-in coder, the requests in flight for a model.
	workers int
	store   *storage.Store // nil for the built-in coder
}

// open returns the coder the flags choose. Without -config the built-in
// coder runs on the built-in gazetteer alone, exactly as before configs
// could choose a coder.
func (f coderFlags) open(ctx context.Context, logTo io.Writer) (*codingRun, error) {
	if b := *f.backend; b != "" && b != config.BackendBuiltin && b != config.BackendLLM {
		return nil, fmt.Errorf("-coder: unknown backend %q (known: builtin, llm)", b)
	}
	if f.config.path == "" {
		if *f.backend == config.BackendLLM {
			return nil, errors.New("-coder llm needs -config with a coder.llm section (url, model)")
		}
		return &codingRun{coder: feed.Builtin(coder.New(coder.Builtin())), workers: runtime.GOMAXPROCS(0)}, nil
	}
	cfg, err := f.config.load()
	if err != nil {
		return nil, err
	}
	backend := cmp.Or(*f.backend, cfg.Coder.Backend)
	builtin := coder.New(cfg.Gazetteer)
	if backend != config.BackendLLM {
		return &codingRun{coder: feed.Builtin(builtin), workers: runtime.GOMAXPROCS(0)}, nil
	}
	// The settings are checked before the cache is opened: a config with
	// no model must not leave a database behind.
	log := slog.New(slog.NewTextHandler(logTo, &slog.HandlerOptions{Level: slog.LevelWarn}))
	o, err := llmOptions(cfg, log)
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, cfg, *f.dbPath)
	if err != nil {
		return nil, fmt.Errorf("open the cache: %w", err)
	}
	c, err := llm.New(builtin, cfg.Gazetteer, st, o)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &codingRun{coder: c, workers: cfg.Coder.LLM.MaxConcurrency, store: st}, nil
}

// close closes what open opened and, for a model, reports to w what it
// cost: the figures the README quotes.
func (r *codingRun) close(w io.Writer) error {
	if lc, ok := r.coder.(*llm.Coder); ok {
		fmt.Fprintln(w, summary(lc.Stats()))
	}
	if r.store == nil {
		return nil
	}
	return r.store.Close()
}

// summary says in one line what the LLM coder did.
func summary(s llm.Stats) string {
	per := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return float64(n) / float64(of)
	}
	fallbacks := "none"
	if len(s.Fallbacks) > 0 {
		var parts []string
		for reason, n := range s.Fallbacks {
			parts = append(parts, fmt.Sprintf("%s %d", reason, n))
		}
		slices.Sort(parts)
		fallbacks = strings.Join(parts, ", ")
	}
	return fmt.Sprintf("llm: %d articles, %d with candidates; %d requests (%.2f per article), %d sent, %d from the cache; "+
		"%d candidates of %d sentences (%.2f per sentence); %d invalid answers, %d events with unknown actors dropped; fallbacks: %s",
		s.Articles, s.WithCandidates, s.Batches, per(s.Batches, s.Articles), s.Requests, s.CacheHits,
		s.Candidates, s.Sentences, per(s.Candidates, s.Sentences), s.InvalidOutputs, s.UnknownActors, fallbacks)
}
