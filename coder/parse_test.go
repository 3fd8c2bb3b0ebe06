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

func TestRepairNameAfterNounReadAsSubject(t *testing.T) {
	s := parsed(t, "Soldiers shot four gunmen of the proxy group Fitna al-Khawarij, the Pakistani army said.")
	toks := s.tree.Tokens
	said, name := tokenAt(t, s, "said"), tokenAt(t, s, "Fitna")
	toks[name].Head, toks[name].Rel = said, "nsubj" // as the parser hangs it
	s.repair()
	if toks[name].Head != name-1 || toks[name].Rel != "appos" {
		t.Errorf("Fitna hangs on %q as %s, want an apposition of the noun before it", toks[toks[name].Head].Form, toks[name].Rel)
	}
}
