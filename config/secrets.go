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
)

var secretVars = []string{
	EnvSlackBotToken, EnvSlackAppToken, EnvSlackSigningSecret,
	EnvDiscordBotToken, EnvDiscordPublicKey, EnvDiscordAppID,
}

// Secrets are the chat platforms' credentials.
type Secrets struct {
	SlackBotToken      string // posting (chat.postMessage)
	SlackAppToken      string // Socket Mode
	SlackSigningSecret string // the slash-command HTTP endpoint
	DiscordBotToken    string // gateway and posting
	DiscordPublicKey   string // the interactions HTTP endpoint (hex Ed25519 key)
	DiscordAppID       string // registering application commands
}

// ReadSecrets reads the secrets through getenv (os.Getenv in the daemon, a
// map in tests).
func ReadSecrets(getenv func(string) string) Secrets {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	return Secrets{
		SlackBotToken:      get(EnvSlackBotToken),
		SlackAppToken:      get(EnvSlackAppToken),
		SlackSigningSecret: get(EnvSlackSigningSecret),
		DiscordBotToken:    get(EnvDiscordBotToken),
		DiscordPublicKey:   get(EnvDiscordPublicKey),
		DiscordAppID:       get(EnvDiscordAppID),
	}
}

// CanPost reports whether there is a token to post to platform with; the
// console needs none.
func (s Secrets) CanPost(platform string) bool {
	switch platform {
	case Slack:
		return s.SlackBotToken != ""
	case Discord:
		return s.DiscordBotToken != ""
	}
	return platform == Console
}

// Resolve returns the channels briefings are actually posted to: a channel
// whose platform has no token is turned into a console channel labelled
// "platform/channel", with one warning per such platform, so that the
// example config runs as it is on a machine with no chat credentials.
func (c *Config) Resolve(s Secrets) (channels []Channel, warnings []string) {
	fallbacks := map[string]int{}
	var order []string
	for _, ch := range c.Channels {
		if !s.CanPost(ch.Platform) {
			if fallbacks[ch.Platform] == 0 {
				order = append(order, ch.Platform)
			}
			fallbacks[ch.Platform]++
			ch.Channel = ch.Platform + "/" + ch.Channel
			ch.Platform = Console
			ch.Mention = "" // markup of another platform means nothing on a terminal
		}
		channels = append(channels, ch)
	}
	for _, p := range order {
		env := map[string]string{Slack: EnvSlackBotToken, Discord: EnvDiscordBotToken}[p]
		warnings = append(warnings, fmt.Sprintf("%s: %s is not set; briefings for %d %s channel(s) go to the console", p, env, fallbacks[p], p))
	}
	return channels, warnings
}
