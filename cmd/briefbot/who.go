package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
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
func (q queryFlags) open(ctx context.Context) (*config.Config, *storage.Store, error) {
	cfg, err := q.config.load()
	if err != nil {
		return nil, nil, err
	}
	path := cfg.Storage.Path
	if *q.dbPath != "" {
		path = *q.dbPath
	}
	// Opening would create an empty database; a query wants history.
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("no database at %s (run the daemon or fetch first, or pass -db)", path)
	}
	st, err := openStore(ctx, path, cfg.Gazetteer)
	if err != nil {
		return nil, nil, err
	}
	return cfg, st, nil
}

// run answers one router command in the terminal, exactly as chat would.
func (q queryFlags) run(ctx context.Context, cmd string, args []string, std stdio) error {
	cfg, st, err := q.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	resp := newRouter(cfg, st).Handle(ctx, bot.Request{Platform: bot.PlatformCLI, Command: cmd, Args: args})
	if resp.Error != "" {
		fmt.Fprint(std.err, bot.RenderPlain(resp))
		return errUsage
	}
	_, err = fmt.Fprint(std.out, bot.RenderPlain(resp))
	return err
}

// newRouter wires the chat command router from the config: the gazetteer
// with the config's actors, the channels it answers in, the admins and an
// on-demand briefing composer. The daemon uses it for Slack and Discord too.
func newRouter(cfg *config.Config, st *storage.Store) *bot.Router {
	g := cfg.Gazetteer // the built-in actors with the config's
	return &bot.Router{
		Store:     st,
		Gazetteer: g,
		Composer: &briefing.Composer{Store: st, Gazetteer: g,
			NoveltyDays: cfg.Briefing.NoveltyDays, MaxItems: cfg.Briefing.MaxItems},
		Access: access(cfg),
	}
}

// access is where the router answers and who may change what.
func access(cfg *config.Config) bot.Access {
	a := bot.Access{Admins: map[string][]string{
		bot.PlatformSlack:   cfg.Admins.Slack,
		bot.PlatformDiscord: cfg.Admins.Discord,
	}}
	for _, ch := range cfg.Channels {
		if config.IsWebhook(ch.Platform) {
			continue // a webhook brings no commands
		}
		a.Channels = append(a.Channels, bot.Channel{Platform: ch.Platform, ID: ch.Channel,
			Filter: storage.Filter{Regions: ch.Regions, Actors: ch.Actors}})
	}
	return a
}
