package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

func init() {
	register(command{name: "who", summary: "an actor's profile, latest developments, counterparts and escalation trend", run: runWho})
}

func runWho(ctx context.Context, args []string, std stdio) error {
	q := newAnswerFlags("who", "[-config FILE] [-db PATH] [-at TIME] [-format plain|json] ACTOR", std)
	if err := q.fs.Parse(args); err != nil {
		return err
	}
	if q.fs.NArg() == 0 {
		q.fs.Usage()
		return errUsage
	}
	return q.run(ctx, "who", q.fs.Args(), std)
}

// queryFlags are the flags of the commands that answer from the store
// (who, dyad, brief); who and dyad add format and at.
type queryFlags struct {
	fs         *flag.FlagSet
	config     *configFlag
	dbPath     *string
	format, at *string
}

func newQueryFlags(name, usage string, std stdio) queryFlags {
	fs := newFlags(name, usage, std)
	return queryFlags{fs: fs,
		config: addConfigFlag(fs),
		dbPath: fs.String("db", "", "SQLite database (default: the config's storage.path)"),
	}
}

// newAnswerFlags are the flags of who and dyad: the query flags, the
// output's format, and the moment to answer as of.
func newAnswerFlags(name, usage string, std stdio) queryFlags {
	q := newQueryFlags(name, usage, std)
	q.format = q.fs.String("format", "plain", "plain or json")
	q.at = q.fs.String("at", "", "answer as of this `time`, RFC 3339 (default: now)")
	return q
}

// open loads the config and opens its existing database (or -db's).
func (q queryFlags) open(ctx context.Context) (*Main, error) {
	cfg, err := q.config.load()
	if err != nil {
		return nil, err
	}
	if *q.dbPath == "" && cfg.Storage.Driver == config.DriverPostgres {
		return Open(ctx, cfg, "")
	}
	path := cmp.Or(*q.dbPath, cfg.Storage.Path)
	// Opening would create an empty database; a query wants history.
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (run the daemon or fetch first, or pass -db)", path)
	}
	return Open(ctx, cfg, path)
}

// run answers one router command in the terminal, exactly as chat would,
// as of -at, in plain text or as the answer's JSON.
func (q queryFlags) run(ctx context.Context, cmd string, args []string, std stdio) error {
	if *q.format != "plain" && *q.format != "json" {
		return fmt.Errorf("-format: unknown format %q: want plain or json", *q.format)
	}
	now := time.Now()
	if *q.at != "" {
		var err error
		if now, err = time.Parse(time.RFC3339, *q.at); err != nil {
			return fmt.Errorf("-at: %w", err)
		}
	}
	m, err := q.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	m.Router.Clock = func() time.Time { return now }
	resp := m.Router.Handle(ctx, bot.Request{Platform: bot.PlatformCLI, Command: cmd, Args: args})
	if resp.Error != "" {
		fmt.Fprint(std.err, bot.RenderPlain(resp))
		return errUsage
	}
	if *q.format == "json" {
		enc := json.NewEncoder(std.out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(resp.Data)
	}
	_, err = fmt.Fprint(std.out, bot.RenderPlain(resp))
	return err
}
