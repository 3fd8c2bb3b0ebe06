package coder

import "github.com/briefbot/briefbot/coder/internal/inflect"

// restoredLemmas maps the past, -ing and participle forms of the verbs the
// rules know by lemma to that lemma. The parser's lemmatizer learns suffix
// rules from the treebank and clips the final e of verbs it met too rarely
// ("declining" becomes "declin", "provoking" "provok"), and a class of verbs
// then misses its own verb: "declining to cooperate" would not negate.
var restoredLemmas = func() map[string]string {
	classes := []map[string]bool{desireGovernors, doubtGovernors, callVerbs, negGovernors, preventVerbs, objIntentVerbs,
		factiveVerbs, undoingVerbs, instrumentVerbs, occurVerbs, assistVerbs, reportingLemmas, chargingVerbs,
		subjectControllers, objectControllers, namingLemmas, attemptVerbs, dealMakingVerbs, urgingVerbs, sayingLemmas,
		outcomeLemmas, denyLemmas, causeVerbs, complaintLemmas, landingVerbs, ownerVerbs, opposeVerbs, enforcingVerbs, stopVerbs}
	m := map[string]string{}
	for _, class := range classes {
		for lemma := range class {
			for _, f := range inflect.Verb(lemma)[2:] {
				m[f] = lemma
			}
		}
	}
	return m
}()

// restoreLemmas gives each verb of the parse whose form is one of a known
// verb's the lemma of that verb.
func (s *sent) restoreLemmas() {
	for i := range s.tree.Tokens {
		if l, ok := restoredLemmas[s.forms[i]]; ok && s.tree.Tokens[i].UPOS == "VERB" {
			s.tree.Tokens[i].Lemma = l
		}
	}
}
