// Package briefing composes digests of coded events: what is new in a time
// window, how each active dyad is trending and which signals point towards
// calm. One model, Briefing, renders as plain text, Slack mrkdwn or Discord
// markdown.
package briefing

import (
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// Briefing is what happened in a window, ready to render.
type Briefing struct {
	From, To time.Time
	Filter   storage.Filter
	// Scope names the filter's regions and actors for the headline.
	Scope []string
	// NoveltyDays is how far back an item had to be unseen to count as new;
	// it is also the span of the trend baselines.
	NoveltyDays int
	// Counts holds the window's events by type; Total is their sum.
	Counts map[briefbot.EventType]int
	Total  int
	// Top is the trend that escalated most above its baseline; nil when
	// none escalated more than usual.
	Top *Trend
	// New holds accusations, denials and escalations whose (type, source,
	// target) did not occur in the NoveltyDays before the window.
	New []Item
	// Trends holds the window's busiest dyads (by escalations, then
	// de-escalations), the most escalated above their baseline first.
	Trends []Trend
	// Deescalations holds talks, ceasefires, returned ambassadors and the
	// like, new or not.
	Deescalations []Item
	// More, MoreTrends and MoreDeescalations count what the cap left out
	// of New, Trends and Deescalations.
	More, MoreTrends, MoreDeescalations int
}

// Empty reports whether nothing at all happened in the window.
func (b *Briefing) Empty() bool { return b.Total == 0 }

// Party is an actor as a briefing names it.
type Party struct {
	ID   string
	Name string // the gazetteer's name, or the ID when the actor is unknown
}

// Item is one line of a briefing: every event of one (type, source, target)
// in the window, with the sources of all their stories; targets struck or
// addressed in one sentence share a line.
type Item struct {
	Type   briefbot.EventType
	Code   string // the coder's finer code: "strike", "talks", ...
	Source Party
	Target Party // zero for a denial that names no accuser
	// OtherTargets are further targets of the same act in the same
	// sentence ("China → Iran, Pakistan"), each new in its own right.
	OtherTargets []Party
	// What is a short clause cut from the evidence sentence.
	What string
	// When is the first report.
	When      time.Time
	Intensity float64
	// Reports counts the coded events merged into the item.
	Reports int
	Sources []Source
	// Answers is, for a denial, the accusation it answers; nil when none
	// was found.
	Answers *Accusation
}

// Accusation is the accusation a denial answers.
type Accusation struct {
	Accuser Party
	When    time.Time
}

// Source is one outlet that reported an item's story.
type Source struct {
	Outlet string
	URL    string
}

// Trend compares a dyad's escalations and de-escalations in the window with
// its usual rate.
type Trend struct {
	// A is the side that escalated more in the window (by ID on a tie).
	A, B                       Party
	Escalations, Deescalations int // in the window, both directions
	// Before counts the escalations in the BaselineDays days before the
	// window.
	Before, BaselineDays int
	Days                 float64 // the window's length in days
	Daily                []int   // escalations per UTC day over the SparkDays days ending with the window's last, oldest first
}

// Baseline is the dyad's usual escalations a day.
func (t Trend) Baseline() float64 {
	if t.BaselineDays == 0 {
		return 0
	}
	return float64(t.Before) / float64(t.BaselineDays)
}

// SparkDays is how many days a trend's sparkline covers.
const SparkDays = 14

// Excess is how many more escalations the window holds than the baseline
// predicts.
func (t Trend) Excess() float64 { return float64(t.Escalations) - t.Baseline()*t.Days }

// Shift says which way a dyad is moving.
type Shift string

const (
	Rising Shift = "rising"
	Steady Shift = "steady"
	Easing Shift = "easing"
)

// Shift is Rising when the window holds at least one escalation more than
// usual and more escalations than de-escalations, Easing when de-escalations
// outnumber escalations or escalations fell at least one below usual, and
// Steady otherwise.
func (t Trend) Shift() Shift {
	switch {
	case t.Excess() >= 1 && t.Escalations > t.Deescalations:
		return Rising
	case t.Deescalations > t.Escalations || t.Excess() <= -1:
		return Easing
	default:
		return Steady
	}
}
