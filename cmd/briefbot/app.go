package main

import (
	"cmp"
	"context"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/coder"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/storage"
)

// Main is what the commands build from a config, each thing once: the
// store, the coder, the briefing composer and the command router over
// them. Open builds them in that order and Close undoes it in reverse, so
// no command makes a second composer or forgets to close the store.
type Main struct {
	Config   *config.Config
	Store    *storage.Store
	Coder    *coder.Coder
	Composer *briefing.Composer
	Router   *bot.Router
}

// Open opens the database (see openStore) and wires the rest from cfg.
func Open(ctx context.Context, cfg *config.Config, path string) (*Main, error) {
	st, err := openStore(ctx, cfg, path)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	// Region filters and actor queries read the actors from the store: the
	// built-in ones and the config's.
	if err := st.SyncActors(ctx, cfg.Gazetteer.Actors()); err != nil {
		st.Close()
		return nil, fmt.Errorf("store actors: %w", err)
	}
	m := &Main{Config: cfg, Store: st, Coder: coder.New(cfg.Gazetteer)}
	m.Composer = &briefing.Composer{Store: st, Gazetteer: cfg.Gazetteer,
		NoveltyDays: cfg.Briefing.NoveltyDays, MaxItems: cfg.Briefing.MaxItems}
	m.Router = &bot.Router{Store: st, Gazetteer: cfg.Gazetteer, Composer: m.Composer, Access: access(cfg)}
	return m, nil
}

// Close closes what Open opened, in reverse order; only the store holds
// anything.
func (m *Main) Close() error { return m.Store.Close() }

// access is where the router answers, what each channel's config has it
// follow, and who may change what.
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
			Filter: storage.Filter{Regions: ch.Regions, Actors: ch.Actors}, Location: ch.Location()})
	}
	return a
}

// openStore opens the SQLite file at path when one is given (a command's
// -db), otherwise the config's database: its SQLite file, or the Postgres
// database that BRIEFBOT_DATABASE_URL names.
func openStore(ctx context.Context, cfg *config.Config, path string) (*storage.Store, error) {
	if path == "" && cfg.Storage.Driver == config.DriverPostgres {
		url, err := cfg.DatabaseURL(os.Getenv)
		if err != nil {
			return nil, err
		}
		return storage.OpenPostgres(ctx, url)
	}
	return storage.Open(ctx, cmp.Or(path, cfg.Storage.Path))
}
