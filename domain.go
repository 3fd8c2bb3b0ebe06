package briefbot

import (
	"slices"
	"time"
)

// Kind says what sort of actor an Actor is.
type Kind string

// The actor kinds.
const (
	State Kind = "state" // an ISO 3166-1 state, with its organs, forces and state media
	Group Kind = "group" // a non-state armed group
	IGO   Kind = "igo"   // an international organisation
)

// Valid reports whether k is one of the actor kinds.
func (k Kind) Valid() bool { return k == State || k == Group || k == IGO }

// Actor is one codable party: a state, an armed group or an international
// organisation.
type Actor struct {
	ID      string   // "IRN", "jaish-al-adl", "un"
	Kind    Kind     // State, Group or IGO
	Name    string   // "Iran"
	Aliases []string // every other surface form: names, demonyms, capitals, organs, agencies
	Regions []string // region slugs, "south-asia", ...
}

// regions are the region slugs actors are filed under, sorted; "global" is
// for worldwide bodies.
var regions = []string{
	"caucasus", "central-africa", "central-asia", "east-africa", "east-asia", "europe",
	"global", "horn-of-africa", "latin-america", "middle-east", "north-africa",
	"north-america", "oceania", "sahel", "south-asia", "southeast-asia",
	"southern-africa", "west-africa",
}

// Regions returns the region slugs, sorted.
func Regions() []string { return slices.Clone(regions) }

// IsRegion reports whether slug is one of the known region slugs.
func IsRegion(slug string) bool {
	_, found := slices.BinarySearch(regions, slug)
	return found
}

// EventType is one of the four kinds of event the coder finds.
type EventType string

// The event types, with the meanings of the labelling conventions.
const (
	Accusation   EventType = "accusation"   // source accuses target of wrongdoing
	Denial       EventType = "denial"       // source denies an accusation; target is the accuser, if named
	Escalation   EventType = "escalation"   // source uses, threatens or signals hostile action against target
	Deescalation EventType = "deescalation" // source moves to calm the conflict with target
)

// EventTypes lists the event types in a fixed order.
var EventTypes = []EventType{Accusation, Denial, Escalation, Deescalation}

// Valid reports whether t is one of the four event types.
func (t EventType) Valid() bool { return slices.Contains(EventTypes, t) }

// Article is one news item: the text the coder reads and the record the
// store keeps. The coder reads only Title, Text, Published and Tags.
type Article struct {
	ID, FeedID, ClusterID int64
	FeedName, GUID, Link  string
	Title, Text           string
	// Tags are region slugs or actor IDs every article of its feed is
	// about; they help the coder resolve "the government" and the like.
	Tags               []string
	Published, Fetched time.Time
	SimHash            uint64 // the near-duplicate fingerprint of title and text
}

// Event is what one sentence states: its type, who did it to whom, the
// evidence, and when it happened. Many events may state one real-world
// development.
type Event struct {
	Type       EventType
	Source     string   // actor ID
	Target     string   // actor ID; "" only for a denial naming no accuser
	AltTargets []string // other acceptable targets, e.g. the host state of a struck group
	Evidence   string   // the sentence
	// Start and End are the byte offsets of Evidence in the coded text
	// (the title, "\n\n" and the text when the article has a title).
	Start, End int
	// When is the day the event happened as far as the text says, at
	// midnight UTC: the article's day unless the sentence anchors it
	// earlier ("in 2014", "last Tuesday", "two days after ...").
	When time.Time
	// Background marks earlier context rather than the news of the day
	// ("has long accused", "since 2019", an explainer's history).
	Background bool
	Confidence float64 // 0..1
	Code       string  // finer code: "strike", "threat", "sanction", "recall-ambassador", "ceasefire", "talks", "accuse", "deny", ...
	Intensity  float64 // Goldstein-like, -10..+10
	// Backend says what coded the event: BackendBuiltin, BackendLLM or
	// BackendFallback. It is stored, so that events the built-in coder
	// coded while the model was down or over budget can be found, and
	// coded again, later.
	Backend string

	// Set once stored.
	ID, ArticleID, ClusterID int64
	// Published is the publication time of the article the event was
	// coded from.
	Published time.Time
	// Link, Title and FeedName are the article's, filled by queries.
	Link, Title, FeedName string
}

// What coded an event (Event.Backend).
const (
	BackendBuiltin  = ""         // the built-in coder, the default backend
	BackendLLM      = "llm"      // a language model, through the optional LLM backend
	BackendFallback = "fallback" // the built-in coder, standing in for a model that could not answer
)

// Day returns t's calendar day at midnight UTC, the unit When is kept in.
func Day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
