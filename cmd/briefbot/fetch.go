package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/storage"
)

func init() {
	register(command{name: "fetch", summary: "poll every configured feed once and store the new articles", run: runFetch})
}

func runFetch(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("fetch", "[-config FILE]", std)
	configPath := addConfigFlag(fs)
	// Feeds are no longer disabled after failures, so there is nothing to
	// retry; the flag stays so that old scripts keep working.
	fs.Bool("retry-disabled", false, "no-op: feeds are never disabled now; a failing feed backs off and recovers by itself")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(std.err, "fetch takes no arguments, got %q\n", fs.Args())
		fs.Usage()
		return errUsage
	}
	cfg, err := configPath.load()
	if err != nil {
		return err
	}
	m, err := Open(ctx, cfg, "")
	if err != nil {
		return err
	}
	defer m.Close()

	sources, err := feedList(cfg, m.Store)(ctx)
	if err != nil {
		return fmt.Errorf("list feeds: %w", err)
	}
	if len(sources) == 0 {
		return fmt.Errorf("no feeds in the config, nor added from the chat")
	}
	tty := isTerminal(std.out)
	// On a terminal the bar shows progress and the summary lists the
	// failures, so only errors are logged; elsewhere every feed gets its
	// log line.
	level := slog.LevelInfo
	if tty {
		level = slog.LevelError
	}
	log := slog.New(slog.NewTextHandler(std.err, &slog.HandlerOptions{Level: level}))
	p := newFetchProgress(std.out, tty, len(sources))
	c, err := articleCoder(cfg, cfg.Coder.Backend, m.Coder, m.Store, log)
	if err != nil {
		return err
	}
	w := feed.NewWatcher(m.Store, c, feed.Options{Logger: log})
	sum, err := w.PollOnce(ctx, sources, p.add)
	p.finish()
	printFetchSummary(std.out, sum, p.failed)
	if err != nil {
		return fmt.Errorf("poll feeds: %w", err)
	}
	if sum.FeedsOK == 0 {
		return fmt.Errorf("no feed could be polled")
	}
	return nil
}

// feedList lists the feeds to poll: the config's, then those admins added
// from the chat, which the store keeps. A config feed of the same name wins.
func feedList(cfg *config.Config, st *storage.Store) feed.SourceList {
	return func(ctx context.Context) ([]feed.Source, error) {
		sources := make([]feed.Source, len(cfg.Feeds))
		inConfig := map[string]bool{}
		for i, f := range cfg.Feeds {
			sources[i] = feed.Source{Name: f.Name, URL: f.URL, Interval: f.Interval, Tags: f.Tags}
			inConfig[f.Name] = true
		}
		stored, err := st.Feeds(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range stored {
			if f.Origin == storage.OriginChat && !inConfig[f.Name] {
				sources = append(sources, feed.Source{Name: f.Name, URL: f.URL, Tags: f.Tags})
			}
		}
		return sources, nil
	}
}

// eventCounts says "12 (3 accusations, 1 denial, ...)": the coder's types
// first, in its order, then any other.
func eventCounts(byType map[string]int) string {
	types := make([]string, 0, len(byType))
	for _, t := range briefbot.EventTypes {
		types = append(types, string(t))
	}
	for t := range byType {
		if !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	var parts []string
	total := 0
	for _, t := range types {
		parts = append(parts, fmt.Sprintf("%d %s", byType[t], plural(t, byType[t])))
		total += byType[t]
	}
	return fmt.Sprintf("%d (%s)", total, strings.Join(parts, ", "))
}

// isTerminal reports whether w is a terminal, for the progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// fetchProgress follows the feeds as they finish: a bar on a terminal, and
// in any case the list of failures for the summary.
type fetchProgress struct {
	bar    *progressbar.ProgressBar // nil when not on a terminal
	failed []feed.Result
}

func newFetchProgress(out io.Writer, tty bool, feeds int) *fetchProgress {
	p := &fetchProgress{}
	if tty {
		p.bar = progressbar.NewOptions(feeds, progressbar.OptionSetWriter(out), progressbar.OptionSetDescription("fetching"),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(false), progressbar.OptionClearOnFinish())
	}
	return p
}

// add is the watcher's progress callback, called one result at a time.
func (p *fetchProgress) add(r feed.Result) {
	if r.Err != nil {
		p.failed = append(p.failed, r)
	}
	if p.bar != nil {
		p.bar.Describe(r.Feed)
		p.bar.Add(1)
	}
}

func (p *fetchProgress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// printFetchSummary writes what the round did: feeds, articles, events by
// type (the coder's types first, in its order), then each failure.
func printFetchSummary(w io.Writer, sum feed.Summary, failed []feed.Result) {
	fmt.Fprintf(w, "feeds: %d ok, %d failed\n", sum.FeedsOK, sum.FeedsFailed)
	fmt.Fprintf(w, "articles: %d new (%d joined a story already seen), %d duplicates, %d skipped\n",
		sum.NewArticles, sum.Clustered, sum.Duplicates, sum.Skipped)
	fmt.Fprintf(w, "events: %s\n", eventCounts(sum.EventsByType))
	if len(failed) > 0 {
		fmt.Fprintln(w, "not polled:")
	}
	slices.SortFunc(failed, func(a, b feed.Result) int { return strings.Compare(a.Feed, b.Feed) })
	for _, r := range failed {
		fmt.Fprintf(w, "  %s: %v\n", r.Feed, r.Err)
	}
}
