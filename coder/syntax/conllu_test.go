package syntax

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestCoNLLURoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/roundtrip.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sentences, err := ReadCoNLLU(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sentences) != 2 {
		t.Fatalf("read %d sentences, want 2", len(sentences))
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, sentences); err != nil {
		t.Fatal(err)
	}
	if out.String() != string(in) {
		t.Errorf("round trip changed the file:\n%s\nwant\n%s", out.String(), in)
	}
}

func TestReadCoNLLU(t *testing.T) {
	f, err := os.Open("testdata/roundtrip.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sentences, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	s := sentences[0]
	if s.ID != "fx-1" || s.Text != "Freedonia didn't shell the port." {
		t.Errorf("ID %q text %q", s.ID, s.Text)
	}
	// Words, not the multiword token, are the tokens; heads are 0-based.
	var forms []string
	for _, tok := range s.Tokens {
		forms = append(forms, tok.Form)
	}
	if got := strings.Join(forms, " "); got != "Freedonia did n't shell the port ." {
		t.Errorf("forms %q", got)
	}
	if s.Tokens[0].Head != 3 || s.Tokens[3].Head != -1 || s.Tokens[3].Rel != "root" {
		t.Errorf("heads: %+v", s.Tokens)
	}
	if m := s.Multiword; len(m) != 1 || m[0].First != 1 || m[0].Last != 2 || m[0].Form != "didn't" {
		t.Errorf("multiword %+v", m)
	}
	// Offsets into the text, the multiword token's words inside its span.
	for _, tok := range s.Tokens {
		if tok.Start < 0 || s.Text[tok.Start:tok.End] != tok.Form {
			t.Errorf("token %q at [%d,%d)", tok.Form, tok.Start, tok.End)
		}
	}
	if e := sentences[1].Empty; len(e) != 1 || !strings.HasPrefix(e[0], "4.1\t") {
		t.Errorf("empty nodes %q", e)
	}
	if n := len(sentences[1].Tokens); n != 6 {
		t.Errorf("second sentence has %d words, want 6", n)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"short line", "1\tA\ta\n", "line 1: 3 fields"},
		{"ID out of sequence", "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n3\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n", "line 2: word ID \"3\""},
		{"bad head", "1\tA\ta\tX\t_\t_\tx\troot\t_\t_\n", "bad head"},
		{"bad range", "2-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad multiword"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// A parsed sentence, without comments, is written with sent_id, text and
// SpaceAfter=No where tokens touch.
func TestWriteCoNLLUParsed(t *testing.T) {
	s := Sentence{ID: "1", Text: "Iran's envoy left.", Tokens: []Token{
		{Form: "Iran", Lemma: "Iran", UPOS: "PROPN", Head: 2, Rel: "nmod:poss", Start: 0, End: 4},
		{Form: "'s", Lemma: "'s", UPOS: "PART", Head: 0, Rel: "case", Start: 4, End: 6},
		{Form: "envoy", Lemma: "envoy", UPOS: "NOUN", Head: 3, Rel: "nsubj", Start: 7, End: 12},
		{Form: "left", Lemma: "leave", UPOS: "VERB", Head: -1, Rel: "root", Start: 13, End: 17},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", Head: 3, Rel: "punct", Start: 17, End: 18},
	}}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, []Sentence{s}); err != nil {
		t.Fatal(err)
	}
	want := "# sent_id = 1\n# text = Iran's envoy left.\n" +
		"1\tIran\tIran\tPROPN\t_\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n" +
		"2\t's\t's\tPART\t_\t_\t1\tcase\t_\t_\n" +
		"3\tenvoy\tenvoy\tNOUN\t_\t_\t4\tnsubj\t_\t_\n" +
		"4\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
