package inflect

import (
	"reflect"
	"slices"
	"testing"
)

func TestVerb(t *testing.T) {
	for in, want := range map[string][]string{
		"attack":  {"attack", "attacks", "attacked", "attacking"},
		"strafe":  {"strafe", "strafes", "strafed", "strafing"},
		"agree":   {"agree", "agrees", "agreed", "agreeing"},
		"decry":   {"decry", "decries", "decried", "decrying"},
		"deploy":  {"deploy", "deploys", "deployed", "deploying"},
		"bombard": {"bombard", "bombards", "bombarded", "bombarding"},
		"torpedo": {"torpedo", "torpedoes", "torpedoed", "torpedoing"},
		"push":    {"push", "pushes", "pushed", "pushing"},
		"stop":    {"stop", "stops", "stopped", "stopping"},
		"spot":    {"spot", "spots", "spotted", "spotting"},
		"scrap":   {"scrap", "scraps", "scrapped", "scrapping"},
		"visit":   {"visit", "visits", "visited", "visiting"},
		"shoot":   {"shoot", "shoots", "shot", "shooting"},
		"send":    {"send", "sends", "sent", "sending"},
		"take":    {"take", "takes", "took", "taking", "taken"},
		"freeze":  {"freeze", "freezes", "froze", "freezing", "frozen"},
		"sit":     {"sit", "sits", "sat", "sitting"},
		"uphold":  {"uphold", "upholds", "upheld", "upholding"},
		"fix":     {"fix", "fixes", "fixed", "fixing"},
		"cancel":  {"cancel", "cancels", "canceled", "canceling", "cancelled", "cancelling"},
		"patrol":  {"patrol", "patrols", "patroled", "patroling", "patrolled", "patrolling"},
		"kill":    {"kill", "kills", "killed", "killing"},
		"feel":    {"feel", "feels", "felt", "feeling"},
	} {
		if got := Verb(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Verb(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoun(t *testing.T) {
	for in, want := range map[string][]string{
		"raid": {"raid", "raids"}, "sortie": {"sortie", "sorties"}, "foray": {"foray", "forays"},
		"militia": {"militia", "militias"}, "casualty": {"casualty", "casualties"}, "crash": {"crash", "crashes"},
	} {
		if got := Noun(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Noun(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParticiples(t *testing.T) {
	got := Participles()
	for _, want := range []string{"sent", "taken", "struck", "shown"} {
		if !slices.Contains(got, want) {
			t.Errorf("Participles() lacks %q", want)
		}
	}
	if slices.Contains(got, "showed") {
		t.Error(`Participles() holds the past "showed", not only participles`)
	}
}
