package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	// The zone database is embedded so that CRON_TZ schedules load on hosts
	// without one (minimal containers, Windows).
	_ "time/tzdata"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/coder"
	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

var (
	kebabID  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	alpha3ID = regexp.MustCompile(`^[A-Z]{3}$`)
	kinds    = []briefbot.Kind{briefbot.State, briefbot.Group, briefbot.IGO}
)

// ParseSchedule parses a standard five-field cron spec or a descriptor such
// as "@daily", optionally prefixed with "CRON_TZ=Zone " (or "TZ=Zone "). A
// spec without a zone runs in UTC whatever the host's zone, so that a config
// means the same on every machine.
func ParseSchedule(spec string) (cron.Schedule, error) {
	spec = strings.TrimSpace(spec)
	if !strings.HasPrefix(spec, "TZ=") && !strings.HasPrefix(spec, "CRON_TZ=") {
		spec = "CRON_TZ=UTC " + spec
	} else if !strings.ContainsAny(spec, " \t") {
		// cron's parser panics on a zone with no spec after it.
		return nil, errors.New("a time zone needs a schedule after it")
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, err
	}
	// Slots are a minute apart at least: briefings are keyed by their slot,
	// and a briefing every few seconds is a mistake, not a wish.
	if every, ok := sched.(cron.ConstantDelaySchedule); ok && every.Delay < time.Minute {
		return nil, fmt.Errorf("runs every %s: the shortest schedule is once a minute", every.Delay)
	}
	return sched, nil
}

// config decodes and validates the whole document.
func (d *decoder) config(doc *yaml.Node) *Config {
	c := &Config{
		Storage:   Storage{Driver: DriverSQLite, Path: DefaultStoragePath},
		HTTP:      HTTP{Addr: DefaultHTTPAddr},
		Gazetteer: coder.Builtin(),
		Delivery:  Delivery{PostTimeout: DefaultPostTimeout},
		Health:    Health{FeedFailingAfter: DefaultFeedFailingAfter, OutboxStuckAfter: DefaultOutboxStuckAfter},
		Coder:     Coder{Backend: BackendBuiltin, LLM: LLM{Timeout: DefaultLLMTimeout, MaxConcurrency: DefaultLLMConcurrency}},
	}
	var root *yaml.Node
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	// actors come before feeds and channels: their names are checked
	// against the gazetteer the actors extend.
	c.Log = Log{Format: LogText, Level: slog.LevelInfo}
	d.mapping(root, "",
		field{"log", d.section(
			field{"format", d.oneOf(&c.Log.Format, LogText, LogJSON)},
			field{"level", d.level(&c.Log.Level)})},
		field{"storage", func(v *yaml.Node, p string) { d.storage(&c.Storage, v, p) }},
		field{"http", d.section(field{"addr", d.hostPort(&c.HTTP.Addr)})},
		field{"briefing", d.section(
			field{"novelty_days", d.positive(&c.Briefing.NoveltyDays)},
			field{"max_items", d.positive(&c.Briefing.MaxItems)})},
		field{"slack", d.section(field{"api_url", d.url(&c.Slack.APIURL)})},
		field{"discord", d.section(
			field{"api_url", d.url(&c.Discord.APIURL)},
			field{"guild", d.str(&c.Discord.Guild)})},
		field{"admins", d.section(
			field{"slack", d.strs(&c.Admins.Slack)},
			field{"discord", d.strs(&c.Admins.Discord)})},
		field{"actors", func(v *yaml.Node, p string) { d.actors(c, v, p) }},
		field{"feeds", func(v *yaml.Node, p string) { d.feeds(c, v, p) }},
		field{"channels", func(v *yaml.Node, p string) { d.channels(c, v, p) }},
		field{"admin_channel", func(v *yaml.Node, p string) { d.adminChannel(c, v, p) }},
		field{"delivery", d.section(field{"post_timeout", d.duration(&c.Delivery.PostTimeout, time.Second)})},
		field{"health", d.section(
			field{"feed_failing_after", d.duration(&c.Health.FeedFailingAfter, time.Minute)},
			field{"outbox_stuck_after", d.duration(&c.Health.OutboxStuckAfter, time.Minute)})},
		field{"coder", func(v *yaml.Node, p string) { d.coder(&c.Coder, v, p) }},
	)
	c.Warnings = d.warnings(root, c)
	return c
}

// warnings points out a config that is valid but does nothing useful.
func (d *decoder) warnings(root *yaml.Node, c *Config) Problems {
	warn := func(msg string) Problems { return Problems{{File: d.file, Msg: msg}} }
	switch {
	case isNull(root) || root.Kind == yaml.MappingNode && len(root.Content) == 0:
		return warn("the file is empty: there are no feeds to watch and no channels to brief (see config.example.yaml)")
	case len(c.Feeds) == 0:
		return warn("no feeds: nothing will be fetched, so every briefing will be empty")
	}
	return nil
}

func (d *decoder) actors(c *Config, n *yaml.Node, path string) {
	firstAt := map[string]int{}
	// claimed holds the names and aliases config actors gave, so two of them
	// cannot claim one.
	claimed := map[string]string{}
	before := len(d.problems)
	d.sequence(n, path, func(v *yaml.Node, p string) {
		var a briefbot.Actor
		var kind string
		if !d.mapping(v, p,
			field{"id", d.str(&a.ID)},
			field{"kind", d.str(&kind)},
			field{"name", d.str(&a.Name)},
			field{"aliases", d.strs(&a.Aliases)},
			field{"regions", d.strs(&a.Regions)},
		) {
			return
		}
		a.Kind = briefbot.Kind(kind)
		_, builtin := coder.Builtin().Actor(a.ID)
		switch {
		case a.ID == "":
			d.problem(at(v, "id"), p+".id", "missing")
		case !kebabID.MatchString(a.ID) && !alpha3ID.MatchString(a.ID):
			d.problem(at(v, "id"), p+".id", "%q is neither kebab-case (jaish-al-adl) nor an upper-case alpha-3 code (IRN)", a.ID)
		case firstAt[a.ID] > 0:
			d.problem(at(v, "id"), p+".id", "duplicate actor %q (first at line %d)", a.ID, firstAt[a.ID])
		default:
			firstAt[a.ID] = at(v, "id").Line
		}
		if kind != "" && !slices.Contains(kinds, a.Kind) {
			d.problem(at(v, "kind"), p+".kind", "unknown kind %q (known: state, group, igo)", kind)
		}
		if !builtin && a.ID != "" {
			// Overrides may leave fields to the built-in actor; new actors may not.
			if kind == "" {
				d.problem(at(v, "kind"), p+".kind", "missing for new actor %q (state, group or igo)", a.ID)
			}
			if a.Name == "" {
				d.problem(at(v, "name"), p+".name", "missing for new actor %q", a.ID)
			}
		}
		for _, r := range a.Regions {
			if !briefbot.IsRegion(r) {
				d.problem(at(v, "regions"), p+".regions", "unknown region %q (known: %s)", r, strings.Join(c.Gazetteer.Regions(), ", "))
			}
		}
		d.collisions(v, p, a, claimed)
		c.Actors = append(c.Actors, a)
	})
	if len(d.problems) > before {
		return // With would repeat the problems above less precisely
	}
	g, err := coder.Builtin().With(c.Actors)
	if err != nil {
		d.problem(n, path, "%v", err)
		return
	}
	c.Gazetteer = g
}

// collisions reports a config actor's name or alias that already names
// another actor: the gazetteer would silently move it, so that "Iran" added
// to a group would stop finding the state.
func (d *decoder) collisions(v *yaml.Node, path string, a briefbot.Actor, claimed map[string]string) {
	check := func(s, key string, n *yaml.Node) {
		if other, ok := coder.Builtin().Lookup(s); ok && !strings.EqualFold(other.ID, a.ID) {
			d.problem(n, path+"."+key, "%q already names the built-in actor %s (%s): an alias names one actor only; "+
				"drop it here, or override %s itself", s, other.ID, other.Name, other.ID)
			return
		}
		k := strings.ToLower(s)
		if id, ok := claimed[k]; ok && !strings.EqualFold(id, a.ID) {
			d.problem(n, path+"."+key, "%q is already given to actor %s above: an alias names one actor only", s, id)
			return
		}
		claimed[k] = a.ID
	}
	if _, builtin := coder.Builtin().Actor(a.ID); !builtin && a.Name != "" {
		check(a.Name, "name", at(v, "name"))
	}
	aliases := at(v, "aliases")
	for i, s := range a.Aliases {
		n := aliases
		if aliases.Kind == yaml.SequenceNode && i < len(aliases.Content) {
			n = aliases.Content[i]
		}
		check(s, fmt.Sprintf("aliases[%d]", i), n)
	}
}

func (d *decoder) feeds(c *Config, n *yaml.Node, path string) {
	nameAt, urlAt := map[string]int{}, map[string]int{}
	d.sequence(n, path, func(v *yaml.Node, p string) {
		var f Feed
		if !d.mapping(v, p,
			field{"name", d.str(&f.Name)},
			field{"url", d.url(&f.URL)},
			field{"interval", d.duration(&f.Interval, time.Minute)},
			field{"tags", d.tags(c.Gazetteer, &f.Tags)},
		) {
			return
		}
		switch {
		case f.Name == "":
			d.problem(at(v, "name"), p+".name", "missing")
		case nameAt[f.Name] > 0:
			d.problem(at(v, "name"), p+".name", "duplicate feed %q (first at line %d)", f.Name, nameAt[f.Name])
		default:
			nameAt[f.Name] = at(v, "name").Line
		}
		key := strings.ToLower(f.URL)
		switch {
		case f.URL == "" && at(v, "url").Value == "":
			d.problem(at(v, "url"), p+".url", "missing")
		case f.URL == "":
			// a bad URL, already reported
		case urlAt[key] > 0:
			d.problem(at(v, "url"), p+".url", "duplicate feed URL %q (first at line %d)", f.URL, urlAt[key])
		default:
			urlAt[key] = at(v, "url").Line
		}
		c.Feeds = append(c.Feeds, f)
	})
}

func (d *decoder) channels(c *Config, n *yaml.Node, path string) {
	firstAt := map[[2]string]int{}
	d.sequence(n, path, func(v *yaml.Node, p string) {
		ch := Channel{Window: DefaultWindow, CatchUp: DefaultCatchUp, Line: v.Line}
		if !d.mapping(v, p,
			field{"platform", d.str(&ch.Platform)},
			field{"channel", d.str(&ch.Channel)},
			field{"regions", d.regions(c.Gazetteer, &ch.Regions)},
			field{"actors", d.actorIDs(c.Gazetteer, &ch.Actors)},
			field{"schedule", d.schedule(&ch.Schedule)},
			field{"window", d.duration(&ch.Window, time.Minute)},
			field{"all_quiet", d.boolean(&ch.AllQuiet)},
			field{"mention", d.str(&ch.Mention)},
			field{"fallback", d.oneOf(&ch.Fallback, Console)},
			field{"webhook_env", d.str(&ch.WebhookEnv)},
			field{"catch_up", d.catchUp(&ch.CatchUp)},
			field{"keywords", d.keywords(&ch.Keywords)},
			field{"exclude_keywords", d.keywords(&ch.ExcludeKeywords)},
			field{"alerts", d.alertKinds(&ch.Alerts)},
			field{"alert_weight", d.weight(&ch.AlertWeight)},
		) {
			return
		}
		for _, k := range ch.ExcludeKeywords {
			if slices.ContainsFunc(ch.Keywords, func(w string) bool { return strings.EqualFold(w, k) }) {
				d.problem(at(v, "exclude_keywords"), p+".exclude_keywords", "%q is also a keyword: a development holding it would be both kept and dropped", k)
			}
		}
		d.destination(v, p, &ch)
		key := [2]string{ch.Platform, ch.Channel}
		if first := firstAt[key]; first > 0 && ch.Channel != "" {
			d.problem(at(v, "channel"), p+".channel", "duplicate channel %s %s (first at line %d)", ch.Platform, ch.Channel, first)
		} else {
			firstAt[key] = v.Line
		}
		c.Channels = append(c.Channels, ch)
	})
}

const platformList = "slack, discord, slack-webhook, discord-webhook, console"

// envName is an environment variable's name.
var envName = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)

// webhookEnvProblem explains a webhook_env that cannot hold a webhook's URL.
func webhookEnvProblem(env string) string {
	switch {
	case env == "":
		return "missing: a webhook channel names the environment variable that holds its URL, such as SLACK_WEBHOOK_OPS"
	case strings.Contains(env, "://"):
		return "give the name of an environment variable holding the URL, not the URL: webhook URLs are secrets"
	}
	return secretEnvProblem(env, "the webhook's URL")
}

// secretEnvProblem explains a variable name that cannot hold the secret
// what: not a variable's name, or the name of another secret's variable.
func secretEnvProblem(env, what string) string {
	switch {
	case !envName.MatchString(env):
		return fmt.Sprintf("%q is not an environment variable name (upper-case letters, digits and _)", env)
	case slices.Contains(secretVars, env):
		return fmt.Sprintf("%s holds another secret: give %s a variable of its own", env, what)
	}
	return ""
}

var (
	// slackID is a Slack conversation id: public (C), private (G) or
	// direct (D).
	slackID = regexp.MustCompile(`^[CGD][A-Z0-9]{6,}$`)
	// discordID is a Discord snowflake.
	discordID = regexp.MustCompile(`^[0-9]{15,21}$`)
)

// channelIDProblem explains a channel that is not written as the platform
// addresses it. Commands arrive with the channel's id, so a name would get
// every command refused. A Slack "#name" is looked up at start-up.
func channelIDProblem(platform, channel string) string {
	switch platform {
	case Slack:
		if slackID.MatchString(channel) || IsChannelName(channel) {
			return ""
		}
		name := strings.TrimPrefix(channel, "@")
		return fmt.Sprintf("%q is not a Slack channel id: use the id (C0123ABCD, at the bottom of the channel's details), "+
			"or write %q to have it looked up at start-up", channel, "#"+strings.ToLower(name))
	case Discord:
		if discordID.MatchString(channel) {
			return ""
		}
		return fmt.Sprintf("%q is not a Discord channel id: use the channel's number "+
			"(Developer Mode on, then right-click the channel, Copy Channel ID)", channel)
	}
	return ""
}

// IsChannelName reports whether a Slack channel is written as "#name", to
// be resolved to its id at start-up.
func IsChannelName(channel string) bool {
	return len(channel) > 1 && channel[0] == '#' && !strings.ContainsAny(channel[1:], " #")
}

var (
	slackMention   = regexp.MustCompile(`^<(@[UW][A-Z0-9]+|!here|!channel|!everyone|!subteam\^[A-Z0-9]+(\|[^>]*)?)>$`)
	discordMention = regexp.MustCompile(`^<@[!&]?[0-9]+>$`)
)

// mentionProblem explains a mention that would show as text without
// notifying anyone. Each platform pings only its own markup: a bot's
// "@here" on Slack and "@here" or "@everyone" on Discord (where briefbot
// lets only users and roles be pinged) are plain words.
func mentionProblem(platform, mention string) string {
	for _, m := range strings.Fields(mention) {
		switch platform {
		case Slack:
			if slackMention.MatchString(m) {
				continue
			}
			switch m {
			case "@here", "@channel", "@everyone":
				return fmt.Sprintf("%q does not ping when a bot writes it: use %q", m, "<!"+m[1:]+">")
			}
			return fmt.Sprintf("%q does not ping on Slack: use a member id <@U0123ABCD>, a user group <!subteam^S0123ABCD>, or <!here>", m)
		case Discord:
			if discordMention.MatchString(m) {
				continue
			}
			if m == "@here" || m == "@everyone" {
				return fmt.Sprintf("%q never pings: briefbot lets briefings ping only roles and users; "+
					"make a role for it and use <@&ROLE_ID>", m)
			}
			return fmt.Sprintf("%q does not ping on Discord: use a role <@&ROLE_ID> or a user <@USER_ID>", m)
		}
	}
	return ""
}

// adminChannel decodes the channel told about failing feeds and abandoned
// messages: a platform, a channel, a fallback and a webhook, as in channels.
func (d *decoder) adminChannel(c *Config, v *yaml.Node, p string) {
	if isNull(v) {
		return
	}
	ch := Channel{Line: v.Line}
	if !d.mapping(v, p,
		field{"platform", d.str(&ch.Platform)},
		field{"channel", d.str(&ch.Channel)},
		field{"fallback", d.oneOf(&ch.Fallback, Console)},
		field{"webhook_env", d.str(&ch.WebhookEnv)},
	) {
		return
	}
	d.destination(v, p, &ch)
	c.AdminChannel = &ch
}

// destination checks a channel's platform and where on it messages go: a
// channel id, or a webhook's variable, which then stands for the channel;
// a console channel needs neither.
func (d *decoder) destination(v *yaml.Node, p string, ch *Channel) {
	if ch.WebhookEnv != "" && !IsWebhook(ch.Platform) {
		d.problem(at(v, "webhook_env"), p+".webhook_env", "only slack-webhook and discord-webhook channels take a webhook")
	}
	switch ch.Platform {
	case Slack, Discord:
		if ch.Channel == "" {
			d.problem(at(v, "channel"), p+".channel", "missing: a %s channel needs its channel id", ch.Platform)
		} else if msg := channelIDProblem(ch.Platform, ch.Channel); msg != "" {
			d.problem(at(v, "channel"), p+".channel", "%s", msg)
		}
		if msg := mentionProblem(ch.Platform, ch.Mention); msg != "" {
			d.problem(at(v, "mention"), p+".mention", "%s", msg)
		}
	case SlackWebhook, DiscordWebhook:
		if ch.Channel != "" {
			d.problem(at(v, "channel"), p+".channel", "a webhook posts to the channel it was made for: leave channel out")
		}
		if msg := webhookEnvProblem(ch.WebhookEnv); msg != "" {
			d.problem(at(v, "webhook_env"), p+".webhook_env", "%s", msg)
		}
		if msg := mentionProblem(Markup(ch.Platform), ch.Mention); msg != "" {
			d.problem(at(v, "mention"), p+".mention", "%s", msg)
		}
		// The variable's name stands for the channel in the outbox and
		// the logs; the URL it holds is a secret.
		ch.Channel = ch.WebhookEnv
	case Console:
		if ch.Channel == "" {
			ch.Channel = Console
		}
	case "":
		d.problem(at(v, "platform"), p+".platform", "missing (%s)", platformList)
	default:
		d.problem(at(v, "platform"), p+".platform", "unknown platform %q (known: %s)", ch.Platform, platformList)
	}
}

// catchUp decodes how late a missed slot may be caught up: a duration, true
// for the default, or false for never.
func (d *decoder) catchUp(dst *time.Duration) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
			on := true
			d.boolean(&on)(n, path)
			*dst = 0
			if on {
				*dst = DefaultCatchUp
			}
			return
		}
		d.duration(dst, time.Minute)(n, path)
	}
}

// maxKeyword bounds a keyword: a phrase, not a paragraph.
const maxKeyword = 100

// keywords decodes a list of words or phrases matched against
// developments, each once whatever its case.
func (d *decoder) keywords(dst *[]string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		d.sequence(n, path, func(v *yaml.Node, p string) {
			var s string
			d.str(&s)(v, p)
			switch {
			case s == "":
				d.problem(v, p, "an empty keyword would match nothing")
			case len(s) > maxKeyword:
				d.problem(v, p, "a keyword of %d bytes: keywords are words or short phrases, at most %d bytes", len(s), maxKeyword)
			case slices.ContainsFunc(*dst, func(w string) bool { return strings.EqualFold(w, s) }):
				d.problem(v, p, "duplicate keyword %q", s)
			default:
				*dst = append(*dst, s)
			}
		})
	}
}

// alertKinds decodes the event types and kinds of act a channel is
// alerted to.
func (d *decoder) alertKinds(dst *[]string) func(*yaml.Node, string) {
	known := make([]string, 0, len(briefbot.EventTypes)+len(briefbot.Families))
	for _, t := range briefbot.EventTypes {
		known = append(known, string(t))
	}
	known = append(known, briefbot.Families...)
	return d.names(func(s string) (string, string) {
		if k := strings.ToLower(s); slices.Contains(known, k) {
			return k, ""
		}
		return "", fmt.Sprintf("unknown alert %q (known: %s)", s, strings.Join(known, ", "))
	}, dst)
}

// weight decodes a development weight, 1 to 100.
func (d *decoder) weight(dst *int) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var v int
		d.positive(&v)(n, path)
		switch {
		case v > 100:
			d.problem(n, path, "a weight is at most 100 (strikes between states), got %d", v)
		case v > 0:
			*dst = v
		}
	}
}

// at returns the value node of key in mapping n, or n when the key is
// absent, so a problem found after decoding still points at its line.
func at(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return n
}

func (d *decoder) required(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		d.str(dst)(n, path)
		if *dst == "" {
			d.problem(n, path, "must not be empty")
		}
	}
}

// oneOf decodes a value that must be one of allowed.
func (d *decoder) oneOf(dst *string, allowed ...string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		switch {
		case s == "":
		case !slices.Contains(allowed, s):
			d.problem(n, path, "unknown value %q (known: %s)", s, strings.Join(allowed, ", "))
		default:
			*dst = s
		}
	}
}

// level decodes a log level: debug, info, warn or error.
func (d *decoder) level(dst *slog.Level) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		l, err := ParseLevel(s)
		if err != nil {
			d.problem(n, path, "%v", err)
			return
		}
		*dst = l
	}
}

// ParseLevel reads a log level: debug, info, warn or error.
func ParseLevel(s string) (slog.Level, error) {
	levels := map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}
	l, ok := levels[strings.ToLower(s)]
	if !ok {
		return 0, fmt.Errorf("unknown log level %q (known: debug, info, warn, error)", s)
	}
	return l, nil
}

func (d *decoder) hostPort(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		if _, _, err := net.SplitHostPort(s); err != nil {
			d.problem(n, path, "bad address %q: want host:port, such as 127.0.0.1:8080", s)
			return
		}
		*dst = s
	}
}

// url accepts "" (not set) or an absolute http(s) URL with a host.
func (d *decoder) url(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		if s == "" {
			return
		}
		u, err := url.Parse(s)
		switch {
		case err != nil:
			d.problem(n, path, "bad URL %q: %v", s, errors.Unwrap(err))
		case u.Scheme != "http" && u.Scheme != "https":
			d.problem(n, path, "bad URL %q: want an http or https URL", s)
		case u.Host == "":
			d.problem(n, path, "bad URL %q: no host", s)
		default:
			*dst = s
		}
	}
}

func (d *decoder) schedule(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		var s string
		d.str(&s)(n, path)
		if s == "" {
			return
		}
		if _, err := ParseSchedule(s); err != nil {
			d.problem(n, path, "bad cron spec %q: %v", s, err)
			return
		}
		*dst = s
	}
}

// regions decodes a list of region slugs.
func (d *decoder) regions(g *coder.Gazetteer, dst *[]string) func(*yaml.Node, string) {
	return d.names(func(s string) (string, string) {
		if briefbot.IsRegion(s) {
			return s, ""
		}
		if a, ok := g.Lookup(s); ok {
			return "", fmt.Sprintf("%q is an actor (%s, %s), not a region: list it under actors", s, a.ID, a.Name)
		}
		return "", fmt.Sprintf("unknown region %q (known: %s)", s, strings.Join(g.Regions(), ", "))
	}, dst)
}

// actorIDs decodes a list of actors, given by ID, name or alias, into their
// canonical IDs.
func (d *decoder) actorIDs(g *coder.Gazetteer, dst *[]string) func(*yaml.Node, string) {
	return d.names(func(s string) (string, string) {
		if a, ok := g.Lookup(s); ok {
			return a.ID, ""
		}
		if briefbot.IsRegion(s) {
			return "", fmt.Sprintf("%q is a region, not an actor: list it under regions", s)
		}
		return "", fmt.Sprintf("unknown actor %q%s", s, suggestions(g, s))
	}, dst)
}

// tags decodes a feed's tags, each a region slug or an actor.
func (d *decoder) tags(g *coder.Gazetteer, dst *[]string) func(*yaml.Node, string) {
	return d.names(func(s string) (string, string) {
		if briefbot.IsRegion(s) {
			return s, ""
		}
		if a, ok := g.Lookup(s); ok {
			return a.ID, ""
		}
		return "", fmt.Sprintf("%q is neither a region nor a known actor%s", s, suggestions(g, s))
	}, dst)
}

// suggestions names the actors closest to an unknown name, if any.
func suggestions(g *coder.Gazetteer, s string) string {
	var ids []string
	for _, a := range g.Suggest(s, 3) {
		ids = append(ids, a.ID)
	}
	if len(ids) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(ids, ", ") + "?)"
}

// names decodes a list whose items check resolves to a canonical name or
// explains why not.
func (d *decoder) names(check func(string) (name, problem string), dst *[]string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		d.sequence(n, path, func(v *yaml.Node, p string) {
			var s string
			d.str(&s)(v, p)
			if s == "" {
				return
			}
			name, problem := check(s)
			if problem != "" {
				d.problem(v, p, "%s", problem)
				return
			}
			if !slices.Contains(*dst, name) {
				*dst = append(*dst, name)
			}
		})
	}
}
