// Package briefing composes digests of news developments: what was first
// reported in a time window, one line per development, ranked by weight,
// grouped by story, with each active dyad's trend against its baseline. One
// model, Briefing, renders as plain text, Slack Block Kit, Discord embeds
// or JSON.
package briefing

import (
	"slices"
	"time"

	"github.com/briefbot/briefbot"
	"github.com/briefbot/briefbot/storage"
)

// Briefing is what was first reported in a window, ready to render.
type Briefing struct {
	From, To time.Time
	// Location is the reader's time zone: times and days are shown in it.
	Location *time.Location
	Filter   storage.Filter
	// Scope names the filter's regions and actors for the headline.
	Scope []string
	// NoveltyDays is how far back a development's type and sides must be
	// unseen for it to be flagged first, and the span of trend baselines.
	NoveltyDays int
	// Counts holds the window's news developments by type; Total is their
	// sum.
	Counts map[briefbot.EventType]int
	Total  int
	// Stories hold the listed items, the story of the weightiest first.
	Stories []Story
	// More counts the news developments the cap left out.
	More int
	// All says the cap was lifted and Background is listed.
	All bool
	// Background holds the window's background developments when All is
	// set; BackgroundCount counts them either way. They are never news.
	Background      []Item
	BackgroundCount int
	// Trends holds the window's busiest dyads, the most escalated above
	// their baseline first; MoreTrends counts those left out.
	Trends     []Trend
	MoreTrends int
}

// Empty reports whether no news development was first reported in the
// window.
func (b *Briefing) Empty() bool { return b.Total == 0 }

// Items returns the listed items, story by story.
func (b *Briefing) Items() []Item {
	var out []Item
	for _, s := range b.Stories {
		out = append(out, s.Items...)
	}
	return out
}

// Major reports whether the briefing lists a major development (force, a
// measure, a ceasefire: see Major).
func (b *Briefing) Major() bool {
	return slices.ContainsFunc(b.Stories, func(s Story) bool {
		return slices.ContainsFunc(s.Items, func(it Item) bool { return Major(it.Weight) })
	})
}

// Top returns the weightiest listed item, the earliest reported on a tie;
// nil when nothing is listed.
func (b *Briefing) Top() *Item {
	var top *Item
	for i := range b.Stories {
		for j := range b.Stories[i].Items {
			it := &b.Stories[i].Items[j]
			if top == nil || it.Weight > top.Weight || it.Weight == top.Weight && it.FirstSeen.Before(top.FirstSeen) {
				top = it
			}
		}
	}
	return top
}

// Story is the developments of a window that belong together: those that
// share two parties (Iran strikes militants in Pakistan, Pakistan recalls
// its ambassador from Iran, China calls on both to show restraint).
type Story struct {
	// Title names its two main parties: "Iran – Pakistan".
	Title string
	// Items are its listed developments in the order they happened.
	Items []Item
}

// Party is an actor as a briefing names it.
type Party struct {
	ID   string
	Name string // the gazetteer's name, or the ID when the actor is unknown
}

// Item is one line of a briefing: one development, or the developments one
// sentence states against several targets ("Iran → Iraq, Syria: strike").
type Item struct {
	// IDs are the developments', one per target.
	IDs  []int64
	Type briefbot.EventType
	Code string // the coder's finer code: "strike", "talks", ...
	// Source and Targets are the sides; Targets is empty for a denial that
	// names no accuser.
	Source  Party
	Targets []Party
	// Day is the day it happened, midnight UTC.
	Day time.Time
	// FirstSeen is its first report.
	FirstSeen time.Time
	// Evidence is the sentence that tells it best; What is a short clause
	// cut from it.
	Evidence, What string
	Intensity      float64
	// Weight ranks it: see Weight.
	Weight int
	// First says no development of its type between its sides happened in
	// the NoveltyDays before it.
	First bool
	// Background marks a development given only as earlier context.
	Background bool
	// Reports counts the articles that state it; Sources are their outlets,
	// one each, earliest first.
	Reports int
	Sources []Source
	// Answers is, for a denial, the earlier accusation it answers; nil when
	// none was found.
	Answers *Accusation

	// parties are the actor IDs it involves: its sides and the hosts of
	// struck groups, which tie it to a story; sides are its source and
	// targets alone, which name the story.
	parties, sides []string
}

// Target is the item's first target, zero for a denial naming no accuser.
func (it Item) Target() Party {
	if len(it.Targets) == 0 {
		return Party{}
	}
	return it.Targets[0]
}

// Accusation is the accusation a denial answers.
type Accusation struct {
	Accuser Party
	Day     time.Time
}

// Source is one outlet that reported an item.
type Source struct {
	Outlet string
	URL    string
	Title  string
	// Published is the outlet's first report of it.
	Published time.Time
}

// Trend compares a dyad's escalation developments in the window with its
// usual rate.
type Trend struct {
	// A is the side that escalated more in the window (by ID on a tie).
	A, B Party
	// Escalations and Deescalations count the news developments first
	// reported in the window, both directions.
	Escalations, Deescalations int
	// Before counts the escalation developments that happened in the
	// BaselineDays days before the window's first day.
	Before, BaselineDays int
	Days                 float64 // the window's length in days
	// Daily counts escalation developments per day they happened over the
	// SparkDays days ending with the window's last, oldest first.
	Daily []int
}

// Baseline is the dyad's usual escalation developments a day.
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
