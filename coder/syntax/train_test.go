package syntax

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// fixture is a tiny treebank of our own: each sentence is a list of
// form/UPOS/head/relation[/lemma] words, heads 1-based as in CoNLL-U.
var fixture = []string{
	"Freedonia/PROPN/2/nsubj shelled/VERB/0/root/shell the/DET/4/det port/NOUN/2/obj ./PUNCT/2/punct",
	"Sylvania/PROPN/2/nsubj accused/VERB/0/root/accuse Freedonia/PROPN/2/obj of/SCONJ/5/mark shelling/VERB/2/advcl/shell the/DET/7/det port/NOUN/5/obj ./PUNCT/2/punct",
	"Freedonia/PROPN/2/nsubj denied/VERB/0/root/deny the/DET/4/det accusation/NOUN/2/obj ./PUNCT/2/punct",
	"The/DET/2/det army/NOUN/3/nsubj struck/VERB/0/root/strike targets/NOUN/3/obj/target in/ADP/6/case Sylvania/PROPN/3/obl on/ADP/8/case Monday/PROPN/3/obl ./PUNCT/3/punct",
	"The/DET/2/det port/NOUN/4/nsubj:pass was/AUX/4/aux:pass/be shelled/VERB/0/root/shell by/ADP/6/case Freedonia/PROPN/4/obl:agent ./PUNCT/4/punct",
	"Sylvania/PROPN/2/nsubj recalled/VERB/0/root/recall its/PRON/4/nmod:poss ambassador/NOUN/2/obj from/ADP/6/case Freedonia/PROPN/2/obl ./PUNCT/2/punct",
	"Officials/NOUN/2/nsubj/official said/VERB/0/root/say the/DET/4/det attack/NOUN/5/nsubj killed/VERB/2/ccomp/kill three/NUM/7/nummod soldiers/NOUN/5/obj/soldier ./PUNCT/2/punct",
	"Freedonia/PROPN/4/nsubj did/AUX/4/aux/do not/PART/4/advmod comment/VERB/0/root ./PUNCT/4/punct",
	"The/DET/2/det talks/NOUN/3/nsubj/talk ended/VERB/0/root/end without/ADP/5/case agreement/NOUN/3/obl ./PUNCT/3/punct",
	"Sylvania/PROPN/2/nsubj imposed/VERB/0/root/impose new/ADJ/4/amod sanctions/NOUN/2/obj/sanction on/ADP/6/case Freedonia/PROPN/2/obl ./PUNCT/2/punct",
}

func fixtureTreebank(t testing.TB) []Sentence {
	t.Helper()
	var out []Sentence
	for i, line := range fixture {
		s := Sentence{ID: strconv.Itoa(i + 1)}
		for _, w := range strings.Fields(line) {
			f := strings.Split(w, "/")
			head, err := strconv.Atoi(f[2])
			if err != nil || len(f) < 4 {
				t.Fatalf("fixture word %q", w)
			}
			lemma := strings.ToLower(f[0])
			if f[1] == "PROPN" {
				lemma = f[0]
			}
			if len(f) > 4 {
				lemma = f[4]
			}
			s.Tokens = append(s.Tokens, Token{Form: f[0], UPOS: f[1], Head: head - 1, Rel: f[3], Lemma: lemma, Start: -1, End: -1})
		}
		out = append(out, s)
	}
	return out
}

func trainFixture(t testing.TB) []byte {
	t.Helper()
	m, err := Train(fixtureTreebank(t), TrainOptions{TaggerEpochs: 3, ParserEpochs: 4, Folds: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Training twice on the same treebank gives the same bytes, whatever the
// scheduling of the jackknife folds and the order of map iteration.
func TestTrainIsDeterministic(t *testing.T) {
	a, b := trainFixture(t), trainFixture(t)
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings differ: %d and %d bytes", len(a), len(b))
	}
}

// A model survives writing and loading: it parses its training sentences
// as before, and writes the same bytes again.
func TestWriteLoadRoundTrip(t *testing.T) {
	data := trainFixture(t)
	m, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again.Bytes()) {
		t.Error("a loaded model writes other bytes")
	}
	acc := m.Evaluate(fixtureTreebank(t))
	if acc.UPOS < acc.Words*9/10 || acc.Heads < acc.Words*8/10 {
		t.Errorf("the fixture model fits its own treebank poorly: %v", acc)
	}
}

func TestTrainRejectsBadTrees(t *testing.T) {
	tests := []struct {
		name string
		toks []Token
		want string
	}{
		{"two roots", []Token{{Form: "a", UPOS: "X", Head: -1, Rel: "root"}, {Form: "b", UPOS: "X", Head: -1, Rel: "root"}}, "2 roots"},
		{"cycle", []Token{{Form: "a", UPOS: "X", Head: 1, Rel: "dep"}, {Form: "b", UPOS: "X", Head: 0, Rel: "dep"}, {Form: "c", UPOS: "X", Head: -1, Rel: "root"}}, "cycle"},
		{"no relation", []Token{{Form: "a", UPOS: "X", Head: -1}}, "without UPOS or relation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Train([]Sentence{{ID: "s", Tokens: tt.toks}}, TrainOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("training on nothing succeeded")
	}
}

func TestLoadRejectsCorruptData(t *testing.T) {
	data := trainFixture(t)
	tests := []struct {
		name string
		data []byte
	}{
		{"not a model", []byte("hello")},
		{"truncated", data[:len(data)/2]},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Error("loaded")
			}
		})
	}
	raw := data
	for _, cut := range []int{0, 10, 100, len(raw) / 2, len(raw) - 1} {
		if _, err := decode(raw[:cut]); err == nil {
			t.Errorf("decoded a model cut at %d of %d bytes", cut, len(raw))
		}
	}
	if _, err := decode(append(raw, 0)); err == nil {
		t.Error("decoded a model with trailing data")
	}
}
