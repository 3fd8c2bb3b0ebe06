// Package config loads and validates briefbot's YAML configuration. Every
// problem in a file is reported at once, each with its line, before anything
// starts; secrets come from the environment only.
package config

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

// Platforms a channel can post to.
const (
	Slack          = "slack"
	Discord        = "discord"
	SlackWebhook   = "slack-webhook"   // a Slack incoming webhook: posting only, no bot
	DiscordWebhook = "discord-webhook" // a Discord channel webhook: posting only, no bot
	Console        = "console"
)

// Markup is the chat platform whose markup and limits a platform's
// messages follow: a webhook's is its platform's.
func Markup(platform string) string {
	switch platform {
	case SlackWebhook:
		return Slack
	case DiscordWebhook:
		return Discord
	}
	return platform
}

// IsWebhook reports whether platform posts through webhooks.
func IsWebhook(platform string) bool { return platform == SlackWebhook || platform == DiscordWebhook }

// Defaults for keys a file leaves out. A feed's interval and the briefing
// settings left out stay zero: the feed watcher and the briefing composer
// own those defaults.
const (
	DefaultStoragePath = "briefbot.db"
	DefaultHTTPAddr    = "127.0.0.1:8080"
	// DefaultWindow is how far back a briefing looks, scheduled or asked for.
	DefaultWindow = 24 * time.Hour
	// DefaultCatchUp is how late a slot missed while the daemon was down
	// may still be posted at start-up.
	DefaultCatchUp = 6 * time.Hour
	// DefaultPostTimeout bounds one post to a chat platform.
	DefaultPostTimeout = 30 * time.Second
	// DefaultFeedFailingAfter is how long a feed may fail before /healthz
	// says degraded and the admin channel is told.
	DefaultFeedFailingAfter = 6 * time.Hour
	// DefaultOutboxStuckAfter is how old an unsent message may grow before
	// /healthz says degraded.
	DefaultOutboxStuckAfter = time.Hour
)

// Config is a validated configuration.
type Config struct {
	// File is the name the config was read from, for problem reports made
	// after parsing (a channel without credentials at start-up).
	File     string
	Log      Log
	Storage  Storage
	HTTP     HTTP
	Briefing Briefing
	Feeds    []Feed
	// Actors are the config's additions to and overrides of the built-in
	// gazetteer; Gazetteer is the result.
	Actors    []briefbot.Actor
	Gazetteer *coder.Gazetteer
	Slack     SlackConfig
	Discord   DiscordConfig
	Admins    Admins
	Channels  []Channel
	// Warnings are what is legal but probably not meant, such as a file
	// with no feeds; the daemon logs them at start-up.
	Warnings Problems
	// AdminChannel, when set, is told when a feed has failed for
	// Health.FeedFailingAfter, when it recovers, and when a message is
	// abandoned. Only its Platform and Channel are used.
	AdminChannel *Channel
	Delivery     Delivery
	Health       Health
	Coder        Coder
}

// Delivery tunes how messages reach the chat platforms.
type Delivery struct {
	// PostTimeout bounds one post. A post cut short by a crash is looked up
	// at the platform only once this long has passed since it began, so
	// that a request still on its way cannot land after the lookup.
	PostTimeout time.Duration
}

// Health sets when the daemon reports itself degraded.
type Health struct {
	// FeedFailingAfter is how long a feed may keep failing before /healthz
	// says degraded and the admin channel is told.
	FeedFailingAfter time.Duration
	// OutboxStuckAfter is how old the oldest unsent message may be before
	// /healthz says degraded.
	OutboxStuckAfter time.Duration
}

// Log says how the daemon logs.
type Log struct {
	Format string     // LogText or LogJSON
	Level  slog.Level // the least severe level logged
}

// Log formats.
const (
	LogText = "text"
	LogJSON = "json"
)

// Storage says which database holds briefbot's state: a SQLite file, or a
// Postgres database that several replicas share, named by the environment
// (EnvDatabaseURL), never by the file, since the URL holds a password.
type Storage struct {
	Driver string // DriverSQLite or DriverPostgres
	Path   string // the SQLite file
	// Line is where driver is in the file, for the problem found at
	// start-up when the database URL is not set.
	Line int
}

// Storage drivers.
const (
	DriverSQLite   = "sqlite"
	DriverPostgres = "postgres"
)

// HTTP is the listener for health, metrics and the chat endpoints.
type HTTP struct {
	Addr string
}

// Briefing tunes how briefings are composed.
type Briefing struct {
	// NoveltyDays is how far back a development's type and sides must not
	// have occurred for it to be flagged the first in that many days, and
	// the span of trend baselines; 0 is the composer's default.
	NoveltyDays int
	// MaxItems caps the developments a briefing lists; the rest become
	// "and N more". 0 is the composer's default.
	MaxItems int
}

// Feed is one news feed to poll.
type Feed struct {
	Name     string
	URL      string
	Interval time.Duration // 0 is the watcher's default
	Tags     []string      // region slugs or actor IDs that every article of the feed is about
}

// SlackConfig holds Slack's non-secret settings.
type SlackConfig struct {
	APIURL string // "" means Slack's own
}

// DiscordConfig holds Discord's non-secret settings.
type DiscordConfig struct {
	APIURL string // "" means Discord's own
	Guild  string // register commands in this guild only; "" registers them globally
}

// Admins lists, per platform, the users (and on Discord, roles) allowed to
// change subscriptions. An empty list lets everyone.
type Admins struct {
	Slack   []string
	Discord []string
}

// Channel is one place briefings are posted to and commands are accepted from.
type Channel struct {
	Platform string // Slack, Discord, SlackWebhook, DiscordWebhook or Console
	// Channel is the platform's channel id; for a webhook, WebhookEnv; for
	// the console, a label.
	Channel string
	// WebhookEnv names the environment variable holding a webhook
	// channel's URL, which is a secret and so never in the file.
	WebhookEnv string
	Regions    []string
	Actors     []string // canonical actor IDs
	// Schedule is a cron spec, optionally prefixed with CRON_TZ=Zone; ""
	// means no scheduled briefings (the channel still takes commands).
	Schedule string
	Window   time.Duration
	// AllQuiet posts a one-line "all quiet" when a briefing would be empty.
	AllQuiet bool
	// Mention is the user or role markup to mention when a briefing lists a
	// major development, and on alerts, such as "<@&123456789>" on Discord
	// or "<!here>" on Slack.
	Mention string
	// Fallback is Console when the channel's briefings may go to the
	// console if its platform has no credentials; "" makes missing
	// credentials an error at start-up.
	Fallback string
	// Line is where the channel is in the file, for problems found at
	// start-up.
	Line int
	// CatchUp is how late the latest slot missed while the daemon was down
	// may still be posted at start-up; 0 turns catching up off.
	CatchUp time.Duration
	// Keywords, when set, keeps only the developments whose evidence or a
	// report's headline holds one of them; ExcludeKeywords drops those that
	// hold any. Whole words, any case.
	Keywords, ExcludeKeywords []string
	// Alerts lists the event types and kinds of act ("escalation",
	// "force", "diplomatic", ...) whose new developments are posted as
	// soon as they are stored, besides the scheduled briefing; AlertWeight
	// is the least weight an alerted development must have (0: a major
	// one). Either one set turns alerts on; an empty Alerts then means any
	// type.
	Alerts      []string
	AlertWeight int
}

// Location is the zone of the channel's schedule, the zone its readers
// read times in; UTC when the schedule names none.
func (c Channel) Location() *time.Location {
	if sched, err := ParseSchedule(c.Schedule); err == nil {
		if spec, ok := sched.(*cron.SpecSchedule); ok {
			return spec.Location
		}
	}
	return time.UTC
}

// AlertsOn reports whether the channel asked for alerts.
func (c Channel) AlertsOn() bool { return len(c.Alerts) > 0 || c.AlertWeight > 0 }

// Load reads and validates the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(data, path)
}

// Parse validates a config file's contents; name is used in problem reports.
// The error, when there are problems, is Problems.
func Parse(data []byte, name string) (*Config, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxProblems(data, name, err)
	}
	d := &decoder{file: name}
	c := d.config(&doc)
	if len(d.problems) > 0 {
		return nil, d.sorted()
	}
	c.File = name
	return c, nil
}

// yamlLine finds the line in the YAML parser's messages.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblems explains a file YAML cannot parse. Tabs in the indentation
// are the usual cause and the parser's message ("found character that
// cannot start any token") does not say so, so each such line is reported
// instead of it.
func syntaxProblems(data []byte, name string, err error) error {
	var ps Problems
	for i, line := range bytes.Split(data, []byte("\n")) {
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		if bytes.IndexByte(indent, '\t') >= 0 {
			ps = append(ps, Problem{File: name, Line: i + 1, Msg: "a tab in the indentation: YAML indents with spaces only"})
		}
	}
	if len(ps) > 0 {
		return ps
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return Problems{{File: name, Line: line, Msg: m[2]}}
	}
	return fmt.Errorf("%s: %w", name, err)
}
