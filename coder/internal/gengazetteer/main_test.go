package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pakistani", "Pakistanis"}, {"Afghan", "Afghans"}, {"Greek", "Greeks"},
		{"Chinese", ""}, {"British", ""}, {"French", ""}, {"Swiss", ""}, {"Malagasy", ""}, {"Kirghiz", ""},
	}
	for _, tt := range tests {
		if got := plural(tt.in); got != tt.want {
			t.Errorf("plural(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bogotá", "Bogota"}, {"Chișinău", "Chisinau"}, {"Côte d'Ivoire", "Cote d'Ivoire"},
		{"Türkiye", "Turkiye"}, {"Kabul", "Kabul"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitDemonym(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Iranian", []string{"Iranian"}},
		{"Antiguan, Barbudan", []string{"Antiguan", "Barbudan"}},
		{"Kittitian or Nevisian", []string{"Kittitian", "Nevisian"}},
	}
	for _, tt := range tests {
		if got := splitDemonym(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitDemonym(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeepsOnlyEnglishLatinSpellings(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Islamic Republic of Iran", true},
		{"Kingdom of Bhutan", true},
		{"República de Angola", false},
		{"Shqipëria", false},
		{"Հայաստանի Հանրապետություն", false},
	}
	for _, tt := range tests {
		if got := latin(tt.in) && englishLongForm(tt.in); got != tt.want {
			t.Errorf("keep %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSettle(t *testing.T) {
	in := []alias{
		{"COD", "demonym", "Congolese"}, {"COG", "demonym", "Congolese"},
		{"AAA", "name", "Shared"}, {"BBB", "name", "Shared"},
		{"IRN", "capital", "Tehran"}, {"IRN", "capital", "Tehran"},
	}
	want := []alias{{"COD", "demonym", "Congolese"}, {"IRN", "capital", "Tehran"}}
	if got := settle(in); !slices.Equal(got, want) {
		t.Errorf("settle = %v, want %v", got, want)
	}
}

const fixture = `[
 {"cca2":"IR","cca3":"IRN","name":{"common":"Iran","official":"Islamic Republic of Iran"},
  "altSpellings":["IR","Islamic Republic of Iran","Iran, Islamic Republic of","Jomhuri-ye Eslāmi-ye Irān"],
  "capital":["Tehran"],"demonyms":{"eng":{"f":"Iranian","m":"Iranian"}},"subregion":"Southern Asia","unMember":true},
 {"cca2":"XK","cca3":"UNK","name":{"common":"Kosovo","official":"Republic of Kosovo"},"altSpellings":["XK"],
  "capital":["Pristina"],"demonyms":{"eng":{"f":"Kosovar","m":"Kosovar"}},"subregion":"Southeast Europe","unMember":false},
 {"cca2":"GL","cca3":"GRL","name":{"common":"Greenland","official":"Greenland"},"altSpellings":[],
  "capital":["Nuuk"],"demonyms":{"eng":{"f":"Greenlandic","m":"Greenlandic"}},"subregion":"North America","unMember":false}
]`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "countries.json")
	if err := os.WriteFile(src, []byte(fixture), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(src, dir); err != nil {
		t.Fatalf("run: %v", err)
	}
	actors, err := os.ReadFile(filepath.Join(dir, "actors-states.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	aliases, err := os.ReadFile(filepath.Join(dir, "aliases-states-gen.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"IRN\tstate\tIran\tmiddle-east;south-asia;central-asia\n",
		"XKX\tstate\tKosovo\teurope\n",
	} {
		if !strings.Contains(string(actors), want) {
			t.Errorf("actors-states.tsv lacks %q:\n%s", want, actors)
		}
	}
	if strings.Contains(string(actors), "GRL") {
		t.Error("a territory became a state")
	}
	for _, want := range []string{
		"IRN\tname\tIslamic Republic of Iran\n", "IRN\tname\tPersia\n", "IRN\tdemonym\tIranian\n",
		"IRN\tdemonym\tIranians\n", "IRN\tcapital\tTehran\n", "XKX\tdemonym\tKosovan\n",
	} {
		if !strings.Contains(string(aliases), want) {
			t.Errorf("aliases-states-gen.tsv lacks %q", want)
		}
	}
	for _, unwanted := range []string{"Jomhuri", "Iran, Islamic", "\tIR\n"} {
		if strings.Contains(string(aliases), unwanted) {
			t.Errorf("aliases-states-gen.tsv has %q", unwanted)
		}
	}
}

func TestRunNeedsSource(t *testing.T) {
	if err := run("", t.TempDir()); err == nil {
		t.Error("run without -countries succeeded")
	}
}
