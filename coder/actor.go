package coder

import "slices"

// Kind says what sort of actor an Actor is.
type Kind string

// The actor kinds.
const (
	State Kind = "state" // an ISO 3166-1 state, with its organs, forces and state media
	Group Kind = "group" // a non-state armed group
	IGO   Kind = "igo"   // an international organisation
)

func (k Kind) valid() bool { return k == State || k == Group || k == IGO }

// Actor is one codable party: a state, an armed group or an international
// organisation.
type Actor struct {
	ID      string   // "IRN", "jaish-al-adl", "un"
	Kind    Kind     // State, Group or IGO
	Name    string   // "Iran"
	Aliases []string // every other surface form: names, demonyms, capitals, organs, agencies
	Regions []string // region slugs, "south-asia", ...
}

// Form says how a surface form refers to its actor; the coder may weigh a
// leader or an agency differently from a bare demonym.
type Form string

// The surface forms of the built-in data.
const (
	FormName    Form = "name"    // a name or spelling variant: "Iran", "Islamic Republic of Iran"
	FormDemonym Form = "demonym" // "Iranian", "Iranians"
	FormCapital Form = "capital" // a capital used as metonym: "Tehran"
	FormOrgan   Form = "organ"   // a seat of government used as metonym: "Kremlin", "White House"
	FormAgency  Form = "agency"  // armed forces, intelligence and other state bodies: "IRGC", "ISPR"
	FormMedia   Form = "media"   // state or semi-official media: "IRNA", "Tasnim", "KCNA"
	FormAcronym Form = "acronym" // a short all-capitals name: "TTP", "UN", "U.S."
	FormLeader  Form = "leader"  // a leader or senior official: "Putin", "Khamenei"
	FormAlias   Form = "alias"   // a surface form added by configuration through With
)

var forms = []Form{FormName, FormDemonym, FormCapital, FormOrgan, FormAgency, FormMedia, FormAcronym, FormLeader, FormAlias}

// regions are the region slugs actors are filed under; "global" is for
// worldwide bodies.
var regions = []string{
	"caucasus", "central-africa", "central-asia", "east-africa", "east-asia", "europe",
	"global", "horn-of-africa", "latin-america", "middle-east", "north-africa",
	"north-america", "oceania", "sahel", "south-asia", "southeast-asia",
	"southern-africa", "west-africa",
}

// IsRegion reports whether slug is one of the known region slugs.
func IsRegion(slug string) bool {
	_, found := slices.BinarySearch(regions, slug)
	return found
}
