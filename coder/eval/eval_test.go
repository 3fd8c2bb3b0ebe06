package eval

import (
	"bytes"
	"fmt"
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

// score-all*.golden were printed by score.py on gold.jsonl and gold2.jsonl
// concatenated, scored against pred.jsonl and pred2.jsonl concatenated; the
// second file repeats the id t-2.
func TestConcatScoresAsConcatenatedFiles(t *testing.T) {
	gold := Concat(loadFile(t, "gold.jsonl"), loadFile(t, "gold2.jsonl"))
	pred := Concat(loadFile(t, "pred.jsonl"), loadFile(t, "pred2.jsonl"))
	for _, tc := range []struct {
		golden string
		errors bool
	}{
		{"score-all.golden", false},
		{"score-all-errors.golden", true},
	} {
		want, err := os.ReadFile(filepath.Join("testdata", tc.golden))
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if _, err := Score(&got, gold, pred, tc.errors); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("%s: output differs from score.py\n got:\n%s\nwant:\n%s", tc.golden, got.String(), want)
		}
	}
	if it, _ := gold.Get("t-2"); it.Text != "Sylvania rejected the claims as lies." || gold.Items[1].ID != "t-2" {
		t.Errorf("t-2 = %+v at %v, want the second file's item in the first file's place", it, gold.Items[1].ID)
	}
}

func TestHalfSplitsByArticle(t *testing.T) {
	s := &Set{}
	for i := range 200 {
		// four items an article
		s.Add(Item{ID: fmt.Sprintf("x-%d", i), Src: fmt.Sprintf("https://news.example/%d", i/4)})
	}
	a, err := s.Half("A")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Half("B")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items)+len(b.Items) != len(s.Items) || len(a.Items) < 60 || len(b.Items) < 60 {
		t.Fatalf("halves of %d and %d items", len(a.Items), len(b.Items))
	}
	inA := map[string]bool{}
	for _, it := range a.Items {
		inA[it.Src] = true
	}
	for _, it := range b.Items {
		if inA[it.Src] {
			t.Errorf("article %s is in both halves", it.Src)
		}
	}
	// FNV-1a-32 fixes the split: "a" hashes to 0xe40c292c (even), "b" to
	// 0xe70c2de5 (odd); an item without src is placed by its id.
	fixed := &Set{}
	fixed.Add(Item{ID: "1", Src: "a"})
	fixed.Add(Item{ID: "2", Src: "b"})
	fixed.Add(Item{ID: "b"})
	if a, _ := fixed.Half("A"); len(a.Items) != 1 || a.Items[0].Src != "a" {
		t.Errorf("half A = %+v, want the item of article a", a.Items)
	}
	if b, _ := fixed.Half("B"); len(b.Items) != 2 {
		t.Errorf("half B = %+v, want article b and the item with id b", b.Items)
	}
	if _, err := s.Half("C"); err == nil {
		t.Error("Half(C) did not fail")
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
