package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/feed"
	"github.com/briefbot/briefbot/health"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/scheduler"
	"github.com/briefbot/briefbot/storage"
)

func init() {
	register(command{name: "run", summary: "the daemon: watch feeds, post scheduled briefings, answer chat commands", run: runDaemon})
}

// Shutdown fits well within systemd's default 90 seconds: the HTTP server
// and the posts in flight get their grace periods side by side, and what
// is still in flight after that is cut (an interrupted post stays in flight
// in the outbox and is looked up at the next start).
const (
	// httpGrace bounds how long the HTTP server may take to finish the
	// requests in flight at shutdown; then their connections are closed.
	httpGrace = 10 * time.Second
	// postGrace bounds how long the posts and slot runs in flight may go on.
	postGrace = 20 * time.Second
)

// The HTTP server's timeouts: a slow or idle client holds a connection for
// seconds, not minutes. The chat endpoints bound the body's reading more
// tightly still (bot.Handler).
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 60 * time.Second
)

func runDaemon(ctx context.Context, args []string, std stdio) error {
	fs := newFlags("run", "[-config FILE] [-log-format text|json] [-log-level LEVEL]", std)
	configPath := addConfigFlag(fs)
	logFlags := addLogFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := configPath.load()
	if err != nil {
		return err
	}
	log, err := logFlags.logger(std.err, cfg.Log)
	if err != nil {
		return err
	}
	build := readBuildInfo()
	metrics.SetBuildInfo(build.Version, build.Commit, build.GoVersion)
	log.Info("briefbot starting", "version", build.Version, "commit", build.Commit)
	if configPath.path == "" {
		log.Warn("no -config given: running on the built-in example config")
	}
	for _, w := range cfg.Warnings {
		log.Warn(w.Error())
	}
	secrets := cfg.ReadSecrets(os.Getenv)
	for _, p := range []string{config.Slack, config.Discord} {
		if line, warn := secrets.Status(p); warn {
			log.Warn(line)
		} else {
			log.Info(line)
		}
	}
	bot.RouteDiscordgoLogs(log)

	// Listen before anything starts: a daemon that cannot serve /healthz
	// must not post or poll unseen, nor leave the store half open.
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("listen on http.addr: %w", err)
	}
	defer ln.Close()
	m, err := Open(ctx, cfg, "")
	if err != nil {
		return err
	}
	defer m.Close()
	st, router := m.Store, m.Router
	router.Logger = log
	articles, err := articleCoder(cfg, cfg.Coder.Backend, m.Coder, st, log)
	if err != nil {
		return err
	}
	// One name for this process's leases on feeds and outbox messages.
	replica := storage.NewReplicaID()
	watcher := feed.NewWatcher(st, articles, feed.Options{Logger: log, Replica: replica})
	router.FeedsChanged = watcher.Reload
	var slackBot *bot.Slack
	if secrets.SlackBotToken != "" || secrets.SlackAppToken != "" || secrets.SlackSigningSecret != "" {
		slackBot = bot.NewSlack(router, bot.SlackOptions{
			BotToken: secrets.SlackBotToken, AppToken: secrets.SlackAppToken,
			SigningSecret: secrets.SlackSigningSecret, APIURL: cfg.Slack.APIURL, Logger: log, Replays: st,
		})
		defer slackBot.Close()
		if secrets.SlackBotToken != "" {
			if err := checkSlack(ctx, slackBot, cfg, log); err != nil {
				return err
			}
			// Commands arrive with channel ids: answer in the resolved ones.
			router.Access = access(cfg)
		}
	}
	channels, warnings, err := cfg.Resolve(secrets)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		log.Warn(w)
	}
	admin, err := cfg.ResolveAdmin(secrets)
	if err != nil {
		return err
	}
	destinations := channels
	if admin != nil {
		destinations = append(channels[:len(channels):len(channels)], *admin)
	}

	posters := map[string]scheduler.Poster{config.Console: scheduler.NewConsole(std.out)}
	var running sync.WaitGroup
	// start runs one long-lived part of the daemon; its error is logged,
	// since one part failing (a chat platform down) must not stop the rest.
	start := func(name string, run func(context.Context) error) {
		running.Go(func() {
			if err := run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error(name+" stopped", "err", err)
			}
		})
	}
	if slackBot != nil {
		if secrets.SlackBotToken != "" {
			posters[config.Slack] = slackBot
		}
		start("slack", slackBot.Start)
	}
	for platform, newHooks := range map[string]func(map[string]string, *http.Client) *bot.Webhooks{
		config.SlackWebhook: bot.NewSlackWebhooks, config.DiscordWebhook: bot.NewDiscordWebhooks,
	} {
		urls := map[string]string{}
		for _, ch := range destinations {
			if ch.Platform == platform {
				urls[ch.WebhookEnv] = secrets.Webhooks[ch.WebhookEnv]
			}
		}
		if len(urls) > 0 {
			posters[platform] = newHooks(urls, nil)
		}
	}
	var discordBot *bot.Discord
	if secrets.DiscordBotToken != "" || secrets.DiscordPublicKey != "" {
		discordBot, err = bot.NewDiscord(router, bot.DiscordOptions{
			Token: secrets.DiscordBotToken, AppID: secrets.DiscordAppID, PublicKey: secrets.DiscordPublicKey,
			Guild: cfg.Discord.Guild, APIURL: cfg.Discord.APIURL, Logger: log, Replays: st,
		})
		if err != nil {
			return fmt.Errorf("discord: %w", err)
		}
		defer discordBot.Close()
		if secrets.DiscordBotToken != "" {
			posters[config.Discord] = discordBot
		}
		start("discord", discordBot.Start)
	}

	feeds := feedList(cfg, st)
	var sched *scheduler.Scheduler
	monitor := health.NewMonitor(health.Options{
		Store: st, Feeds: feedNames(feeds), Logger: log,
		FeedFailingAfter: cfg.Health.FeedFailingAfter, OutboxStuckAfter: cfg.Health.OutboxStuckAfter,
		Notify: health.NotifyFunc(func(ctx context.Context, key, body string) error { return sched.Notify(ctx, key, body) }),
	})
	sched, err = scheduler.New(scheduler.Options{
		Store:       st,
		Composer:    scheduler.NewComposer(m.Composer),
		Alerter:     scheduler.NewAlerter(m.Composer, st),
		Posters:     posters,
		Channels:    channels,
		Admin:       admin,
		Feeds:       monitor,
		Logger:      log,
		PostTimeout: cfg.Delivery.PostTimeout,
		Grace:       postGrace,
		Replica:     replica,
	})
	if err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	start("scheduler", func(ctx context.Context) error { sched.Run(ctx); return nil })
	start("health monitor", func(ctx context.Context) error { monitor.Run(ctx); return nil })
	start("feed watcher", func(ctx context.Context) error { return watcher.Run(ctx, feeds) })

	srv := &http.Server{
		Handler:           daemonHandler(monitor, slackBot, discordBot),
		ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout, WriteTimeout: writeTimeout, IdleTimeout: idleTimeout,
	}
	db := cfg.Storage.Path
	if cfg.Storage.Driver == config.DriverPostgres {
		db = "postgres (" + config.EnvDatabaseURL + ")"
	}
	log.Info("briefbot running", "http", ln.Addr().String(), "feeds", len(cfg.Feeds), "channels", len(channels), "db", db, "replica", replica)
	running.Go(func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server stopped", "err", err)
		}
	})

	<-ctx.Done()
	log.Info("shutting down: finishing the work in flight", "http_grace", httpGrace, "post_grace", postGrace)
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), httpGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		log.Warn("http shutdown: closing the connections still open", "err", err)
		srv.Close()
	}
	running.Wait()
	log.Info("stopped")
	return nil
}

// checkSlack checks the bot token with Slack and replaces the channels the
// config names "#name" with their ids. A refused token or a name Slack does
// not know stops the daemon; Slack being unreachable only warns, since the
// outbox retries, unless there are names to look up.
func checkSlack(ctx context.Context, s *bot.Slack, cfg *config.Config, log *slog.Logger) error {
	user, team, err := s.Check(ctx)
	switch {
	case errors.Is(err, bot.ErrTokenRefused):
		return fmt.Errorf("slack: %s was refused: %w", config.EnvSlackBotToken, err)
	case err != nil:
		log.Warn("slack: cannot check the bot token now; going on", "err", err)
	default:
		log.Info("slack: connected", "bot", "@"+user, "team", team)
	}
	var names []string
	for _, ch := range cfg.Channels {
		if ch.Platform == config.Slack && config.IsChannelName(ch.Channel) {
			names = append(names, ch.Channel)
		}
	}
	if len(names) == 0 {
		return nil
	}
	ids, err := s.ResolveChannels(ctx, names)
	if err != nil {
		return fmt.Errorf("slack: looking up %s: %w", strings.Join(names, ", "), err)
	}
	var missing config.Problems
	for i, ch := range cfg.Channels {
		if ch.Platform != config.Slack || !config.IsChannelName(ch.Channel) {
			continue
		}
		id, ok := ids[ch.Channel]
		if !ok {
			missing = append(missing, config.Problem{File: cfg.File, Line: ch.Line, Path: fmt.Sprintf("channels[%d]", i),
				Msg: fmt.Sprintf("Slack has no channel %s that the app can see: check the name, invite the app if the channel is private, or use the channel id", ch.Channel)})
			continue
		}
		log.Info("slack: channel found", "name", ch.Channel, "id", id)
		cfg.Channels[i].Channel = id
	}
	if len(missing) > 0 {
		return missing
	}
	return nil
}

// feedNames lists the names of the feeds the watcher polls.
func feedNames(list feed.SourceList) func(context.Context) ([]string, error) {
	return func(ctx context.Context) ([]string, error) {
		sources, err := list(ctx)
		names := make([]string, len(sources))
		for i, s := range sources {
			names[i] = s.Name
		}
		return names, err
	}
}

// daemonHandler serves health, metrics and the chat platforms' endpoints.
func daemonHandler(m *health.Monitor, s *bot.Slack, d *bot.Discord) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", m)
	mux.Handle("GET /metrics", m.Refreshing(metrics.Handler()))
	chat := bot.Handler(s, d)
	mux.Handle("/slack/", chat)
	mux.Handle("/discord/", chat)
	return mux
}
