package coder

import "testing"

// parsed returns the sentence of text, tokenised and parsed as Code does.
func parsed(t *testing.T, text string) *sent {
	t.Helper()
	c := testCoder()
	ms := c.g.Mentions(text)
	s := &sent{}
	s.reset(c, &discourse{}, text, span{0, len(text)}, tokenize(text, 0, len(text), ms, c.kind, nil))
	if !s.parse() {
		t.Fatalf("%s: not parsed", text)
	}
	return s
}

// tokenAt returns the token whose form is form.
func tokenAt(t *testing.T, s *sent, form string) int {
	t.Helper()
	for i := range s.tree.Tokens {
		if s.tree.Tokens[i].Form == form {
			return i
		}
	}
	t.Fatalf("no token %q", form)
	return -1
}

// The repairs mend attachments the parser gets wrong; each case breaks a
// correct parse the way the parser does on news text, and repairs it.
func TestRepairParticipleOnInfinitive(t *testing.T) {
	s := parsed(t, "Vietnam blamed the clash on an attempt by China to change the rules, rebutting Beijing's claims.")
	toks := s.tree.Tokens
	root, inf, part := tokenAt(t, s, "blamed"), tokenAt(t, s, "change"), tokenAt(t, s, "rebutting")
	toks[part].Head, toks[part].Rel = inf, "advcl" // as the parser hangs it
	s.repair()
	if toks[part].Head != root {
		t.Errorf("rebutting hangs on %q, want the main verb %q", toks[toks[part].Head].Form, toks[root].Form)
	}
}
