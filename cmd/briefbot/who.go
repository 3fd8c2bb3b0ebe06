package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/briefbot/briefbot/bot"
)

func init() {
	register(command{name: "who", summary: "an actor's profile, latest events, counterparts and escalation trend", run: runWho})
}

func runWho(ctx context.Context, args []string, std stdio) error {
	q := newQueryFlags("who", "[-config FILE] [-db PATH] ACTOR", std)
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
// (who, dyad, brief).
type queryFlags struct {
	fs     *flag.FlagSet
	config *configFlag
	dbPath *string
}

func newQueryFlags(name, usage string, std stdio) queryFlags {
	fs := newFlags(name, usage, std)
	return queryFlags{fs: fs,
		config: addConfigFlag(fs),
		dbPath: fs.String("db", "", "SQLite database (default: the config's storage.path)"),
	}
}

// open loads the config and opens its existing database (or -db's).
func (q queryFlags) open(ctx context.Context) (*Main, error) {
	cfg, err := q.config.load()
	if err != nil {
		return nil, err
	}
	path := cmp.Or(*q.dbPath, cfg.Storage.Path)
	// Opening would create an empty database; a query wants history.
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (run the daemon or fetch first, or pass -db)", path)
	}
	return Open(ctx, cfg, path)
}

// run answers one router command in the terminal, exactly as chat would.
func (q queryFlags) run(ctx context.Context, cmd string, args []string, std stdio) error {
	m, err := q.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	resp := m.Router.Handle(ctx, bot.Request{Platform: bot.PlatformCLI, Command: cmd, Args: args})
	if resp.Error != "" {
		fmt.Fprint(std.err, bot.RenderPlain(resp))
		return errUsage
	}
	_, err = fmt.Fprint(std.out, bot.RenderPlain(resp))
	return err
}
