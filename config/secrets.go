package config

import (
	"fmt"
	"strings"
)

// The environment variables secrets are read from. They are never read from
// the config file, so that a config can be committed and shared.
const (
	EnvSlackBotToken      = "SLACK_BOT_TOKEN"
	EnvSlackAppToken      = "SLACK_APP_TOKEN"
	EnvSlackSigningSecret = "SLACK_SIGNING_SECRET"
	EnvDiscordBotToken    = "DISCORD_BOT_TOKEN"
	EnvDiscordPublicKey   = "DISCORD_PUBLIC_KEY"
	EnvDiscordAppID       = "DISCORD_APP_ID"
	// EnvDatabaseURL holds the Postgres database's URL for storage.driver
	// postgres, such as postgres://briefbot:PASSWORD@db:5432/briefbot.
	EnvDatabaseURL = "BRIEFBOT_DATABASE_URL"
)

var secretVars = []string{
	EnvSlackBotToken, EnvSlackAppToken, EnvSlackSigningSecret,
	EnvDiscordBotToken, EnvDiscordPublicKey, EnvDiscordAppID, EnvDatabaseURL,
}

// Secrets are the chat platforms' credentials.
type Secrets struct {
	SlackBotToken      string // posting (chat.postMessage)
	SlackAppToken      string // Socket Mode
	SlackSigningSecret string // the slash-command HTTP endpoint
	DiscordBotToken    string // gateway and posting
	DiscordPublicKey   string // the interactions HTTP endpoint (hex Ed25519 key)
	DiscordAppID       string // registering application commands
	// Webhooks holds the URL of each webhook channel's webhook_env that is
	// set, by the variable's name.
	Webhooks map[string]string
}

// ReadSecrets reads the secrets, the platforms' and the config's webhook
// URLs, through getenv (os.Getenv in the daemon, a map in tests).
func (c *Config) ReadSecrets(getenv func(string) string) Secrets {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	s := Secrets{
		SlackBotToken:      get(EnvSlackBotToken),
		SlackAppToken:      get(EnvSlackAppToken),
		SlackSigningSecret: get(EnvSlackSigningSecret),
		DiscordBotToken:    get(EnvDiscordBotToken),
		DiscordPublicKey:   get(EnvDiscordPublicKey),
		DiscordAppID:       get(EnvDiscordAppID),
		Webhooks:           map[string]string{},
	}
	for _, ch := range c.destinations() {
		if url := get(ch.WebhookEnv); ch.WebhookEnv != "" && url != "" {
			s.Webhooks[ch.WebhookEnv] = url
		}
	}
	return s
}

// destinations are the channels messages go to: the briefing channels and
// the admin channel.
func (c *Config) destinations() []Channel {
	if c.AdminChannel == nil {
		return c.Channels
	}
	return append(c.Channels[:len(c.Channels):len(c.Channels)], *c.AdminChannel)
}

// mode is one way of working with a chat platform and the variables it
// needs.
type mode struct {
	name string
	vars []string
}

var modes = map[string][]mode{
	Slack: {
		{"posting", []string{EnvSlackBotToken}},
		{"Socket Mode", []string{EnvSlackAppToken}},
		{"HTTP slash commands", []string{EnvSlackSigningSecret}},
	},
	Discord: {
		{"gateway", []string{EnvDiscordBotToken}},
		{"posting", []string{EnvDiscordBotToken}},
		{"HTTP interactions", []string{EnvDiscordPublicKey}},
		{"registering commands", []string{EnvDiscordBotToken, EnvDiscordAppID}},
	},
}

func (s Secrets) value(env string) string {
	return map[string]string{
		EnvSlackBotToken: s.SlackBotToken, EnvSlackAppToken: s.SlackAppToken, EnvSlackSigningSecret: s.SlackSigningSecret,
		EnvDiscordBotToken: s.DiscordBotToken, EnvDiscordPublicKey: s.DiscordPublicKey, EnvDiscordAppID: s.DiscordAppID,
	}[env]
}

// Status says in one line which of a chat platform's modes the environment
// turns on and what the others need, for the daemon's start-up log; warn
// is set when what is on cannot work as a user would expect.
func (s Secrets) Status(platform string) (line string, warn bool) {
	var on, off []string
	for _, m := range modes[platform] {
		var missing []string
		for _, v := range m.vars {
			if s.value(v) == "" {
				missing = append(missing, v)
			}
		}
		if len(missing) == 0 {
			on = append(on, m.name)
		} else {
			off = append(off, m.name+" (needs "+strings.Join(missing, ", ")+")")
		}
	}
	var b strings.Builder
	b.WriteString(platform + ": ")
	if len(on) == 0 {
		b.WriteString("off")
	} else {
		b.WriteString(strings.Join(on, ", ") + " on")
	}
	if len(off) > 0 {
		b.WriteString("; off: " + strings.Join(off, ", "))
	}
	switch {
	case platform == Slack && s.SlackBotToken != "" && s.SlackAppToken == "" && s.SlackSigningSecret == "":
		b.WriteString("; slash commands cannot be verified, so every one is refused: set " +
			EnvSlackAppToken + " (Socket Mode) or " + EnvSlackSigningSecret + " (HTTP)")
		warn = true
	case platform == Discord && (s.DiscordBotToken != "" || s.DiscordPublicKey != "") && s.DiscordAppID == "":
		b.WriteString("; slash commands are not registered, so none reach briefbot unless registered another way: set " + EnvDiscordAppID)
		warn = true
	}
	return b.String(), warn
}

// credentials says what ch needs to be posted to: the variable to set,
// and whether it is set.
func (s Secrets) credentials(ch Channel) (env string, ok bool) {
	switch ch.Platform {
	case Slack:
		return EnvSlackBotToken, s.SlackBotToken != ""
	case Discord:
		return EnvDiscordBotToken, s.DiscordBotToken != ""
	case SlackWebhook, DiscordWebhook:
		return ch.WebhookEnv, s.Webhooks[ch.WebhookEnv] != ""
	}
	return "", true
}

// Resolve returns the channels briefings are actually posted to. A channel
// whose platform has no credentials is an error, so that a deployment that
// loses its token fails at start-up instead of going quiet, unless the
// channel says "fallback: console": then it becomes a console channel
// labelled "platform/channel", with one warning per such platform, which is
// how the example config runs on a machine with no chat credentials.
func (c *Config) Resolve(s Secrets) (channels []Channel, warnings []string, err error) {
	type missingVar struct{ platform, env string }
	fallbacks := map[missingVar]int{}
	var order []missingVar
	var missing Problems
	for i, ch := range c.Channels {
		routed, env, ok := s.route(ch)
		switch {
		case !ok:
			missing = append(missing, missingCredentials(c.File, fmt.Sprintf("channels[%d]", i), ch, env))
			continue
		case env != "":
			k := missingVar{ch.Platform, env}
			if fallbacks[k] == 0 {
				order = append(order, k)
			}
			fallbacks[k]++
		}
		channels = append(channels, routed)
	}
	if len(missing) > 0 {
		return nil, nil, missing
	}
	for _, k := range order {
		warnings = append(warnings, fmt.Sprintf("%s: %s is not set; briefings for %d %s channel(s) go to the console (fallback: console)",
			k.platform, k.env, fallbacks[k], k.platform))
	}
	return channels, warnings, nil
}

// ResolveAdmin returns where the admin channel's reports go, resolved as
// Resolve resolves channels; nil when there is no admin channel.
func (c *Config) ResolveAdmin(s Secrets) (*Channel, error) {
	if c.AdminChannel == nil {
		return nil, nil
	}
	routed, env, ok := s.route(*c.AdminChannel)
	if !ok {
		return nil, Problems{missingCredentials(c.File, "admin_channel", *c.AdminChannel, env)}
	}
	return &routed, nil
}

// route returns where ch's messages go: ch itself when its platform has
// credentials; when they are missing (env names the variable), a console
// channel labelled "platform/channel" if ch says "fallback: console", or
// ok false.
func (s Secrets) route(ch Channel) (routed Channel, env string, ok bool) {
	env, ok = s.credentials(ch)
	switch {
	case ok:
		return ch, "", true
	case ch.Fallback != Console:
		return ch, env, false
	}
	ch.Channel = ch.Platform + "/" + ch.Channel
	ch.Platform = Console
	ch.Mention = "" // markup of another platform means nothing on a terminal
	return ch, env, true
}

func missingCredentials(file, path string, ch Channel, env string) Problem {
	return Problem{File: file, Line: ch.Line, Path: path,
		Msg: fmt.Sprintf("%s channel %s cannot be posted to: %s is not set (set it, or add \"fallback: console\" to the channel to print its briefings instead)",
			ch.Platform, ch.Channel, env)}
}
