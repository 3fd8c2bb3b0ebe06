package config

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot"
)

func TestParseReportsEachProblemAtItsLine(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		line int
		want string // the problem's text after "test.yaml:LINE: "
	}{
		{"unknown top-level key", "storage:\n  path: x.db\nfeedz: []\n", 3,
			"feedz: unknown key"},
		{"unknown nested key", "http:\n  addr: 127.0.0.1:80\n  adr: x\n", 3,
			"http.adr: unknown key (known: addr)"},
		{"token in yaml", "slack:\n  token: xoxb-1\n", 2,
			"slack.token: unknown key (known: api_url); secrets are read from the environment only (SLACK_BOT_TOKEN"},
		{"unknown channel key", "channels:\n  - platform: console\n    schedul: \"@daily\"\n", 3,
			"channels[0].schedul: unknown key"},
		{"duplicate key", "storage:\n  path: a.db\n  path: b.db\n", 3,
			"storage.path: duplicate key (first at line 2)"},
		{"not a mapping", "storage: briefbot.db\n", 1,
			"storage: expected a mapping of keys to values"},
		{"not a list", "feeds:\n  name: dawn\n", 2,
			"feeds: expected a list"},
		{"empty storage path", "storage:\n  path: \"\"\n", 2,
			"storage.path: must not be empty"},
		{"unknown storage driver", "storage:\n  driver: mysql\n", 2,
			`storage.driver: unknown value "mysql" (known: sqlite, postgres)`},
		{"a path with postgres", "storage:\n  driver: postgres\n  path: x.db\n", 3,
			"storage.path: is the SQLite file's: the postgres driver reads the database URL from BRIEFBOT_DATABASE_URL"},
		{"a DSN in the file", "storage:\n  driver: postgres\n  dsn: postgres://u:p@db/b\n", 3,
			"storage.dsn: unknown key (known: driver, path); secrets are read from the environment only"},
		{"bad http addr", "http:\n  addr: localhost\n", 2,
			`http.addr: bad address "localhost"`},
		{"bad cron spec", "channels:\n  - platform: console\n    schedule: \"0 25 * * *\"\n", 3,
			`channels[0].schedule: bad cron spec "0 25 * * *": `},
		{"too many cron fields", "channels:\n  - platform: console\n    schedule: \"0 0 8 * * *\"\n", 3,
			`channels[0].schedule: bad cron spec "0 0 8 * * *": expected exactly 5 fields`},
		{"bad time zone", "channels:\n  - platform: console\n    schedule: \"CRON_TZ=Asia/Karachy 0 8 * * *\"\n", 3,
			`channels[0].schedule: bad cron spec "CRON_TZ=Asia/Karachy 0 8 * * *": provided bad location Asia/Karachy`},
		{"zone without spec", "channels:\n  - platform: console\n    schedule: \"CRON_TZ=Asia/Karachi\"\n", 3,
			`channels[0].schedule: bad cron spec "CRON_TZ=Asia/Karachi": a time zone needs a schedule after it`},
		{"unknown channel region", "channels:\n  - platform: console\n    regions: [south-asia, atlantis]\n", 3,
			`channels[0].regions[1]: unknown region "atlantis" (known: `},
		{"actor listed as region", "channels:\n  - platform: console\n    regions: [IRN]\n", 3,
			`channels[0].regions[0]: "IRN" is an actor (IRN, Iran), not a region: list it under actors`},
		{"unknown channel actor", "channels:\n  - platform: console\n    actors:\n      - PAK\n      - XXQ\n", 5,
			`channels[0].actors[1]: unknown actor "XXQ"`},
		{"region listed as actor", "channels:\n  - platform: console\n    actors: [south-asia]\n", 3,
			`channels[0].actors[0]: "south-asia" is a region, not an actor: list it under regions`},
		{"unknown feed tag", "feeds:\n  - name: a\n    url: https://a.example/rss\n    tags: [nowhere]\n", 4,
			`feeds[0].tags[0]: "nowhere" is neither a region nor a known actor`},
		{"unknown platform", "channels:\n  - platform: teams\n    channel: x\n", 2,
			`channels[0].platform: unknown platform "teams" (known: slack, discord, slack-webhook, discord-webhook, console)`},
		{"missing platform", "channels:\n  - channel: C1\n", 2,
			"channels[0].platform: missing (slack, discord, slack-webhook, discord-webhook, console)"},
		{"missing slack channel", "channels:\n  - platform: slack\n    schedule: \"@daily\"\n", 2,
			"channels[0].channel: missing: a slack channel needs its channel id"},
		{"missing discord channel", "channels:\n  - platform: discord\n    channel: \"\"\n", 3,
			"channels[0].channel: missing: a discord channel needs its channel id"},
		{"bad window", "channels:\n  - platform: console\n    window: 24 hours\n", 3,
			`channels[0].window: bad duration "24 hours"`},
		{"window too short", "channels:\n  - platform: console\n    window: 10s\n", 3,
			"channels[0].window: duration 10s is shorter than 1m0s"},
		{"bad all_quiet", "channels:\n  - platform: console\n    all_quiet: sometimes\n", 3,
			`channels[0].all_quiet: expected true or false, got "sometimes"`},
		{"bad interval", "feeds:\n  - name: a\n    url: https://a.example/rss\n    interval: often\n", 4,
			`feeds[0].interval: bad duration "often"`},
		{"interval too short", "feeds:\n  - name: a\n    url: https://a.example/rss\n    interval: 5s\n", 4,
			"feeds[0].interval: duration 5s is shorter than 1m0s"},
		{"duplicate feed name", "feeds:\n  - name: a\n    url: https://a.example/rss\n  - name: a\n    url: https://b.example/rss\n", 4,
			`feeds[1].name: duplicate feed "a" (first at line 2)`},
		{"duplicate feed url", "feeds:\n  - name: a\n    url: https://a.example/rss\n  - name: b\n    url: https://A.example/rss\n", 5,
			`feeds[1].url: duplicate feed URL "https://A.example/rss" (first at line 3)`},
		{"missing feed name", "feeds:\n  - url: https://a.example/rss\n", 2,
			"feeds[0].name: missing"},
		{"missing feed url", "feeds:\n  - name: a\n", 2,
			"feeds[0].url: missing"},
		{"feed url not http", "feeds:\n  - name: a\n    url: ftp://a.example/rss\n", 3,
			`feeds[0].url: bad URL "ftp://a.example/rss": want an http or https URL`},
		{"feed url without host", "feeds:\n  - name: a\n    url: https:///rss\n", 3,
			`feeds[0].url: bad URL "https:///rss": no host`},
		{"feed url unparsable", "feeds:\n  - name: a\n    url: \"http://a b.example/%zz\"\n", 3,
			`feeds[0].url: bad URL "http://a b.example/%zz": `},
		{"bad api_url", "discord:\n  api_url: discord.local\n", 2,
			`discord.api_url: bad URL "discord.local": want an http or https URL`},
		{"bad actor kind", "actors:\n  - id: bras\n    kind: militia\n    name: BRAS\n", 3,
			`actors[0].kind: unknown kind "militia" (known: state, group, igo)`},
		{"bad actor id", "actors:\n  - id: Jaish_Al_Adl\n    kind: group\n    name: J\n", 2,
			`actors[0].id: "Jaish_Al_Adl" is neither kebab-case (jaish-al-adl) nor an upper-case alpha-3 code (IRN)`},
		{"missing actor id", "actors:\n  - kind: group\n    name: J\n", 2,
			"actors[0].id: missing"},
		{"new actor without kind", "actors:\n  - id: bras\n    name: BRAS\n", 2,
			`actors[0].kind: missing for new actor "bras" (state, group or igo)`},
		{"new actor without name", "actors:\n  - id: bras\n    kind: group\n", 2,
			`actors[0].name: missing for new actor "bras"`},
		{"duplicate actor", "actors:\n  - {id: bras, kind: group, name: B}\n  - {id: bras, kind: group, name: B}\n", 3,
			`actors[1].id: duplicate actor "bras" (first at line 2)`},
		{"unknown actor region", "actors:\n  - id: bras\n    kind: group\n    name: B\n    regions: [balochistan]\n", 5,
			`actors[0].regions: unknown region "balochistan"`},
		{"bad novelty_days", "briefing:\n  novelty_days: 0\n", 2,
			`briefing.novelty_days: expected a whole number of at least 1, got "0"`},
		{"bad max_items", "briefing:\n  max_items: many\n", 2,
			`briefing.max_items: expected a whole number of at least 1, got "many"`},
		{"admins not a list", "admins:\n  slack: U123\n", 2,
			"admins.slack: expected a list"},
		{"sub-minute schedule", "channels:\n  - platform: console\n    schedule: \"@every 30s\"\n", 3,
			`channels[0].schedule: bad cron spec "@every 30s": runs every 30s: the shortest schedule is once a minute`},
		{"bad catch_up", "channels:\n  - platform: console\n    catch_up: soon\n", 3,
			`channels[0].catch_up: bad duration "soon"`},
		{"admin channel without id", "admin_channel:\n  platform: slack\n", 2,
			"admin_channel.channel: missing: a slack channel needs its channel id"},
		{"admin channel unknown key", "admin_channel:\n  platform: console\n  mention: x\n", 3,
			"admin_channel.mention: unknown key (known: platform, channel, fallback, webhook_env)"},
		{"post timeout too short", "delivery:\n  post_timeout: 10ms\n", 2,
			"delivery.post_timeout: duration 10ms is shorter than 1s"},
		{"bad health threshold", "health:\n  feed_failing_after: never\n", 2,
			`health.feed_failing_after: bad duration "never"`},
		{"channel list item not a value", "channels:\n  - platform: console\n    actors: [[IRN]]\n", 3,
			"channels[0].actors[0]: expected a single value"},
		{"tab in the indentation", "storage:\n\tpath: x.db\n", 2,
			"a tab in the indentation: YAML indents with spaces only"},
		{"tab after spaces", "channels:\n  - platform: console\n  \twindow: 1h\n", 3,
			"a tab in the indentation"},
		{"syntax error keeps its line", "a:\n  b: 2\n    c: 3\n", 3,
			"mapping values are not allowed in this context"},
		{"duplicate channel", "channels:\n  - {platform: slack, channel: C0123ABCD, fallback: console}\n  - platform: slack\n    channel: C0123ABCD\n    fallback: console\n", 4,
			"channels[1].channel: duplicate channel slack C0123ABCD (first at line 2)"},
		{"duplicate console label", "channels:\n  - platform: console\n  - platform: console\n", 3,
			"channels[1].channel: duplicate channel console console (first at line 2)"},
		{"slack channel name", "channels:\n  - platform: slack\n    channel: general\n", 3,
			`channels[0].channel: "general" is not a Slack channel id: use the id (C0123ABCD, at the bottom of the channel's details), or write "#general" to have it looked up at start-up`},
		{"slack lower-case id", "channels:\n  - platform: slack\n    channel: c0123abcd\n", 3,
			`channels[0].channel: "c0123abcd" is not a Slack channel id`},
		{"discord channel name", "channels:\n  - platform: discord\n    channel: \"#general\"\n", 3,
			`channels[0].channel: "#general" is not a Discord channel id: use the channel's number`},
		{"alias of a built-in state", "actors:\n  - id: bras\n    kind: group\n    name: B\n    aliases: [BRAS, Iran]\n", 5,
			`actors[0].aliases[1]: "Iran" already names the built-in actor IRN (Iran): an alias names one actor only; drop it here, or override IRN itself`},
		{"new actor named as a built-in", "actors:\n  - id: bras\n    kind: group\n    name: Pakistan\n", 4,
			`actors[0].name: "Pakistan" already names the built-in actor PAK (Pakistan)`},
		{"alias given to two config actors", "actors:\n  - {id: bras, kind: group, name: B, aliases: [BR]}\n  - {id: bras-two, kind: group, name: B2, aliases: [br]}\n", 3,
			`actors[1].aliases[0]: "br" is already given to actor bras above: an alias names one actor only`},
		{"slack plain @here", "channels:\n  - platform: slack\n    channel: C0123ABCD\n    mention: \"@here\"\n", 4,
			`channels[0].mention: "@here" does not ping when a bot writes it: use "<!here>"`},
		{"slack plain user name", "channels:\n  - platform: slack\n    channel: C0123ABCD\n    mention: \"<!here> @ops\"\n", 4,
			`channels[0].mention: "@ops" does not ping on Slack: use a member id <@U0123ABCD>`},
		{"discord @everyone", "channels:\n  - platform: discord\n    channel: \"112233445566778899\"\n    mention: \"@everyone\"\n", 4,
			`channels[0].mention: "@everyone" never pings: briefbot lets briefings ping only roles and users`},
		{"discord slack markup", "channels:\n  - platform: discord\n    channel: \"112233445566778899\"\n    mention: \"<!here>\"\n", 4,
			`channels[0].mention: "<!here>" does not ping on Discord: use a role <@&ROLE_ID> or a user <@USER_ID>`},
		{"bad fallback", "channels:\n  - platform: slack\n    channel: C0123ABCD\n    fallback: log\n", 4,
			`channels[0].fallback: unknown value "log" (known: console)`},
		{"webhook without its variable", "channels:\n  - platform: slack-webhook\n    schedule: \"@daily\"\n", 2,
			"channels[0].webhook_env: missing: a webhook channel names the environment variable that holds its URL"},
		{"webhook URL in the file", "channels:\n  - platform: discord-webhook\n    webhook_env: https://discord.com/api/webhooks/1/x\n", 3,
			"channels[0].webhook_env: give the name of an environment variable holding the URL, not the URL"},
		{"webhook variable not a name", "channels:\n  - platform: slack-webhook\n    webhook_env: slack-ops\n", 3,
			`channels[0].webhook_env: "slack-ops" is not an environment variable name`},
		{"webhook in a bot token", "channels:\n  - platform: slack-webhook\n    webhook_env: SLACK_BOT_TOKEN\n", 3,
			"channels[0].webhook_env: SLACK_BOT_TOKEN holds another secret"},
		{"webhook with a channel", "channels:\n  - platform: slack-webhook\n    webhook_env: HOOK\n    channel: C0123ABCD\n", 4,
			"channels[0].channel: a webhook posts to the channel it was made for: leave channel out"},
		{"webhook_env on a bot channel", "channels:\n  - platform: slack\n    channel: C0123ABCD\n    webhook_env: HOOK\n", 4,
			"channels[0].webhook_env: only slack-webhook and discord-webhook channels take a webhook"},
		{"discord webhook mention", "channels:\n  - platform: discord-webhook\n    webhook_env: HOOK\n    mention: \"@here\"\n", 4,
			`channels[0].mention: "@here" never pings`},
		{"same webhook twice", "channels:\n  - {platform: slack-webhook, webhook_env: HOOK}\n  - platform: slack-webhook\n    webhook_env: HOOK\n", 3,
			"channels[1].channel: duplicate channel slack-webhook HOOK (first at line 2)"},
		{"bad log format", "log:\n  format: xml\n", 2,
			`log.format: unknown value "xml" (known: text, json)`},
		{"bad log level", "log:\n  level: loud\n", 2,
			`log.level: unknown log level "loud" (known: debug, info, warn, error)`},
		{"empty keyword", "channels:\n  - platform: console\n    keywords:\n      - drone\n      - \"\"\n", 5,
			"channels[0].keywords[1]: an empty keyword would match nothing"},
		{"duplicate keyword", "channels:\n  - platform: console\n    keywords: [Drone, drone]\n", 3,
			`channels[0].keywords[1]: duplicate keyword "drone"`},
		{"overlong keyword", "channels:\n  - platform: console\n    exclude_keywords: [" + strings.Repeat("x", 101) + "]\n", 3,
			"channels[0].exclude_keywords[0]: a keyword of 101 bytes"},
		{"kept and excluded", "channels:\n  - platform: console\n    keywords: [sport]\n    exclude_keywords: [Sport]\n", 4,
			`channels[0].exclude_keywords: "Sport" is also a keyword`},
		{"keywords not a list", "channels:\n  - platform: console\n    keywords: drone\n", 3,
			"channels[0].keywords: expected a list"},
		{"unknown alert", "channels:\n  - platform: console\n    alerts: [escalation, strikes]\n", 3,
			`channels[0].alerts[1]: unknown alert "strikes" (known: accusation, denial, escalation, deescalation, force, threat, diplomatic, sanction, appeal)`},
		{"alert weight too high", "channels:\n  - platform: console\n    alert_weight: 101\n", 3,
			"channels[0].alert_weight: a weight is at most 100"},
		{"alert weight zero", "channels:\n  - platform: console\n    alert_weight: 0\n", 3,
			`channels[0].alert_weight: expected a whole number of at least 1, got "0"`},
		{"unknown coder backend", "coder:\n  backend: gpt\n", 2,
			`coder.backend: unknown value "gpt" (known: builtin, llm)`},
		{"llm backend without its section", "coder:\n  backend: llm\n", 2,
			"coder.backend: the llm backend needs an llm section with url and model"},
		{"llm backend without url", "coder:\n  backend: llm\n  llm:\n    model: qwen2.5:7b-instruct\n", 4,
			"coder.llm.url: missing: the API's base URL"},
		{"llm backend without model", "coder:\n  backend: llm\n  llm:\n    url: http://localhost:11434/v1\n", 4,
			"coder.llm.model: missing: the model to ask"},
		{"llm url without scheme", "coder:\n  llm:\n    url: localhost:11434\n", 3,
			`coder.llm.url: bad URL "localhost:11434": want an http or https URL`},
		{"api key in the file", "coder:\n  llm:\n    api_key_env: sk-proj-abc123\n", 3,
			"coder.llm.api_key_env: not an environment variable name (upper-case letters, digits and _): name the variable that holds the API key, never the key itself"},
		{"api key in a chat secret", "coder:\n  llm:\n    api_key_env: SLACK_BOT_TOKEN\n", 3,
			"coder.llm.api_key_env: SLACK_BOT_TOKEN holds another secret: give the API key a variable of its own"},
		{"api key as a key", "coder:\n  llm:\n    api_key: sk-1\n", 3,
			"coder.llm.api_key: unknown key (known: url, model, api_key_env, timeout, max_concurrency, requests_per_minute, max_daily_tokens); secrets are read from the environment only"},
		{"temperature is fixed", "coder:\n  llm:\n    temperature: 0.7\n", 3,
			"coder.llm.temperature: unknown key"},
		{"llm timeout too short", "coder:\n  llm:\n    timeout: 10ms\n", 3,
			"coder.llm.timeout: duration 10ms is shorter than 1s"},
		{"llm concurrency zero", "coder:\n  llm:\n    max_concurrency: 0\n", 3,
			`coder.llm.max_concurrency: expected a whole number of at least 1, got "0"`},
		{"llm rate not a number", "coder:\n  llm:\n    requests_per_minute: lots\n", 3,
			`coder.llm.requests_per_minute: expected a whole number of at least 1, got "lots"`},
		{"llm budget negative", "coder:\n  llm:\n    max_daily_tokens: -5\n", 3,
			`coder.llm.max_daily_tokens: expected a whole number of at least 1, got "-5"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml), "test.yaml")
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse() error = %v, want Problems", err)
			}
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), err)
			}
			if ps[0].Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", ps[0].Line, tt.line, ps[0])
			}
			prefix := "test.yaml:" + strconv.Itoa(tt.line) + ": "
			if got := ps[0].Error(); !strings.HasPrefix(got, prefix+tt.want) {
				t.Errorf("problem =\n  %s\nwant prefix\n  %s", got, prefix+tt.want)
			}
		})
	}
}

func TestParseReportsAllProblemsTogetherInLineOrder(t *testing.T) {
	yaml := `channels:
  - platform: slack
    schedule: "61 * * * *"
storage:
  pth: x
feeds:
  - name: a
    url: nope
`
	_, err := Parse([]byte(yaml), "briefbot.yaml")
	want := []string{
		"briefbot.yaml:2: channels[0].channel: missing",
		"briefbot.yaml:3: channels[0].schedule: bad cron spec",
		"briefbot.yaml:5: storage.pth: unknown key",
		"briefbot.yaml:8: feeds[0].url: bad URL",
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != len(want) {
		t.Fatalf("Parse() = %v, want %d problems", err, len(want))
	}
	lines := strings.Split(err.Error(), "\n")
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
}

func TestParseWarnings(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       string // "" for no warning
	}{
		{"empty file", "", "w.yaml: the file is empty"},
		{"only comments", "# nothing yet\n", "w.yaml: the file is empty"},
		{"empty mapping", "{}\n", "w.yaml: the file is empty"},
		{"no feeds", "channels:\n  - platform: console\n", "w.yaml: no feeds: nothing will be fetched"},
		{"feeds", "feeds:\n  - {name: a, url: https://a.example/rss}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.yaml), "w.yaml")
			if err != nil {
				t.Fatal(err)
			}
			got := c.Warnings.Error()
			if tt.want == "" && len(c.Warnings) > 0 || tt.want != "" && (len(c.Warnings) != 1 || !strings.HasPrefix(got, tt.want)) {
				t.Errorf("warnings = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseAcceptsWhatLooksOdd(t *testing.T) {
	for _, yaml := range []string{
		"channels:\n  - {platform: slack, channel: \"#general\", fallback: console}\n",
		"channels:\n  - {platform: slack, channel: G01ABCDEF, mention: \"<!here> <@U0123ABC> <!subteam^S0123|ops>\"}\n",
		"channels:\n  - {platform: discord, channel: 112233445566778899, mention: \"<@&998877665544332211> <@!42>\"}\n",
		"actors:\n  - {id: IRN, aliases: [Islamic Republic]}\n",         // an override may add aliases to its own actor
		"actors:\n  - {id: bras, kind: group, name: B, aliases: [B]}\n", // its own name again
		"storage:\n  path: \"a\\tb.db\"\n",                              // an escaped tab is no indentation
		"log: {format: json, level: DEBUG}\n",
		"channels:\n  - {platform: discord-webhook, webhook_env: DISCORD_WEBHOOK_OPS, mention: \"<@&1>\"}\n",
	} {
		if _, err := Parse([]byte(yaml), "ok.yaml"); err != nil {
			t.Errorf("Parse(%q):\n%v", yaml, err)
		}
	}
}

func TestParseDefaults(t *testing.T) {
	c, err := Parse([]byte(`
feeds:
  - name: a
    url: https://a.example/rss
channels:
  - platform: console
`), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Storage.Path != "briefbot.db" || c.HTTP.Addr != "127.0.0.1:8080" {
		t.Errorf("storage, http = %q, %q; want briefbot.db, 127.0.0.1:8080", c.Storage.Path, c.HTTP.Addr)
	}
	// Zero leaves the default to the composer and the watcher.
	if c.Briefing != (Briefing{}) || c.Feeds[0].Interval != 0 {
		t.Errorf("briefing = %+v, feed interval %v; want zero", c.Briefing, c.Feeds[0].Interval)
	}
	ch := c.Channels[0]
	if ch.Window != 24*time.Hour || ch.Channel != "console" || ch.Schedule != "" || ch.AllQuiet || ch.CatchUp != 6*time.Hour {
		t.Errorf("channel = %+v, want window 24h, label console, no schedule, not all-quiet, catch-up 6h", ch)
	}
	if c.AdminChannel != nil || c.Delivery.PostTimeout != 30*time.Second ||
		c.Health != (Health{FeedFailingAfter: 6 * time.Hour, OutboxStuckAfter: time.Hour}) {
		t.Errorf("admin channel, delivery, health = %v, %+v, %+v; want none, 30s, 6h and 1h", c.AdminChannel, c.Delivery, c.Health)
	}
	if c.Gazetteer == nil {
		t.Error("Gazetteer is nil, want the built-in one")
	}

	if c.Log != (Log{Format: "text", Level: slog.LevelInfo}) {
		t.Errorf("log = %+v, want text at info", c.Log)
	}

	wantCoder := Coder{Backend: "builtin", LLM: LLM{Timeout: 2 * time.Minute, MaxConcurrency: 2}}
	if c.Coder != wantCoder {
		t.Errorf("coder = %+v, want %+v", c.Coder, wantCoder)
	}

	empty, err := Parse(nil, "empty.yaml")
	if err != nil || empty.Storage.Path != "briefbot.db" {
		t.Errorf("Parse(empty) = %+v, %v; want the defaults", empty, err)
	}
}

func TestParseValues(t *testing.T) {
	c, err := Parse([]byte(`
log: {format: json, level: warn}
storage: {path: /var/lib/briefbot.db}
http: {addr: ":9090"}
briefing: {novelty_days: 14, max_items: 5}
slack: {api_url: "http://127.0.0.1:1234/api/"}
discord: {api_url: "https://proxy.example/api", guild: 123456789012345678}
admins: {slack: [U1, U2], discord: ["42"]}
actors:
  - id: bras
    kind: group
    name: Baloch Raaji Aajoi Sangar
    aliases: [BRAS]
    regions: [south-asia]
feeds:
  - name: dawn
    url: https://www.dawn.com/feeds/home
    interval: 1h
    tags: [south-asia, pak, bras]
channels:
  - platform: discord
    channel: 112233445566778899
    regions: [south-asia, south-asia]
    actors: [iran, bras]
    schedule: "CRON_TZ=Asia/Karachi 0 8 * * *"
    window: 7d
    all_quiet: true
    mention: "<@&1>"
    fallback: console
    keywords: [drone, "border town"]
    exclude_keywords: [football]
    alerts: [Force, diplomatic]
    alert_weight: 90
    catch_up: 2h
  - {platform: console, channel: quiet, catch_up: false}
  - {platform: console, channel: eager, catch_up: true}
admin_channel: {platform: slack, channel: C0999ABCD}
delivery: {post_timeout: 5s}
health: {feed_failing_after: 3h, outbox_stuck_after: 20m}
coder:
  backend: llm
  llm:
    url: http://localhost:11434/v1
    model: qwen2.5:7b-instruct
    api_key_env: LLM_API_KEY
    timeout: 90s
    max_concurrency: 3
    requests_per_minute: 30
    max_daily_tokens: 2000000
`), "v.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Log != (Log{Format: "json", Level: slog.LevelWarn}) {
		t.Errorf("log = %+v", c.Log)
	}
	if c.Storage.Path != "/var/lib/briefbot.db" || c.HTTP.Addr != ":9090" ||
		c.Briefing != (Briefing{NoveltyDays: 14, MaxItems: 5}) ||
		c.Slack.APIURL != "http://127.0.0.1:1234/api/" ||
		c.Discord != (DiscordConfig{APIURL: "https://proxy.example/api", Guild: "123456789012345678"}) {
		t.Errorf("scalars = %+v", c)
	}
	if strings.Join(c.Admins.Slack, ",") != "U1,U2" || strings.Join(c.Admins.Discord, ",") != "42" {
		t.Errorf("admins = %+v", c.Admins)
	}
	if len(c.Actors) != 1 || c.Actors[0].Name != "Baloch Raaji Aajoi Sangar" || c.Actors[0].Kind != "group" {
		t.Errorf("actors = %+v", c.Actors)
	}
	if a, ok := c.Gazetteer.Actor("bras"); !ok || a.Name != "Baloch Raaji Aajoi Sangar" {
		t.Errorf("Gazetteer.Actor(bras) = %+v, %v; want the config's actor", a, ok)
	}
	if f := c.Feeds[0]; f.Interval != time.Hour || strings.Join(f.Tags, ",") != "south-asia,PAK,bras" {
		t.Errorf("feed = %+v, want interval 1h and canonical tags", f)
	}
	want := Channel{Platform: "discord", Channel: "112233445566778899", Regions: []string{"south-asia"},
		Actors: []string{"IRN", "bras"}, Schedule: "CRON_TZ=Asia/Karachi 0 8 * * *",
		Window: 7 * 24 * time.Hour, AllQuiet: true, Mention: "<@&1>", Fallback: "console", Line: 21, CatchUp: 2 * time.Hour,
		Keywords: []string{"drone", "border town"}, ExcludeKeywords: []string{"football"}, Alerts: []string{"force", "diplomatic"}, AlertWeight: 90}
	if got := c.Channels[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("channel =\n  %+v\nwant\n  %+v", got, want)
	}
	if !want.AlertsOn() || (Channel{}).AlertsOn() {
		t.Error("AlertsOn: want on with alerts, off without")
	}
	if c.Channels[1].CatchUp != 0 || c.Channels[2].CatchUp != 6*time.Hour {
		t.Errorf("catch_up false, true = %v, %v; want off and the default", c.Channels[1].CatchUp, c.Channels[2].CatchUp)
	}
	if a := c.AdminChannel; a == nil || a.Platform != "slack" || a.Channel != "C0999ABCD" {
		t.Errorf("admin channel = %+v", a)
	}
	if c.Delivery.PostTimeout != 5*time.Second || c.Health != (Health{FeedFailingAfter: 3 * time.Hour, OutboxStuckAfter: 20 * time.Minute}) {
		t.Errorf("delivery, health = %+v, %+v", c.Delivery, c.Health)
	}
	wantCoder := Coder{Backend: "llm", LLM: LLM{URL: "http://localhost:11434/v1", Model: "qwen2.5:7b-instruct",
		APIKeyEnv: "LLM_API_KEY", Timeout: 90 * time.Second, MaxConcurrency: 3, RequestsPerMinute: 30,
		MaxDailyTokens: 2000000, Line: 45}}
	if c.Coder != wantCoder {
		t.Errorf("coder =\n  %+v\nwant\n  %+v", c.Coder, wantCoder)
	}
}

func TestLLMAPIKey(t *testing.T) {
	c, err := Parse([]byte("coder:\n  llm:\n    url: https://api.example/v1\n    model: m\n    api_key_env: LLM_KEY\n"), "k.yaml")
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"LLM_KEY": " sk-123 "}
	if key, err := c.LLMAPIKey(func(k string) string { return env[k] }); key != "sk-123" || err != nil {
		t.Errorf("LLMAPIKey = %q, %v; want the trimmed key", key, err)
	}
	_, err = c.LLMAPIKey(func(string) string { return "" })
	if err == nil || err.Error() != "k.yaml:5: coder.llm.api_key_env: LLM_KEY is not set: export the API key in it, or leave api_key_env out for a server that needs none" {
		t.Errorf("LLMAPIKey with the variable unset: %v", err)
	}
	none, err := Parse([]byte("coder:\n  llm: {url: http://localhost:11434/v1, model: m}\n"), "n.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if key, err := none.LLMAPIKey(func(string) string { return "ignored" }); key != "" || err != nil {
		t.Errorf("LLMAPIKey with no api_key_env = %q, %v; want none", key, err)
	}
}

func TestDatabaseURL(t *testing.T) {
	c, err := Parse([]byte("log: {level: info}\nstorage:\n  driver: postgres\n"), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{EnvDatabaseURL: " postgres://briefbot@db/briefbot "}
	if url, err := c.DatabaseURL(func(k string) string { return env[k] }); url != "postgres://briefbot@db/briefbot" || err != nil {
		t.Errorf("DatabaseURL = %q, %v; want the trimmed URL", url, err)
	}
	_, err = c.DatabaseURL(func(string) string { return "" })
	if err == nil || !strings.HasPrefix(err.Error(), "p.yaml:3: storage.driver: BRIEFBOT_DATABASE_URL is not set") {
		t.Errorf("DatabaseURL with the variable unset: %v", err)
	}
	sqlite, err := Parse([]byte("storage: {path: x.db}\n"), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if url, err := sqlite.DatabaseURL(func(string) string { return "ignored" }); url != "" || err != nil || sqlite.Storage.Driver != DriverSQLite {
		t.Errorf("DatabaseURL for SQLite = %q, %v (driver %q); want none", url, err, sqlite.Storage.Driver)
	}
}

func TestParseScheduleTimeZone(t *testing.T) {
	tests := []struct {
		spec  string
		after string
		want  string
	}{
		// Karachi is UTC+5 all year: 08:00 there is 03:00 UTC.
		{"CRON_TZ=Asia/Karachi 0 8 * * *", "2026-11-25T00:00:00Z", "2026-11-25T03:00:00Z"},
		{"TZ=America/New_York 0 8 * * *", "2026-11-25T00:00:00Z", "2026-11-25T13:00:00Z"},
		// Without a zone, UTC, whatever the host's zone.
		{"0 8 * * *", "2026-11-25T00:00:00Z", "2026-11-25T08:00:00Z"},
		{"@daily", "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"},
		{"@every 1m", "2026-11-25T00:00:00Z", "2026-11-25T00:01:00Z"},
	}
	for _, tt := range tests {
		s, err := ParseSchedule(tt.spec)
		if err != nil {
			t.Fatalf("ParseSchedule(%q): %v", tt.spec, err)
		}
		after, _ := time.Parse(time.RFC3339, tt.after)
		if got := s.Next(after).UTC().Format(time.RFC3339); got != tt.want {
			t.Errorf("ParseSchedule(%q).Next(%s) = %s, want %s", tt.spec, tt.after, got, tt.want)
		}
	}
}

func TestReadSecretsAndResolve(t *testing.T) {
	env := map[string]string{
		"SLACK_BOT_TOKEN": " xoxb-1 \n", "SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "sig",
		"DISCORD_PUBLIC_KEY": "abcd", "DISCORD_APP_ID": "77", "HOOK_OPS": "https://hooks.example/1 ",
	}
	cfg := &Config{Channels: []Channel{{Platform: SlackWebhook, Channel: "HOOK_OPS", WebhookEnv: "HOOK_OPS"},
		{Platform: DiscordWebhook, Channel: "HOOK_UNSET", WebhookEnv: "HOOK_UNSET"}}}
	s := cfg.ReadSecrets(func(k string) string { return env[k] })
	want := Secrets{SlackBotToken: "xoxb-1", SlackAppToken: "xapp-1", SlackSigningSecret: "sig",
		DiscordPublicKey: "abcd", DiscordAppID: "77", Webhooks: map[string]string{"HOOK_OPS": "https://hooks.example/1"}}
	if !reflect.DeepEqual(s, want) {
		t.Fatalf("ReadSecrets() = %+v, want %+v", s, want)
	}

	c := &Config{File: "r.yaml", Channels: []Channel{
		{Platform: Slack, Channel: "C1", Mention: "<!here>"},
		{Platform: Discord, Channel: "111", Mention: "<@&1>", Fallback: Console},
		{Platform: Discord, Channel: "222", Fallback: Console},
		{Platform: Console, Channel: "watch"},
		{Platform: SlackWebhook, Channel: "HOOK_OPS", WebhookEnv: "HOOK_OPS"},
		{Platform: DiscordWebhook, Channel: "HOOK_UNSET", WebhookEnv: "HOOK_UNSET", Fallback: Console},
	}}
	chans, warnings, err := c.Resolve(s)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(chans))
	for i, ch := range chans {
		got[i] = ch.Platform + " " + ch.Channel + " " + ch.Mention
	}
	wantChans := []string{"slack C1 <!here>", "console discord/111 ", "console discord/222 ", "console watch ",
		"slack-webhook HOOK_OPS ", "console discord-webhook/HOOK_UNSET "}
	if strings.Join(got, "|") != strings.Join(wantChans, "|") {
		t.Errorf("Resolve() channels = %q, want %q", got, wantChans)
	}
	wantWarn := []string{"discord: DISCORD_BOT_TOKEN is not set; briefings for 2 discord channel(s) go to the console (fallback: console)",
		"discord-webhook: HOOK_UNSET is not set; briefings for 1 discord-webhook channel(s) go to the console (fallback: console)"}
	if strings.Join(warnings, "|") != strings.Join(wantWarn, "|") {
		t.Errorf("Resolve() warnings = %q, want %q", warnings, wantWarn)
	}
	if c.Channels[1].Platform != Discord {
		t.Error("Resolve() changed the config's own channels")
	}
}

func TestResolveRefusesAChannelWithoutCredentials(t *testing.T) {
	c := &Config{File: "r.yaml", Channels: []Channel{
		{Platform: Slack, Channel: "C1", Line: 40},
		{Platform: Discord, Channel: "111", Line: 45, Fallback: Console},
		{Platform: Discord, Channel: "222", Line: 50},
		{Platform: SlackWebhook, Channel: "HOOK", WebhookEnv: "HOOK", Line: 55},
	}}
	_, _, err := c.Resolve(Secrets{})
	want := []string{
		`r.yaml:40: channels[0]: slack channel C1 cannot be posted to: SLACK_BOT_TOKEN is not set (set it, or add "fallback: console" to the channel to print its briefings instead)`,
		`r.yaml:50: channels[2]: discord channel 222 cannot be posted to: DISCORD_BOT_TOKEN is not set`,
		`r.yaml:55: channels[3]: slack-webhook channel HOOK cannot be posted to: HOOK is not set`,
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != len(want) {
		t.Fatalf("Resolve() error = %v, want %d problems", err, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(ps[i].Error(), w) {
			t.Errorf("problem %d = %q, want prefix %q", i, ps[i].Error(), w)
		}
	}
}

func TestResolveAdmin(t *testing.T) {
	tests := []struct {
		name    string
		admin   *Channel
		env     map[string]string
		want    string // platform/channel, or the error's start
		wantErr bool
	}{
		{"none", nil, nil, "<nil>", false},
		{"with its token", &Channel{Platform: Slack, Channel: "C0999ABCD"}, map[string]string{EnvSlackBotToken: "xoxb"}, "slack C0999ABCD", false},
		{"without its token", &Channel{Platform: Slack, Channel: "C0999ABCD", Line: 7}, nil,
			"r.yaml:7: admin_channel: slack channel C0999ABCD cannot be posted to: SLACK_BOT_TOKEN is not set", true},
		{"without its token, to the console", &Channel{Platform: Discord, Channel: "111", Fallback: Console}, nil, "console discord/111", false},
		{"a webhook", &Channel{Platform: DiscordWebhook, Channel: "OPS_HOOK", WebhookEnv: "OPS_HOOK"},
			map[string]string{"OPS_HOOK": "https://discord.test/api/webhooks/1/x"}, "discord-webhook OPS_HOOK", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Config{File: "r.yaml", AdminChannel: tt.admin}
			got, err := c.ResolveAdmin(c.ReadSecrets(func(k string) string { return tt.env[k] }))
			if tt.wantErr {
				if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
					t.Errorf("ResolveAdmin() = %v, %v; want error %q", got, err, tt.want)
				}
				return
			}
			desc := "<nil>"
			if got != nil {
				desc = got.Platform + " " + got.Channel
			}
			if err != nil || desc != tt.want {
				t.Errorf("ResolveAdmin() = %s, %v; want %s", desc, err, tt.want)
			}
		})
	}
}

func TestExampleConfig(t *testing.T) {
	c, err := Parse(briefbot.ExampleConfig, "config.example.yaml")
	if err != nil {
		t.Fatalf("the example config does not validate:\n%v", err)
	}
	platforms := map[string]bool{}
	for _, ch := range c.Channels {
		platforms[ch.Platform] = true
	}
	if len(c.Feeds) < 3 || len(platforms) != 4 {
		t.Errorf("example has %d feeds and channels on %v, want several feeds and slack, discord, slack-webhook and console", len(c.Feeds), platforms)
	}
	// With no credentials, the example runs entirely on the console.
	chans, warnings, err := c.Resolve(c.ReadSecrets(func(string) string { return "" }))
	if err != nil {
		t.Fatalf("the example config needs credentials: %v", err)
	}
	for _, ch := range chans {
		if ch.Platform != Console {
			t.Errorf("channel %s stays on %s without credentials", ch.Channel, ch.Platform)
		}
	}
	if len(warnings) != 3 {
		t.Errorf("warnings = %q, want one for slack, discord and the webhook", warnings)
	}
}

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte("storage:\n  path: x.db\n  bogus: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil || !strings.HasPrefix(err.Error(), path+":3: storage.bogus: unknown key") {
		t.Errorf("Load() error = %v, want the file name and line", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error = %v, want ErrNotExist", err)
	}
}

func TestSecretsStatus(t *testing.T) {
	tests := []struct {
		name     string
		platform string
		secrets  Secrets
		want     string
		warn     bool
	}{
		{"slack, nothing set", Slack, Secrets{}, "slack: off; off: posting (needs SLACK_BOT_TOKEN), Socket Mode (needs SLACK_APP_TOKEN), " +
			"HTTP slash commands (needs SLACK_SIGNING_SECRET)", false},
		{"slack, posting only", Slack, Secrets{SlackBotToken: "x"}, "slack: posting on; off: Socket Mode (needs SLACK_APP_TOKEN), " +
			"HTTP slash commands (needs SLACK_SIGNING_SECRET); slash commands cannot be verified, so every one is refused: " +
			"set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)", true},
		{"slack, all", Slack, Secrets{SlackBotToken: "x", SlackAppToken: "y", SlackSigningSecret: "z"},
			"slack: posting, Socket Mode, HTTP slash commands on", false},
		{"discord, bot without app id", Discord, Secrets{DiscordBotToken: "x"}, "discord: gateway, posting on; " +
			"off: HTTP interactions (needs DISCORD_PUBLIC_KEY), registering commands (needs DISCORD_APP_ID); " +
			"slash commands are not registered, so none reach briefbot unless registered another way: set DISCORD_APP_ID", true},
		{"discord, HTTP interactions only", Discord, Secrets{DiscordPublicKey: "k", DiscordAppID: "1"}, "discord: HTTP interactions on; " +
			"off: gateway (needs DISCORD_BOT_TOKEN), posting (needs DISCORD_BOT_TOKEN), registering commands (needs DISCORD_BOT_TOKEN)", false},
		{"discord, all", Discord, Secrets{DiscordBotToken: "x", DiscordPublicKey: "k", DiscordAppID: "1"},
			"discord: gateway, posting, HTTP interactions, registering commands on", false},
	}
	for _, tt := range tests {
		line, warn := tt.secrets.Status(tt.platform)
		if line != tt.want || warn != tt.warn {
			t.Errorf("%s:\n  %q, %v\nwant\n  %q, %v", tt.name, line, warn, tt.want, tt.warn)
		}
	}
}

// TestDeployConfigs loads the configs deploy/ ships: the single daemon's
// and the replicas'.
func TestDeployConfigs(t *testing.T) {
	for file, driver := range map[string]string{"briefbot.yaml": DriverSQLite, "briefbot.postgres.yaml": DriverPostgres} {
		c, err := Load(filepath.Join("..", "deploy", file))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if c.Storage.Driver != driver {
			t.Errorf("%s: driver %q, want %q", file, c.Storage.Driver, driver)
		}
	}
}
