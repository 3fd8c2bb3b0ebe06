package briefing

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Format is a way to render a briefing.
type Format int

const (
	Plain   Format = iota // text for a terminal
	Slack                 // Slack mrkdwn, one part per section block
	Discord               // Discord markdown, one part per message
)

var formatNames = []string{Plain: "plain", Slack: "slack", Discord: "discord"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat reads "plain", "slack" or "discord".
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if strings.EqualFold(s, name) {
			return Format(f), nil
		}
	}
	return Plain, fmt.Errorf("unknown format %q: want %s", s, strings.Join(formatNames, ", "))
}

// Platform limits, counted in UTF-16 code units as the platforms count.
const (
	// SlackPartLimit is the most text a Slack section block holds.
	SlackPartLimit = 3000
	// SlackMaxParts is the most blocks a Slack message holds.
	SlackMaxParts = 50
	// DiscordPartLimit is the most text a Discord message holds.
	DiscordPartLimit = 2000
)

// maxLinks is how many outlets an item links before "+N more".
const maxLinks = 5

// Render renders the briefing. Plain gives one part; Slack and Discord give
// parts within their platform's limits, split between lines.
func Render(b *Briefing, f Format) []string {
	switch f {
	case Slack:
		return split(chatLines(b, slackStyle), SlackPartLimit, SlackMaxParts, slackStyle.cut)
	case Discord:
		return split(chatLines(b, discordStyle), DiscordPartLimit, 0, discordStyle.cut)
	default:
		return []string{strings.Join(plainLines(b), "\n")}
	}
}

// Phrases shared by every format, as unescaped text.

func windowPhrase(b *Briefing) string {
	loc := b.From.Location()
	from, to := b.From.In(loc), b.To.In(loc)
	s := from.Format("2 Jan 15:04") + " – " + to.Format("2 Jan 15:04 MST")
	if len(b.Scope) > 0 {
		s += " · " + strings.Join(b.Scope, ", ")
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
	return plural(b.Total, "event") + ": " + strings.Join(parts, ", ")
}

func quietPhrase() string { return "All quiet: no events in this window." }

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

func itemDyad(it Item) string {
	if it.Target.ID == "" {
		return it.Source.Name
	}
	s := it.Source.Name + " → " + it.Target.Name
	for _, p := range it.OtherTargets {
		s += ", " + p.Name
	}
	return s
}

// kindPhrase says what kind of item it is: the coder's finer code where it
// says more than the type, and for a denial the accusation it answers.
func kindPhrase(it Item, loc *time.Location) string {
	if it.Type == briefbot.Denial {
		if a := it.Answers; a != nil {
			return "denied " + possessive(a.Accuser.Name) + " " + a.When.In(loc).Format("2 Jan") + " accusation"
		}
		return "denial"
	}
	switch it.Code {
	case "", "accuse", string(it.Type):
		return typeNoun(it.Type)
	}
	return strings.ReplaceAll(it.Code, "-", " ")
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

func topPhrase(t Trend) string {
	return dyadPhrase(t) + ", " + trendCounts(t)
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

func sectionNew(noveltyDays int) string {
	return fmt.Sprintf("New — not seen in the %d days before", noveltyDays)
}

const (
	sectionTrends = "Trends — escalations a day, last 14 days"
	sectionCalm   = "De-escalation signals"
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

func nothingNewPhrase(noveltyDays int) string {
	return fmt.Sprintf("Nothing new: every event repeats one seen in the %d days before.", noveltyDays)
}
