package briefing

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Format is a way to render a briefing.
type Format int

const (
	Plain   Format = iota // text for a terminal or a log
	Slack                 // Slack Block Kit
	Discord               // Discord embeds
	JSON                  // the machine-readable form (see the README)
)

var formatNames = []string{Plain: "plain", Slack: "slack", Discord: "discord", JSON: "json"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat reads "plain", "slack", "discord" or "json".
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if strings.EqualFold(s, name) {
			return Format(f), nil
		}
	}
	return Plain, fmt.Errorf("unknown format %q: want %s", s, strings.Join(formatNames, ", "))
}

// Message is one chat message of a rendered briefing, as the outbox stores
// it and the platforms' posters send it: the text that notifications and
// clients without rich layout show (Slack's text, Discord's content), and
// the platform's layout. Plain and JSON renderings are one message of text.
type Message struct {
	Text   string         `json:"text,omitempty"`
	Blocks []SlackBlock   `json:"blocks,omitempty"`
	Embeds []DiscordEmbed `json:"embeds,omitempty"`
}

// Encode writes the message as the outbox stores it: JSON, with HTML left
// unescaped so that links and markup read as they will be sent.
func (m Message) Encode() string {
	data, err := marshal(m, "")
	if err != nil { // plain values only: cannot happen
		return m.Text
	}
	return string(data)
}

// DecodeMessage reads a stored message body. A body that is not a
// message's JSON (one stored before messages were structured) is its own
// text.
func DecodeMessage(body string) Message {
	var m Message
	if !strings.HasPrefix(body, "{") || json.Unmarshal([]byte(body), &m) != nil {
		return Message{Text: body}
	}
	return m
}

// WithMention puts a channel's mention where the platform notifies: on
// Slack in the text and at the head of the first section, on Discord in
// the content, in plain text on a line above.
func (m Message) WithMention(mention string, f Format) Message {
	switch f {
	case Slack:
		m.Text = mention + " " + m.Text
		m.Blocks = slices.Clone(m.Blocks)
		for i, b := range m.Blocks {
			if b.Type == "section" && b.Text != nil {
				text := *b.Text
				text.Text = mention + "\n" + text.Text
				m.Blocks[i].Text = &text
				break
			}
		}
	case Discord:
		m.Text = strings.TrimSpace(mention + " " + m.Text)
	default:
		m.Text = mention + "\n" + m.Text
	}
	return m
}

// SlackBlock is a Block Kit block as chat.postMessage takes it: a header,
// a section, a context or a divider.
type SlackBlock struct {
	Type     string      `json:"type"`
	Text     *SlackText  `json:"text,omitempty"`
	Elements []SlackText `json:"elements,omitempty"`
}

// SlackText is a Block Kit text object: plain_text or mrkdwn.
type SlackText struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// DiscordEmbed is a Discord embed as the API takes it.
type DiscordEmbed struct {
	Title       string         `json:"title,omitempty"`
	Description string         `json:"description,omitempty"`
	Color       int            `json:"color,omitempty"`
	Timestamp   string         `json:"timestamp,omitempty"`
	Fields      []DiscordField `json:"fields,omitempty"`
	Footer      *DiscordFooter `json:"footer,omitempty"`
}

// DiscordField is one named block of an embed.
type DiscordField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// DiscordFooter is an embed's footer line.
type DiscordFooter struct {
	Text string `json:"text"`
}

// Platform limits, counted in UTF-16 code units as the platforms count.
const (
	// SlackSectionLimit is the most text a Slack section block holds.
	SlackSectionLimit = 3000
	// SlackMaxBlocks is the most blocks a Slack message holds.
	SlackMaxBlocks = 50
	// Discord's embed limits.
	discordTitleLimit       = 256
	discordDescriptionLimit = 4096
	discordFieldNameLimit   = 256
	discordFieldValueLimit  = 1024
	discordFooterLimit      = 2048
	discordMaxFields        = 25
	// DiscordMessageLimit is the most text the embeds of one message hold.
	DiscordMessageLimit = 6000
)

// maxLinks is how many outlets an item links before "+N".
const maxLinks = 5

// Render renders the briefing: one message for Plain and JSON, as few as
// the platform's limits allow for Slack and Discord, split only between
// sections.
func Render(b *Briefing, f Format) []Message {
	switch f {
	case Slack:
		return slackMessages(b)
	case Discord:
		return discordMessages(b)
	case JSON:
		return []Message{{Text: string(jsonBriefing(b))}}
	default:
		return []Message{{Text: strings.Join(plainLines(b), "\n")}}
	}
}

// Phrases shared by every format, as unescaped text.

// dateLayout shows a day; timeLayout a moment.
const (
	dateLayout = "Mon 2 Jan"
	timeLayout = "Mon 2 Jan 15:04"
)

// dayPhrase shows the day a development happened. It is a calendar date,
// kept at midnight UTC, and shown as that date in every zone.
func dayPhrase(day time.Time) string { return day.UTC().Format(dateLayout) }

// noonUnix is the instant the chat platforms are given to show a day in
// the reader's zone: noon UTC shows as the same date in every zone within
// eleven hours of UTC, where midnight would show the day before west of it.
func noonUnix(day time.Time) int64 { return briefbot.Day(day).Add(12 * time.Hour).Unix() }

func windowPhrase(b *Briefing) string {
	from, to := b.From.In(b.Location), b.To.In(b.Location)
	return from.Format(timeLayout) + " – " + to.Format(timeLayout+" MST")
}

func scopePhrase(b *Briefing) string {
	if len(b.Scope) == 0 {
		return ""
	}
	return " · " + strings.Join(b.Scope, ", ")
}

// headlinePhrase is the briefing's headline line: its weightiest item and
// what the window held.
func headlinePhrase(b *Briefing) string {
	if b.Empty() {
		s := "Nothing new: no development was first reported in this window."
		if b.BackgroundCount > 0 {
			s += " " + backgroundPhrase(b.BackgroundCount) + "."
		}
		return s
	}
	s := ""
	if top := b.Top(); top != nil {
		s = "Top: " + itemDyad(*top) + ": " + kindPhrase(*top) + ", " + dayPhrase(top.Day) + " · "
	}
	s += countsPhrase(b)
	if b.BackgroundCount > 0 {
		s += "; " + backgroundPhrase(b.BackgroundCount)
	}
	return s
}

func countsPhrase(b *Briefing) string {
	var parts []string
	for _, t := range briefbot.EventTypes {
		if n := b.Counts[t]; n > 0 {
			parts = append(parts, plural(n, typeNoun(t)))
		}
	}
	return plural(b.Total, "development") + " first reported: " + strings.Join(parts, ", ")
}

func backgroundPhrase(n int) string {
	return plural(n, "background development") + " set aside"
}

func quietPhrase() string { return "All quiet: nothing was reported in this window." }

func typeNoun(t briefbot.EventType) string {
	if t == briefbot.Deescalation {
		return "de-escalation"
	}
	return string(t)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func dyadPhrase(t Trend) string { return t.A.Name + " – " + t.B.Name }

// itemDyad is "who → whom".
func itemDyad(it Item) string {
	if len(it.Targets) == 0 {
		return it.Source.Name
	}
	names := make([]string, len(it.Targets))
	for i, p := range it.Targets {
		names[i] = p.Name
	}
	return it.Source.Name + " → " + strings.Join(names, ", ")
}

// kindPhrase says what happened: the coder's finer code where it says more
// than the type, and for a denial the accusation it answers.
func kindPhrase(it Item) string {
	if it.Type == briefbot.Denial {
		if a := it.Answers; a != nil {
			return "denied " + possessive(a.Accuser.Name) + " " + a.Day.UTC().Format("2 Jan") + " accusation"
		}
		return "denial"
	}
	switch it.Code {
	case "", "accuse", string(it.Type):
		return typeNoun(it.Type)
	}
	if noun, ok := codeNouns[it.Code]; ok {
		return noun
	}
	return strings.ReplaceAll(it.Code, "-", " ")
}

// codeNouns name the codes whose words do not read as a noun after "who →
// whom:".
var codeNouns = map[string]string{
	"condemn": "condemnation", "criticise": "criticism", "allege": "allegation",
	"recall-ambassador": "ambassador recalled", "expel": "envoys expelled", "cut-ties": "ties cut",
	"close-border": "border closed", "sanction": "sanctions", "seize": "seizure", "mobilise": "mobilisation",
	"retaliate": "retaliation", "mediate": "mediation", "restore-ties": "ties restored",
	"return-ambassador": "ambassador returned", "reopen-border": "border reopened", "lift-sanctions": "sanctions lifted",
	"disarm": "disarmament", "disengage": "disengagement", "ease": "easing", "accept": "acceptance",
	"invite-talks": "invitation to talks",
}

// flagsPhrase lists an item's flags.
func flagsPhrase(it Item, noveltyDays int) string {
	if it.First {
		return fmt.Sprintf("first in %d days", noveltyDays)
	}
	return ""
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

func quote(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

// trendCounts gives the window's escalations and de-escalations and the
// baseline as a count, which reads more easily than a fraction a day.
func trendCounts(t Trend) string {
	var counts []string
	if t.Escalations > 0 {
		counts = append(counts, plural(t.Escalations, "escalation"))
	}
	if t.Deescalations > 0 {
		counts = append(counts, plural(t.Deescalations, "de-escalation"))
	}
	// "3 in the 30 days before" is clear after escalations alone; after
	// de-escalations it needs its noun.
	before := fmt.Sprint(t.Before)
	switch {
	case len(counts) == 1 && t.Escalations > 0 && t.Before == 0:
		before = "none"
	case len(counts) == 1 && t.Escalations > 0:
	case t.Before == 0:
		before = "no escalations"
	default:
		before = plural(t.Before, "escalation")
	}
	return strings.Join(counts, ", ") + fmt.Sprintf(" (%s in the %d days before)", before, t.BaselineDays)
}

func morePhrase(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return fmt.Sprintf("…and %d more %s", n, noun)
}

// windowLength writes a window's length as the commands take it: 24h, 7d.
func windowLength(d time.Duration) string {
	switch {
	case d%(24*time.Hour) == 0 && d > 24*time.Hour:
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	}
	return d.String()
}

// cliCommand is the terminal command that lists every development of the
// briefing's window and scope.
func cliCommand(b *Briefing) string {
	cmd := "briefbot brief -since " + windowLength(b.To.Sub(b.From)) + " -until " + b.To.UTC().Format(time.RFC3339)
	if len(b.Filter.Regions) > 0 {
		cmd += " -region " + strings.Join(b.Filter.Regions, ",")
	}
	if len(b.Filter.Actors) > 0 {
		cmd += " -actor " + strings.Join(b.Filter.Actors, ",")
	}
	return cmd + " -all"
}

// chatCommand is the chat command that lists every development of a window
// as long as the briefing's, ending now, for its one region or actor when
// it has one.
func chatCommand(b *Briefing) string {
	cmd := "/brief "
	if scope := append(append([]string{}, b.Filter.Regions...), b.Filter.Actors...); len(scope) == 1 {
		cmd += scope[0] + " "
	}
	return cmd + windowLength(b.To.Sub(b.From)) + " all"
}

const (
	sectionTrends     = "Trends — escalation developments a day, last 14 days"
	sectionBackground = "Set aside as background, not news"
)

// Sparkline draws counts as bars scaled to the largest; zero is the
// lowest bar and any non-zero count shows above it.
func Sparkline(counts []int) string {
	const bars = "▁▂▃▄▅▆▇█"
	levels := []rune(bars)
	top := 0
	for _, c := range counts {
		top = max(top, c)
	}
	var sb strings.Builder
	for _, c := range counts {
		i := 0
		if c > 0 {
			// Ceiling division: the smallest non-zero count still rises.
			i = (c*(len(levels)-1) + top - 1) / top
		}
		sb.WriteRune(levels[i])
	}
	return sb.String()
}

// shownSources is the outlets an item links, at most maxLinks.
func shownSources(it Item) []Source { return it.Sources[:min(len(it.Sources), maxLinks)] }
