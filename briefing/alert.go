package briefing

import (
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Alert is one new development posted as soon as it is stored, before the
// briefing that will list it too.
type Alert struct {
	Item Item
	// Location is the reader's time zone; nil means UTC.
	Location *time.Location
}

// Alert makes an alert of a development, named and weighed as a briefing
// would.
func (c *Composer) Alert(d briefbot.Development, loc *time.Location) Alert {
	if loc == nil {
		loc = time.UTC
	}
	return Alert{Item: c.item(d, false), Location: loc}
}

// Matches reports whether the alert is of one of kinds (event types or
// kinds of act, as briefbot.Family names them; none: any) and of at least
// minWeight, or, when minWeight is 0, major (see Major): a channel alerted
// to de-escalations gets ceasefires, not every call for restraint.
func (a Alert) Matches(kinds []string, minWeight int) bool {
	it := a.Item
	heavy := it.Weight >= minWeight
	if minWeight <= 0 {
		heavy = Major(it.Weight)
	}
	return heavy && (len(kinds) == 0 ||
		slices.Contains(kinds, string(it.Type)) || slices.Contains(kinds, briefbot.Family(it.Type, it.Code)))
}

// alertTitle heads an alert: what happened.
func (a Alert) alertTitle() string {
	return "New: " + itemDyad(a.Item) + ": " + kindPhrase(a.Item)
}

// Render renders the alert as one message of the format: a Slack section
// and context, a Discord embed coloured by its weight and stamped with its
// first report, or plain lines.
func (a Alert) Render(f Format) Message {
	it := a.Item
	switch f {
	case Slack:
		st := slackStyle
		line := st.item(it, 0)
		return Message{Text: st.escape(a.alertTitle()), Blocks: []SlackBlock{
			{Type: "section", Text: &SlackText{Type: "mrkdwn", Text: prefixUnits(st.bold(st.escape(a.alertTitle()))+"\n"+line, SlackSectionLimit)}},
			{Type: "context", Elements: []SlackText{{Type: "mrkdwn", Text: "First reported " + st.moment(it.FirstSeen, it.FirstSeen.In(a.Location).Format(timeLayout+" MST"))}}},
		}}
	case Discord:
		st := discordStyle
		return Message{Embeds: []DiscordEmbed{{
			Title:       prefixUnits(a.alertTitle(), discordTitleLimit),
			Description: prefixUnits(st.item(it, 0), discordDescriptionLimit),
			Color:       severityColor(it.Weight),
			Timestamp:   it.FirstSeen.UTC().Format(time.RFC3339),
		}}}
	}
	lines := []string{a.alertTitle() + ", " + dayPhrase(it.Day) + " (first reported " + it.FirstSeen.In(a.Location).Format(timeLayout+" MST") + ")"}
	if it.What != "" {
		lines = append(lines, quote(it.What))
	}
	for _, s := range shownSources(it) {
		lines = append(lines, "- "+s.Outlet+"  "+s.URL)
	}
	return Message{Text: strings.Join(lines, "\n")}
}
