// Package bot answers chat and terminal commands (who, brief, dyad,
// subscribe, unsubscribe, subscriptions, feeds, help) with one
// platform-neutral Router, and connects it to Slack and Discord: slash
// commands over Socket Mode, the Discord gateway or signed HTTP requests, and
// Posters that deliver briefings to channels.
package bot

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/metrics"
	"github.com/briefbot/briefbot/storage"
)

// Platform names, as used in Request.Platform, subscriptions and the config.
const (
	PlatformSlack   = config.Slack
	PlatformDiscord = config.Discord
	PlatformCLI     = "cli"
)

// Store is the part of storage.Store the router reads and writes.
type Store interface {
	DevelopmentsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Development, error)
	DevelopmentsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Development, error)
	// The exact aggregates behind /who and /dyad; the first two read per-day
	// summaries, so they count whole UTC days.
	Counterparts(ctx context.Context, actor string, from, to time.Time, limit int) ([]storage.Counterpart, error)
	ActorDailyCounts(ctx context.Context, actor string, from, to time.Time) ([]storage.ActorDay, error)
	KeyDailyCounts(ctx context.Context, keys []storage.Key, from, to time.Time) ([]storage.DyadDay, error)
	Subscribe(ctx context.Context, sub storage.Subscription) (bool, error)
	Unsubscribe(ctx context.Context, sub storage.Subscription) (bool, error)
	Subscriptions(ctx context.Context, platform, channel string) ([]storage.Subscription, error)
	ClearSubscriptions(ctx context.Context, platform, channel string) (int, error)
	Feeds(ctx context.Context) ([]storage.Feed, error)
	AddFeed(ctx context.Context, name, url, addedBy string) (storage.Feed, error)
	RemoveFeed(ctx context.Context, name string) error
}

// Gazetteer resolves what users type into actors; *coder.Gazetteer is one.
type Gazetteer interface {
	Actor(id string) (briefbot.Actor, bool)
	Lookup(q string) (briefbot.Actor, bool)
	Suggest(q string, n int) []briefbot.Actor
	Regions() []string
}

// Composer builds on-demand briefings; *briefing.Composer is one.
type Composer interface {
	Compose(ctx context.Context, r briefing.Request) (*briefing.Briefing, error)
}

// Access says where the bot answers and who may change subscriptions.
type Access struct {
	// Channels the bot answers in. Commands from any other chat channel are
	// refused politely; the terminal (PlatformCLI) is always answered.
	Channels []Channel
	// Admins lists, per platform, the user or role IDs allowed to subscribe
	// and unsubscribe. A platform with none lets anyone in a known channel.
	Admins map[string][]string
}

// Channel is a chat channel on a platform.
type Channel struct {
	Platform, ID string
	// Filter is what the config has the channel follow; subscriptions from
	// the chat widen it. Empty, the channel gets everything.
	Filter storage.Filter
	// Location is the channel's time zone, that of its schedule; nil is
	// UTC.
	Location *time.Location
}

// Request is one command as typed by a user on some platform.
type Request struct {
	Platform string
	Channel  string
	User     string
	Roles    []string
	Command  string   // "who", "dyad", ... or "briefbot" with the subcommand as first argument
	Args     []string // the words after the command
}

// Router answers commands. Its zero value is not usable: set Store and
// Gazetteer; Composer is needed for brief.
type Router struct {
	Store     Store
	Gazetteer Gazetteer
	Composer  Composer
	Access    Access
	Clock     func() time.Time // defaults to time.Now
	Logger    *slog.Logger     // defaults to slog.Default()
	// FeedsChanged, when set, is called after a feed is added or removed,
	// so that the watcher reads its list again.
	FeedsChanged func()
}

// Input bounds: chat users type free text, so every command's input is
// limited before it reaches the store.
const (
	maxArgs     = 12
	maxArgLen   = 100
	maxURLLen   = 500 // a feed's URL, which may carry a long query
	maxDays     = 365
	maxWindow   = 90 * 24 * time.Hour
	defaultDays = 30
	suggestions = 5
)

type command struct {
	name, usage, summary string
	admin                bool // needs an admin when Access.Admins is set
	run                  func(r *Router, ctx context.Context, req Request, args []string) Response
}

const briefUsage = "brief [REGION|ACTOR] [WINDOW] [all]"

// commands is filled in init because help lists the table itself.
var commands []command

func init() {
	commands = []command{
		{name: "who", usage: "who ACTOR", summary: "an actor's profile, latest developments, counterparts and escalation trend", run: (*Router).who},
		{name: "brief", usage: briefUsage, summary: "a briefing now; WINDOW like 24h, 7d, 2w (at most 90d); all lifts the cap and shows background", run: (*Router).brief},
		{name: "dyad", usage: "dyad A B [DAYS]", summary: "developments between two actors, both directions, over DAYS (1-365, default 30)", run: (*Router).dyad},
		{name: "subscribe", usage: "subscribe REGION|ACTOR", summary: "add a region or actor to this channel's briefings", admin: true, run: (*Router).subscribe},
		{name: "unsubscribe", usage: "unsubscribe REGION|ACTOR", summary: "remove a region or actor from this channel's briefings", admin: true, run: (*Router).unsubscribe},
		{name: "subscriptions", usage: "subscriptions", summary: "this channel's subscriptions", run: (*Router).subscriptions},
		{name: "feeds", usage: "feeds [add URL [NAME] | remove NAME]", summary: "each feed's state; admins add and remove feeds", run: (*Router).feeds},
		{name: "help", usage: "help", summary: "this list", run: (*Router).help},
	}
}

// Handle answers one command and counts its latency.
func (r *Router) Handle(ctx context.Context, req Request) Response {
	start := time.Now()
	name := strings.ToLower(strings.TrimPrefix(req.Command, "/"))
	args := req.Args
	if name == "briefbot" {
		name = "help"
		if len(args) > 0 {
			name, args = strings.ToLower(args[0]), args[1:]
		}
	}
	label := "unknown"
	defer func() { metrics.CommandLatency.WithLabelValues(label).Observe(time.Since(start).Seconds()) }()

	i := slices.IndexFunc(commands, func(c command) bool { return c.name == name })
	if i < 0 {
		return failure("I don't know the command “"+clip(name, maxArgLen)+"”.", "help")
	}
	c := commands[i]
	label = c.name
	if _, known := r.channel(req); !known && c.name != "help" {
		return failure("Sorry, I only answer in the channels I am configured for. Ask an admin to add this channel to briefbot's config.")
	}
	if err := checkArgs(args); err != "" {
		return failure(err, "usage: "+c.usage)
	}
	if c.admin && !r.isAdmin(req) {
		return failure("Sorry, only briefbot admins may change this channel's subscriptions.")
	}
	return c.run(r, ctx, req, args)
}

// channel returns the configured channel the request comes from; the
// terminal is always known, and follows no filter of its own.
func (r *Router) channel(req Request) (Channel, bool) {
	if req.Platform == PlatformCLI {
		return Channel{Platform: PlatformCLI}, true
	}
	i := slices.IndexFunc(r.Access.Channels, func(c Channel) bool { return c.Platform == req.Platform && c.ID == req.Channel })
	if i < 0 {
		return Channel{}, false
	}
	return r.Access.Channels[i], true
}

func (r *Router) isAdmin(req Request) bool {
	admins := r.Access.Admins[req.Platform]
	if len(admins) == 0 {
		return true
	}
	for _, a := range admins {
		if a != "" && (a == req.User || slices.Contains(req.Roles, a)) {
			return true
		}
	}
	return false
}

// checkArgs bounds what users type: a few short words of printable text.
func checkArgs(args []string) string {
	if len(args) > maxArgs {
		return "That is too many words for one command."
	}
	for _, a := range args {
		if len(a) > maxArgLen && !(len(a) <= maxURLLen && strings.Contains(a, "://")) {
			return "That input is too long."
		}
		if !utf8.ValidString(a) || strings.IndexFunc(a, unicode.IsControl) >= 0 {
			return "That input contains characters I cannot read."
		}
	}
	return ""
}

func (r *Router) now() time.Time {
	if r.Clock != nil {
		return r.Clock()
	}
	return time.Now()
}

func (r *Router) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.Default()
}

// internal logs a store or composer failure and answers without exposing it.
func (r *Router) internal(ctx context.Context, cmd string, err error) Response {
	r.logger().ErrorContext(ctx, "bot command failed", "command", cmd, "err", err)
	return failure("Something went wrong on my side; please try again later.")
}

// resolveActor looks an actor up, or explains that it is unknown with the
// closest suggestions.
func (r *Router) resolveActor(q string) (briefbot.Actor, *Response) {
	if a, ok := r.Gazetteer.Lookup(q); ok {
		return a, nil
	}
	var sug []string
	for _, a := range r.Gazetteer.Suggest(q, suggestions) {
		sug = append(sug, actorLabel(a))
	}
	resp := failure("I don't know the actor “" + q + "”.")
	resp.Suggestions = sug
	return briefbot.Actor{}, &resp
}

// resolveTarget reads a region slug or an actor for subscriptions and briefs.
func (r *Router) resolveTarget(q string) (kind, value string, resp *Response) {
	if slug := strings.ToLower(q); slices.Contains(r.Gazetteer.Regions(), slug) {
		return "region", slug, nil
	}
	a, resp := r.resolveActor(q)
	if resp != nil {
		resp.Error = "I know no region or actor called “" + q + "”."
		return "", "", resp
	}
	return "actor", a.ID, nil
}

// label names an actor ID for display: "Iran (IRN)".
func (r *Router) label(id string) string {
	if id == "" {
		return "(unnamed)"
	}
	if a, ok := r.Gazetteer.Actor(id); ok {
		return actorLabel(a)
	}
	return id
}

func actorLabel(a briefbot.Actor) string {
	if a.Name == "" || strings.EqualFold(a.Name, a.ID) {
		return a.ID
	}
	return a.Name + " (" + a.ID + ")"
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func (r *Router) help(_ context.Context, _ Request, _ []string) Response {
	var lines []Line
	for _, c := range commands {
		lines = append(lines, Line{Text: c.usage + " — " + c.summary})
	}
	return Response{
		Title:    "briefbot commands",
		Sections: []Section{{Lines: lines}, {Lines: []Line{{Text: "Each also works as /briefbot COMMAND ..."}}}},
		Private:  true,
	}
}
