package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/feed"
)

func init() {
	register(command{name: "demo", summary: "run the whole pipeline on the bundled sample feeds and print what a channel would get", run: runDemo})
}

// The bundled feeds cover 8–29 January 2024. By default the demo stands at
// 08:00 in Karachi on 23 January, a week into the Iran–Pakistan border crisis,
// so the briefing has strikes, recalls, denials and the first calming moves.
const demoAt = "2024-01-23T03:00:00Z"

func runDemo(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("demo", "[-at TIME] [-window 7d] [-format plain|slack|discord|json] [-db PATH]", std)
	at := fs.String("at", demoAt, "the demo's `time` (RFC 3339): briefings and answers are as of then")
	window := fs.String("window", "7d", "the briefing window, e.g. 24h or 7d")
	format := fs.String("format", "plain", "briefing format: plain, slack, discord or json")
	dbPath := fs.String("db", "", "keep the demo database at this path (default: a temporary file, removed at exit)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	now, err := time.Parse(time.RFC3339, *at)
	if err != nil {
		return fmt.Errorf("-at: %w", err)
	}
	span, err := config.ParseDuration(*window)
	if err != nil {
		return fmt.Errorf("-window: %w", err)
	}
	f, err := briefing.ParseFormat(*format)
	if err != nil {
		return err
	}

	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "briefbot-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "briefbot.db")
	}
	cfg, err := exampleConfig()
	if err != nil {
		return err
	}
	m, err := Open(ctx, cfg, path)
	if err != nil {
		return err
	}
	defer m.Close()

	// The real watcher fetches the bundled feeds over loopback HTTP, so the
	// demo runs exactly the code path the daemon runs.
	srv := httptest.NewServer(feed.SampleHandler())
	defer srv.Close()
	sources, err := feed.SampleSources(srv.URL)
	if err != nil {
		return err
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	w := feed.NewWatcher(m.Store, feed.Builtin(m.Coder), feed.Options{Logger: quiet})
	sum, err := w.PollOnce(ctx, sources, nil)
	if err != nil {
		return fmt.Errorf("poll sample feeds: %w", err)
	}

	out := std.out
	fmt.Fprintln(out, "briefbot demo: the bundled sample feeds, fetched, coded and briefed in a temporary database")
	fmt.Fprintln(out)
	fmt.Fprintf(out, "Fetched %d feeds: %d new articles, %d repeats skipped, %d joined a story another outlet carried.\n",
		sum.FeedsOK+sum.FeedsFailed, sum.NewArticles, sum.Duplicates, sum.Clustered)
	stats, err := m.Store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Coded events: %s, stating %d news developments.\n", eventCounts(sum.EventsByType), stats.Developments)
	fmt.Fprintf(out, "It is now %s (%s in Karachi).\n", now.UTC().Format("Mon 2 Jan 2006 15:04 MST"),
		now.In(karachi()).Format("15:04"))

	b, err := m.Composer.Compose(ctx, briefing.Request{From: now.Add(-span), To: now, Location: karachi()})
	if err != nil {
		return fmt.Errorf("compose: %w", err)
	}
	heading(out, fmt.Sprintf("The briefing a Karachi channel would get (last %s)", *window))
	fmt.Fprintln(out, rendered(b, f))

	router := m.Router
	router.Clock = func() time.Time { return now }
	for _, q := range [][]string{{"who", "jaish-al-adl"}, {"dyad", "IRN", "PAK"}} {
		heading(out, "$ briefbot "+strings.Join(q, " "))
		resp := router.Handle(ctx, bot.Request{Platform: bot.PlatformCLI, Command: q[0], Args: q[1:]})
		fmt.Fprint(out, bot.RenderPlain(resp))
	}
	heading(out, "Next")
	fmt.Fprintln(out, "  go run ./cmd/briefbot demo -at 2024-01-30T00:00:00Z -window 14d   the whole fortnight")
	fmt.Fprintln(out, "  go run ./cmd/briefbot demo -format slack                         the same briefing as Slack Block Kit")
	fmt.Fprintln(out, "  go run ./cmd/briefbot demo -format json                          the same briefing as JSON")
	fmt.Fprintln(out, "  cp config.example.yaml briefbot.yaml && go run ./cmd/briefbot run -config briefbot.yaml")
	return nil
}

// heading prints a section title of the demo's output.
func heading(w io.Writer, title string) {
	fmt.Fprintf(w, "\n── %s %s\n\n", title, strings.Repeat("─", max(0, 72-len([]rune(title)))))
}

// plural adds an s to word unless n is 1.
func plural(word string, n int) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func karachi() *time.Location {
	loc, err := time.LoadLocation("Asia/Karachi")
	if err != nil {
		return time.FixedZone("PKT", 5*3600)
	}
	return loc
}
