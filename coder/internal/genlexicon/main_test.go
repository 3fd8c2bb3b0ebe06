package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestVerbForms(t *testing.T) {
	for _, tc := range []struct {
		verb string
		exc  []string
		want []string
	}{
		{"attack", nil, []string{"attack", "attacked", "attacking", "attacks"}},
		{"strafe", nil, []string{"strafe", "strafed", "strafes", "strafing"}},
		{"decry", nil, []string{"decry", "decried", "decries", "decrying"}},
		{"torpedo", nil, []string{"torpedo", "torpedoed", "torpedoes", "torpedoing"}},
		{"strike", []string{"struck"}, []string{"strike", "strikes", "striking", "struck"}},
		{"ram", []string{"rammed", "ramming"}, []string{"ram", "rammed", "ramming", "rams"}},
		{"mow", []string{"mown"}, []string{"mow", "mowed", "mowing", "mown", "mows"}},
	} {
		if got := verbForms(tc.verb, tc.exc); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("verbForms(%q, %q) = %q, want %q", tc.verb, tc.exc, got, tc.want)
		}
	}
}

func TestNounForms(t *testing.T) {
	for _, tc := range []struct {
		noun string
		exc  []string
		want []string
	}{
		{"raid", nil, []string{"raid", "raids"}},
		{"foray", nil, []string{"foray", "forays"}},
		{"sortie", nil, []string{"sortie", "sorties"}},
		{"blitz", nil, []string{"blitz", "blitzs"}},
		{"crisis", []string{"crises"}, []string{"crisis", "crises"}},
	} {
		if got := nounForms(tc.noun, tc.exc); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("nounForms(%q, %q) = %q, want %q", tc.noun, tc.exc, got, tc.want)
		}
	}
}

func TestPhrase(t *testing.T) {
	wn, err := loadWordNet(filepath.Join("testdata", "wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lemma, pos, want string }{
		{"shoot_down", "v", "shoot/shooting/shoots/shot down"},                               // a particle follows its verb
		{"carpet_bomb", "v", "carpet bomb/bombed/bombing/bombs"},                             // a compound inflects its head
		{"counterstrike", "v", "counterstrike/counterstrikes/counterstriking/counterstruck"}, // as "strike"
		{"air_raid", "n", "air_raid/air_raids"},
	} {
		if got := wn.phrase(tc.lemma, tc.pos); got != tc.want {
			t.Errorf("phrase(%q) = %q, want %q", tc.lemma, got, tc.want)
		}
	}
}

func TestLemmas(t *testing.T) {
	wn, err := loadWordNet(filepath.Join("testdata", "wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ref   string
		depth int
		want  []string
	}{
		{"attack.v.01", 0, []string{"attack", "assail"}},
		{"attack.v.01", 1, []string{"attack", "assail", "ram", "carpet_bomb", "blast"}},
		{"attack.v.01", 2, []string{"attack", "assail", "ram", "shoot_down", "carpet_bomb", "blast"}},
		{"attack.v.02", 3, []string{"attack"}},
		{"raid.n.01", 1, []string{"raid", "foray", "air_raid"}},
	} {
		got, err := wn.lemmas(tc.ref, tc.depth)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("lemmas(%s, %d) = %q, want %q", tc.ref, tc.depth, got, tc.want)
		}
	}
	for _, bad := range []string{"attack.v.03", "attack.v", "nosuch.n.01"} {
		if _, err := wn.lemmas(bad, 0); err == nil {
			t.Errorf("lemmas(%s) did not fail", bad)
		}
	}
}

// run writes one file per event type, leaves out a class's excluded lemmas
// and those the hand-written lexicon of the type already has ("ram",
// "raid"), and takes a lemma once ("carpet_bomb").
func TestRun(t *testing.T) {
	out := t.TempDir()
	for _, typ := range []string{"accusation", "denial", "escalation", "deescalation"} {
		hand := "# hand-written\n"
		if typ == "escalation" {
			hand += "ram+v\tescalation\tattack\t-7\tact\nraid+n\tescalation\traid\t-8\tnoun\n"
		}
		if err := os.WriteFile(filepath.Join(out, "triggers-"+typ+".tsv"), []byte(hand), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test := []class{
		{typ: "escalation", code: "attack", intensity: -9, frame: "act", seeds: []seed{{"attack.v.01", 2}}, exclude: []string{"blast"}},
		{typ: "escalation", code: "strike", intensity: -10, frame: "act", seeds: []seed{{"carpet_bomb.v.01", 0}}},
		{typ: "escalation", code: "raid", intensity: -8, frame: "noun", seeds: []seed{{"raid.n.01", 1}}},
	}
	if err := run(filepath.Join("testdata", "wordnet"), out, test); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "triggers-gen-escalation.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && line[0] != '#' {
			got = append(got, line)
		}
	}
	want := []string{
		"attack/attacked/attacking/attacks\tescalation\tattack\t-9\tact",
		"assail/assailed/assailing/assails\tescalation\tattack\t-9\tact",
		"shoot/shooting/shoots/shot down\tescalation\tattack\t-9\tact",
		"carpet bomb/bombed/bombing/bombs\tescalation\tattack\t-9\tact",
		"blast/blasted/blasting/blasts\tescalation\tstrike\t-10\tact", // excluded by the first class only
		"foray/forays\tescalation\traid\t-8\tnoun",
		"air_raid/air_raids\tescalation\traid\t-8\tnoun",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("generated\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, typ := range []string{"accusation", "denial", "deescalation"} {
		if _, err := os.Stat(filepath.Join(out, "triggers-gen-"+typ+".tsv")); err != nil {
			t.Errorf("no file for %s: %v", typ, err)
		}
	}
}
