package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/internal/heaptest"
)

// benchText is news-like text of our own, about 25 tokens a sentence.
var benchText = []string{
	"Pakistani jets struck militant hideouts in Afghanistan's Khost province overnight, the military's media wing said in a statement on Tuesday.",
	"Kabul condemned the strikes as a violation of its sovereignty and summoned Pakistan's envoy to lodge a formal protest over the civilian deaths.",
	"The Taliban administration denied that it shelters the group, calling the accusation baseless and politically motivated ahead of the talks.",
	"Russia launched a massive drone and missile attack on Ukraine's energy grid overnight, cutting power to hundreds of thousands of homes, officials said.",
	"Kyiv accused Moscow of deliberately targeting civilian infrastructure ahead of winter, while the Kremlin said only military sites had been hit.",
	"Sudan's army and the Rapid Support Forces agreed to a 72-hour truce after talks brokered by Saudi Arabia and the United States in Jeddah.",
	"The RSF accused the army of shelling residential districts in the capital, a charge that a military spokesman flatly denied on Sunday evening.",
	"Israel said it would respond forcefully to any violation of the ceasefire, as residents returned to villages near the border to find their homes destroyed.",
	"European Union foreign ministers will meet in Brussels on Monday to discuss new sanctions against Iran over its supply of drones to Russia.",
	"The central bank kept its key interest rate unchanged at 22 percent, citing persistent inflation and the weakness of the national currency.",
	"Pakistan recalled its ambassador from Tehran on Wednesday after Iranian missiles hit what Iran described as militant camps inside Pakistani territory.",
	"The embassy was attacked by a crowd of protesters who threw stones and set fire to cars parked outside, according to witnesses at the scene.",
}

// The structure the coder reads, on news sentences: subjects and objects,
// the agents of passives, conjoined verbs, relative clauses, clausal
// complements and appositions. Where a prepositional phrase attaches is
// left out: the greedy parser gets a fair share of those wrong, and the
// coder does not rely on them.
func TestDefaultParsesNewsSentences(t *testing.T) {
	type arc struct{ dep, rel, head string } // head "" for the root
	tests := []struct {
		text string
		want []arc
	}{
		{"Pakistan recalled its ambassador from Tehran on Wednesday.", []arc{
			{"recalled", "root", ""}, {"Pakistan", "nsubj", "recalled"}, {"ambassador", "obj", "recalled"},
			{"its", "nmod:poss", "ambassador"}, {"Wednesday", "obl", "recalled"},
			// "Tehran": obl of "recalled" in the treebank's style, often
			// nmod of "ambassador" here.
		}},
		{"The embassy was attacked by protesters.", []arc{
			{"attacked", "root", ""}, {"embassy", "nsubj:pass", "attacked"}, {"was", "aux:pass", "attacked"},
			{"protesters", "obl:agent", "attacked"}, {"by", "case", "protesters"},
		}},
		{"The attack was condemned by Ali Khamenei, Iran's supreme leader.", []arc{
			{"condemned", "root", ""}, {"attack", "nsubj:pass", "condemned"}, {"Ali", "obl:agent", "condemned"},
			{"leader", "appos", "Ali"},
		}},
		{"Kabul condemned the strikes and summoned Pakistan's envoy.", []arc{
			{"condemned", "root", ""}, {"Kabul", "nsubj", "condemned"}, {"strikes", "obj", "condemned"},
			{"summoned", "conj", "condemned"}, {"envoy", "obj", "summoned"}, {"Pakistan", "nmod:poss", "envoy"},
		}},
		{"Israel struck a convoy that was carrying weapons to Hezbollah.", []arc{
			{"struck", "root", ""}, {"Israel", "nsubj", "struck"}, {"convoy", "obj", "struck"},
			{"carrying", "acl:relcl", "convoy"}, {"that", "nsubj", "carrying"}, {"weapons", "obj", "carrying"},
		}},
		{"Iran denied that it had supplied drones to Russia.", []arc{
			{"denied", "root", ""}, {"Iran", "nsubj", "denied"}, {"supplied", "ccomp", "denied"},
			{"it", "nsubj", "supplied"}, {"drones", "obj", "supplied"}, {"Russia", "obl", "supplied"},
		}},
		{"Kyiv accused Moscow of shelling the city.", []arc{
			{"accused", "root", ""}, {"Kyiv", "nsubj", "accused"}, {"Moscow", "obj", "accused"},
			{"city", "obj", "shelling"}, // "shelling" itself: advcl of "accused" in the treebank, often acl of "Moscow" here
		}},
		{"Russia's army didn't say which villages it had struck.", []arc{
			{"say", "root", ""}, {"army", "nsubj", "say"}, {"Russia", "nmod:poss", "army"}, {"n't", "advmod", "say"},
		}},
	}
	m := Default()
	for _, tt := range tests {
		s := m.Parse(tt.text)
		if len(s) != 1 {
			t.Fatalf("%q: %d sentences", tt.text, len(s))
		}
		toks := s[0].Tokens
		for _, w := range tt.want {
			found := false
			for _, tok := range toks {
				if tok.Form != w.dep {
					continue
				}
				found = true
				head := ""
				if tok.Head >= 0 {
					head = toks[tok.Head].Form
				}
				if !RelIs(tok.Rel, w.rel) || head != w.head {
					t.Errorf("%q: %s is %s of %q, want %s of %q\n%s", tt.text, w.dep, tok.Rel, head, w.rel, w.head, conllu(s))
				}
			}
			if !found {
				t.Errorf("%q: no token %q", tt.text, w.dep)
			}
		}
	}
}

func conllu(s []Sentence) string {
	var b bytes.Buffer
	WriteCoNLLU(&b, s)
	return b.String()
}

// A token the caller marks as part of a name is never read as a function
// word: unmarked, "IS" is the verb "is"; marked, it is the subject's name.
func TestAnnotateNames(t *testing.T) {
	const text = "IS claimed the bombing of the shrine."
	tests := []struct {
		name     bool
		upos     string
		subjects bool
	}{
		{false, "AUX", false},
		{true, "PROPN", true},
	}
	m := Default()
	for _, tt := range tests {
		s := Sentence{Text: text, Tokens: AppendTokens(nil, text, Span{0, len(text)})}
		s.Tokens[0].Name = tt.name
		m.Annotate(&s)
		if got := s.Tokens[0].UPOS; got != tt.upos {
			t.Errorf("name %v: UPOS of %q = %s, want %s", tt.name, s.Tokens[0].Form, got, tt.upos)
		}
		if got := s.Tokens[0].Rel == "nsubj" && s.Tokens[s.Tokens[0].Head].Form == "claimed"; got != tt.subjects {
			t.Errorf("name %v: %q is the subject of \"claimed\": %v, want %v\n%s", tt.name, s.Tokens[0].Form, got, tt.subjects, conllu([]Sentence{s}))
		}
	}
}

// A token the caller marks as part of a name is never read as a verb:
// unmarked, a capital opening a sentence may be; marked, it is the
// subject of the verb after it.
func TestAnnotateNamesAreNoVerbs(t *testing.T) {
	const text = "Beijing condemned the bombing near the airport in the city, calling it a cowardly act."
	m := Default()
	s := Sentence{Text: text, Tokens: AppendTokens(nil, text, Span{0, len(text)})}
	s.Tokens[0].Name = true
	m.Annotate(&s)
	if got := s.Tokens[0].UPOS; got != "PROPN" {
		t.Errorf("UPOS of %q = %s, want PROPN", s.Tokens[0].Form, got)
	}
	if s.Tokens[0].Rel != "nsubj" || s.Tokens[s.Tokens[0].Head].Form != "condemned" {
		t.Errorf("%q is no subject of \"condemned\"\n%s", s.Tokens[0].Form, conllu([]Sentence{s}))
	}
}

// A token the caller marks as a proper name by itself is never tagged an
// adjective: unmarked, "Oman" is read as one, and the parse takes two
// subjects; marked, it is a name that "Qatar" is joined to.
func TestAnnotateProperNames(t *testing.T) {
	const text = "Oman and Qatar urged Iran and Israel to exercise restraint."
	m := Default()
	for _, proper := range []bool{false, true} {
		s := Sentence{Text: text, Tokens: AppendTokens(nil, text, Span{0, len(text)})}
		s.Tokens[0].Proper = proper
		m.Annotate(&s)
		if got := s.Tokens[0].UPOS == "PROPN"; got != proper {
			t.Errorf("proper %v: UPOS of %q = %s", proper, s.Tokens[0].Form, s.Tokens[0].UPOS)
		}
		if got := s.Tokens[2].Rel == "conj" && s.Tokens[2].Head == 0; got != proper {
			t.Errorf("proper %v: %q is a conjunct of %q: %v\n%s", proper, s.Tokens[2].Form, s.Tokens[0].Form, got, conllu([]Sentence{s}))
		}
	}
}

// A token the caller reads as a verb is never tagged a noun or an
// adjective: unmarked, "shells" after a name is the plural noun and
// "obliterated" after "had been" a state; marked, the verb.
func TestAnnotateVerbs(t *testing.T) {
	for _, tt := range []struct {
		text     string
		tok      int
		verb     bool
		upos     string
		rootSubj bool // the verb is the root, the token before it its subject
	}{
		{"Turkey shells Kurdish positions.", 1, false, "NOUN", false},
		{"Turkey shells Kurdish positions.", 1, true, "VERB", true},
		{"Trump said Iran's nuclear facilities had been completely obliterated.", 9, false, "ADJ", false},
		{"Trump said Iran's nuclear facilities had been completely obliterated.", 9, true, "VERB", false},
	} {
		s := Sentence{Text: tt.text, Tokens: AppendTokens(nil, tt.text, Span{0, len(tt.text)})}
		s.Tokens[tt.tok].Verb = tt.verb
		Default().Annotate(&s)
		if got := s.Tokens[tt.tok].UPOS; got != tt.upos {
			t.Errorf("%q, verb %v: UPOS of %q = %s, want %s", tt.text, tt.verb, s.Tokens[tt.tok].Form, got, tt.upos)
		}
		if tt.rootSubj && (s.Tokens[tt.tok].Rel != "root" || s.Tokens[tt.tok-1].Rel != "nsubj") {
			t.Errorf("%q: want %q the root and %q its subject\n%s", tt.text, s.Tokens[tt.tok].Form, s.Tokens[tt.tok-1].Form, conllu([]Sentence{s}))
		}
	}
}

// The lemmatizer of the embedded model, on the verbs and nouns the coder's
// trigger lexicons look for.
func TestDefaultLemmas(t *testing.T) {
	tests := []struct{ form, upos, want string }{
		{"struck", "VERB", "strike"}, {"shelled", "VERB", "shell"}, {"accuses", "VERB", "accuse"},
		{"denied", "VERB", "deny"}, {"sanctions", "NOUN", "sanction"}, {"sanctions", "VERB", "sanction"},
		{"fought", "VERB", "fight"}, {"fled", "VERB", "flee"}, {"seized", "VERB", "seize"},
		{"bombarded", "VERB", "bombard"}, {"retaliated", "VERB", "retaliate"}, {"vowing", "VERB", "vow"},
		{"threatened", "VERB", "threaten"}, {"condemns", "VERB", "condemn"}, {"killed", "VERB", "kill"},
		{"stepped", "VERB", "step"}, {"carried", "VERB", "carry"}, {"hitting", "VERB", "hit"},
		{"was", "AUX", "be"}, {"n't", "PART", "not"}, {"'s", "AUX", "be"}, {"militias", "NOUN", "militia"},
		{"States", "PROPN", "State"}, {"Tehran", "PROPN", "Tehran"}, {"The", "DET", "the"}, {"ceasefires", "NOUN", "ceasefire"},
	}
	m := Default()
	for _, tt := range tests {
		tag := -1
		for i, name := range m.tags {
			if name == tt.upos {
				tag = i
			}
		}
		if got, _ := m.lemma.lemma(tt.form, uint8(tag), m.tags, nil); got != tt.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tt.form, tt.upos, got, tt.want)
		}
	}
}

func TestParseOffsetsAndSentences(t *testing.T) {
	text := "Iran’s envoy left.\nKyiv didn't comment."
	ss := Default().Parse(text)
	if len(ss) != 2 || ss[1].Start != strings.Index(text, "Kyiv") || ss[1].Text != "Kyiv didn't comment." {
		t.Fatalf("sentences %+v", ss)
	}
	for _, s := range ss {
		root := 0
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Form || tok.UPOS == "" || tok.Lemma == "" || tok.Rel == "" {
				t.Errorf("token %+v", tok)
			}
			if tok.Head < 0 {
				root++
			}
		}
		if root != 1 {
			t.Errorf("%d roots in %q", root, s.Text)
		}
	}
}

// Parsing from many goroutines at once gives the same trees as parsing
// alone.
func TestParseConcurrently(t *testing.T) {
	m := Default()
	want := make([]string, len(benchText))
	for i, text := range benchText {
		want[i] = conllu(m.Parse(text))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(benchText))
	for range 8 {
		wg.Go(func() {
			for i, text := range benchText {
				if got := conllu(m.Parse(text)); got != want[i] {
					errs <- got
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent parse differs:\n%s", got)
	}
}

// loadRetained loads the embedded model and returns the heap it keeps.
func loadRetained(tb testing.TB) int64 {
	return heaptest.Retained(tb, func() (*Model, error) { return Load(bytes.NewReader(embedded)) })
}

// TestLoadMemory guards the 8 MB the loaded model keeps: twice that fails.
func TestLoadMemory(t *testing.T) {
	heaptest.AtMost(t, "model", loadRetained(t), 16<<20)
}

// BenchmarkLoad measures decoding the embedded model; heap-MB is what one
// loaded model keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(loadRetained(b))/(1<<20), "heap-MB")
}

// BenchmarkParse reports sentences per second for tokenising, tagging,
// lemmatising and parsing; run with -cpu 1 for the one-core figure.
func BenchmarkParse(b *testing.B) {
	m := Default()
	b.ReportAllocs()
	tokens := 0
	for _, text := range benchText {
		tokens += len(Tokenize(text))
	}
	for b.Loop() {
		for _, text := range benchText {
			m.Parse(text)
		}
	}
	b.ReportMetric(float64(len(benchText)*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(tokens)/float64(len(benchText)), "tokens/sentence")
}

func ExampleModel_Parse() {
	s := Default().Parse("Pakistan recalled its ambassador.")[0]
	for _, tok := range s.Tokens {
		head := "ROOT"
		if tok.Head >= 0 {
			head = s.Tokens[tok.Head].Form
		}
		fmt.Printf("%s %s %s %s\n", tok.Form, tok.UPOS, tok.Rel, head)
	}
	// Output:
	// Pakistan PROPN nsubj recalled
	// recalled VERB root ROOT
	// its PRON nmod:poss ambassador
	// ambassador NOUN obj recalled
	// . PUNCT punct recalled
}
