package coder

import "time"

// EventType is one of the four kinds of event the coder finds.
type EventType string

// The event types, with the meanings of the evaluation guide.
const (
	Accusation   EventType = "accusation"   // source accuses target of wrongdoing
	Denial       EventType = "denial"       // source denies an accusation; target is the accuser, if named
	Escalation   EventType = "escalation"   // source uses, threatens or signals hostile action against target
	Deescalation EventType = "deescalation" // source moves to calm the conflict with target
)

// EventTypes lists the event types in a fixed order.
var EventTypes = []EventType{Accusation, Denial, Escalation, Deescalation}

// Article is the text to code.
type Article struct {
	Title, Text string
	Date        time.Time
	Tags        []string
}

// Event is one coded event.
type Event struct {
	Type       EventType
	Source     string   // actor ID
	Target     string   // actor ID; "" only for a denial naming no accuser
	AltTargets []string // other acceptable targets, e.g. the host state of a struck group
	Evidence   string   // the sentence
	Start, End int      // byte offsets of Evidence in the coded text (title + "\n\n" + text when a title is given)
	Confidence float64  // 0..1
	Code       string   // finer code: "strike", "threat", "sanction", "recall-ambassador", "ceasefire", "talks", "accuse", "deny", ...
	Intensity  float64  // Goldstein-like, -10..+10
}
