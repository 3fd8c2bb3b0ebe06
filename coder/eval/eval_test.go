package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func loadFile(t *testing.T, name string) *Set {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := Load(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The golden files were printed by score.py on the same fixtures.
func TestScoreMatchesPythonScorer(t *testing.T) {
	gold, pred := loadFile(t, "gold.jsonl"), loadFile(t, "pred.jsonl")
	for _, tc := range []struct {
		golden string
		errors bool
	}{
		{"score.golden", false},
		{"score-errors.golden", true},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", tc.golden))
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			res, err := Score(&got, gold, pred, tc.errors)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("output differs from score.py\n got:\n%s\nwant:\n%s", got.String(), want)
			}
			if res.Total != (Counts{TP: 5, FP: 3, FN: 2}) || res.Missing != 1 {
				t.Errorf("result = %+v missing %d", res.Total, res.Missing)
			}
		})
	}
}

func TestLoadReplacesDuplicateIDInPlace(t *testing.T) {
	gold := loadFile(t, "gold.jsonl")
	if len(gold.Items) != 7 {
		t.Fatalf("got %d items, want 7", len(gold.Items))
	}
	it, ok := gold.Get("t-6")
	if !ok || it.Text != "Sylvania expelled Freedonia's envoy." || gold.Items[5].Text != it.Text {
		t.Errorf("t-6 = %+v (ok %v), want the later line at the first position", it, ok)
	}
	if it.Date != "2025-01-06" {
		t.Errorf("date = %q", it.Date)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{\"id\": \"a\"}\nnot json\n", "x.jsonl:2: not JSON"},
		{"\n{\"text\": \"no id\"}\n", "x.jsonl:2: no id"},
		{"{\"id\": \"a\", \"events\": 3}\n", "x.jsonl:1: events"},
	} {
		_, err := Load(strings.NewReader(tc.in), "x.jsonl")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q) error = %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestMatches(t *testing.T) {
	gold := Event{"type": "escalation", "source": "A", "target": "g", "alt_targets": []any{"S"}, "alt_sources": []any{"B"}}
	for _, tc := range []struct {
		pred Event
		want bool
	}{
		{Event{"type": "escalation", "source": "A", "target": "g"}, true},
		{Event{"type": "escalation", "source": "B", "target": "S"}, true},
		{Event{"type": "escalation", "source": "C", "target": "g"}, false},
		{Event{"type": "accusation", "source": "A", "target": "g"}, false},
		{Event{"type": "escalation", "source": "A", "target": nil}, false},
	} {
		if got := matches(tc.pred, gold); got != tc.want {
			t.Errorf("matches(%v) = %v, want %v", tc.pred, got, tc.want)
		}
	}
	nullTarget := Event{"type": "denial", "source": "A", "target": nil}
	if !matches(Event{"type": "denial", "source": "A", "target": "X"}, nullTarget) {
		t.Error("a gold null target must match any target")
	}
}
