package briefing

import (
	"slices"

	"github.com/briefbot/briefbot"
)

// The weights of developments, in the order a briefing lists them, as the
// issue ranks them: strikes and attacks between states first, then force
// involving armed groups; then the measures states take against each other
// (recalls, expulsions, closed borders, sanctions); then threats; then
// governments' accusations and denials; then de-escalations, a ceasefire or
// peace deal between the parties first, then talks and agreements; then the
// claims of armed groups; and last, third parties' calls for restraint.
const (
	WeightStateForce = 100
	WeightForce      = 90
	WeightMeasure    = 70
	WeightThreat     = 60
	WeightGovClaim   = 50
	WeightCeasefire  = 45
	WeightSettlement = 40
	WeightClaim      = 30
	WeightAppeal     = 20
)

// Major reports whether a development of weight w is major: force, a
// measure, or a ceasefire, which ranks below accusations in a briefing but
// ends what the force reported. A briefing that lists one carries the
// channel's mention, and alerts default to them.
func Major(w int) bool { return w >= WeightMeasure || w == WeightCeasefire }

// ceasefires are the de-escalation codes that stop the fighting itself;
// an agreement whose sentence names one of truceWords is one too ("agreed
// to a ceasefire" codes as an agreement).
var (
	ceasefires = []string{"ceasefire", "declare-truce", "peace-deal", "disengage"}
	truceWords = []string{"ceasefire", "cease-fire", "truce", "armistice"}
)

// Actors names the actors of developments and tells their kinds;
// *coder.Gazetteer is one.
type Actors interface {
	Actor(id string) (briefbot.Actor, bool)
}

// kindOf is the kind of actor id, "" when unknown.
func kindOf(actors Actors, id string) briefbot.Kind {
	if actors == nil {
		return ""
	}
	a, _ := actors.Actor(id)
	return a.Kind
}

// Weight ranks a development by what it is and who its sides are. A strike
// on a group in another state's territory (the group's host among its
// alternative targets) is force between states.
func Weight(d briefbot.Development, actors Actors) int {
	state := func(id string) bool { return kindOf(actors, id) == briefbot.State }
	government := func(id string) bool { k := kindOf(actors, id); return k == briefbot.State || k == briefbot.IGO }
	switch briefbot.Family(d.Type, d.Code) {
	case "force":
		if state(d.Source) && (state(d.Target) || slices.ContainsFunc(d.AltTargets, func(id string) bool { return id != d.Source && state(id) })) {
			return WeightStateForce
		}
		return WeightForce
	case "diplomatic", "sanction":
		return WeightMeasure
	case "threat":
		return WeightThreat
	case "appeal":
		return WeightAppeal
	}
	switch d.Type {
	case briefbot.Accusation, briefbot.Denial:
		if government(d.Source) {
			return WeightGovClaim
		}
		return WeightClaim
	case briefbot.Deescalation:
		if slices.Contains(ceasefires, d.Code) || d.Code == "agreement" && slices.ContainsFunc(truceWords, func(w string) bool {
			return containsWord(d.Evidence, w)
		}) {
			return WeightCeasefire
		}
		return WeightSettlement
	}
	return WeightThreat // an escalation of a code no family names
}

// severityColor is the colour of a briefing or alert by its weightiest
// item.
func severityColor(weight int) int {
	switch {
	case weight >= WeightForce:
		return 0xC0392B // red
	case weight >= WeightThreat:
		return 0xE67E22 // orange
	case weight >= WeightGovClaim:
		return 0xF1C40F // yellow
	case weight > 0:
		return 0x27AE60 // green
	}
	return 0x95A5A6 // grey: nothing
}
