package coder

import (
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot"
)

func TestBuiltinLexiconLoads(t *testing.T) {
	lx, err := loadLexicon(triggerData)
	if err != nil {
		t.Fatal(err)
	}
	items := tokenize("x recalled its ambassador", 0, len("x recalled its ambassador"), nil, func(string) briefbot.Kind { return "" }, nil)
	m, ok := lx.longestAt(items, 1)
	if !ok || m.trig.code != "recall-ambassador" || m.end != 4 {
		t.Errorf("gapped phrase: got %+v ok=%v", m, ok)
	}
}

func TestInflect(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"accuse+v", []string{"accuse", "accuses", "accused", "accusing"}},
		{"deny+v", []string{"deny", "denies", "denied", "denying"}},
		{"attack+v", []string{"attack", "attacks", "attacked", "attacking"}},
		{"agree+v", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"ambush+v", []string{"ambush", "ambushes", "ambushed", "ambushing"}},
		{"strike+n", []string{"strike", "strikes"}},
		{"ally+n", []string{"ally", "allies"}},
		{"air_strike+n", []string{"air strike", "air strikes"}},
		{"stir+v_up", []string{"stir up", "stirs up", "stirred up", "stirring up"}},
		{"Struck", []string{"struck"}},
	} {
		if got := wordForms(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("wordForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"strike\tescalation\tstrike\t-10", "4 tab-separated fields"},
		{"strike\tfight\tstrike\t-10\tact", "unknown event type"},
		{"strike\tescalation\tstrike\t-11\tact", "intensity"},
		{"strike\tescalation\tstrike\t-10\tsideways", "unknown frame"},
		{"* strike\tescalation\tstrike\t-10\tact", "starts or ends with *"},
		{"strike\tescalation\t\t-10\tact", "empty code"},
	} {
		fsys := fstest.MapFS{"data/triggers-x.tsv": {Data: []byte("# comment\n\n" + tc.line + "\n")}}
		_, err := loadLexicon(fsys)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "triggers-x.tsv:3") {
			t.Errorf("%q: error %v, want %q at line 3", tc.line, err, tc.want)
		}
	}
}

// TestPassivePhrase checks that a "~" phrase matches the passive and is
// read from its participle.
func TestPassivePhrase(t *testing.T) {
	tr, words, err := parseTrigger("~airspace * violated\tescalation\tincursion\t-6\tact")
	if err != nil {
		t.Fatal(err)
	}
	if !tr.headLast || len(words) != 3 || words[0][0] != "airspace" || words[1] != nil || words[2][0] != "violated" {
		t.Errorf("read as %+v, %q", tr, words)
	}
	if tr, _, _ := parseTrigger("violate+v * airspace\tescalation\tincursion\t-6\tact"); tr.headLast {
		t.Error("an active phrase is read from its first word")
	}
}

func TestNounOrVerbReading(t *testing.T) {
	for _, tc := range []struct {
		text  string
		at    int
		frame frame
	}{
		{"Israel strikes Gaza", 1, frameAct},
		{"the strikes on Gaza", 1, frameNoun},
		{"a deadly attack killed", 2, frameNoun},
		{"they attack at night", 1, frameAct},
	} {
		items := tokenize(tc.text, 0, len(tc.text), nil, func(string) briefbot.Kind { return "" }, nil)
		if tc.text == "Israel strikes Gaza" {
			items[0] = item{kind: actorItem, actor: "ISR", form: FormName}
		}
		m, ok := builtinLexicon().longestAt(items, tc.at)
		if !ok || m.trig.frame != tc.frame {
			t.Errorf("%q: got %+v ok=%v, want frame %d", tc.text, m.trig, ok, tc.frame)
		}
	}
}

// Each phrase is defined once, so no line silently shadows another.
func TestLexiconPhrasesAreDistinct(t *testing.T) {
	seen := map[string]string{}
	names, err := fs.Glob(triggerData, "data/triggers-*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no trigger files: %v", err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(triggerData, name)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			key := f[0] + "\t" + f[len(f)-1]
			if prev, dup := seen[key]; dup {
				t.Errorf("%s:%d repeats %q of %s", name, n+1, f[0], prev)
			}
			seen[key] = fmt.Sprintf("%s:%d", name, n+1)
		}
	}
}

func TestGapTakesDemonstrative(t *testing.T) {
	lx, err := loadLexicon(triggerData)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		end  int // the phrase's end from item 1; 0 for no phrase
	}{
		{"x disputed that account", 4},     // "that" stands before the noun the phrase needs
		{"x rejected that claim", 4},       // as above
		{"x disputed that the account", 0}, // "that" opens a clause the gap may not enter
	} {
		items := tokenize(tc.text, 0, len(tc.text), nil, func(string) briefbot.Kind { return "" }, nil)
		m, ok := lx.longestAt(items, 1)
		if got := map[bool]int{true: m.end}[ok && m.trig.typ == briefbot.Denial]; got != tc.end {
			t.Errorf("%q: phrase ends at %d, want %d", tc.text, got, tc.end)
		}
	}
}
