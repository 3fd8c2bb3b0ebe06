package coder

import "github.com/briefbot/briefbot/coder/internal/inflect"

// restoredLemmas maps the past, -ing and participle forms of every verb of
// a verbClass to its lemma. The parser's lemmatizer learns suffix rules
// from the treebank and clips the final e of verbs it met too rarely
// ("declining" becomes "declin", "provoking" "provok"), and a class of
// verbs would then miss its own verb: "declining to cooperate" would not
// negate.
var restoredLemmas = map[string]string{}

// verbClass is set for the classes of verbs the rules look lemmas up in:
// their forms get their lemma back from restoreLemmas.
func verbClass(lemmas ...string) map[string]bool {
	for _, l := range lemmas {
		for _, f := range inflect.Verb(l)[2:] {
			restoredLemmas[f] = l
		}
	}
	return set(lemmas...)
}

// restoreLemmas gives each verb of the parse whose form is one of a
// verbClass verb's the lemma of that verb.
func (s *sent) restoreLemmas() {
	for i := range s.tree.Tokens {
		if l, ok := restoredLemmas[s.forms[i]]; ok && s.tree.Tokens[i].UPOS == "VERB" {
			s.tree.Tokens[i].Lemma = l
		}
	}
}

// verbForms returns the set of every form of the verbs: "urge", "urges",
// "urged", "urging".
func verbForms(lemmas ...string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lemmas {
		for _, f := range inflect.Verb(l) {
			out[f] = true
		}
	}
	return out
}
