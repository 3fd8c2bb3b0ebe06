package coder

// Form says how a surface form refers to its actor; the coder may weigh a
// leader or an agency differently from a bare demonym.
type Form string

// The surface forms of the built-in data.
const (
	FormName    Form = "name"    // a name or spelling variant: "Iran", "Islamic Republic of Iran"
	FormDemonym Form = "demonym" // "Iranian", "Iranians"
	FormCapital Form = "capital" // a capital used as metonym: "Tehran"
	FormCity    Form = "city"    // another city, a place of the state: "Kharkiv"
	FormOrgan   Form = "organ"   // a seat of government used as metonym: "Kremlin", "White House"
	FormAgency  Form = "agency"  // armed forces, intelligence and other state bodies: "IRGC", "ISPR"
	FormMedia   Form = "media"   // state or semi-official media: "IRNA", "Tasnim", "KCNA"
	FormAcronym Form = "acronym" // a short all-capitals name: "TTP", "UN", "U.S."
	FormLeader  Form = "leader"  // a leader or senior official: "Putin", "Khamenei"
	FormAlias   Form = "alias"   // a surface form added by configuration through With
)

var forms = []Form{FormName, FormDemonym, FormCapital, FormCity, FormOrgan, FormAgency, FormMedia, FormAcronym, FormLeader, FormAlias}
