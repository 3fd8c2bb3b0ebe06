package coder

// Repairs of clauses: relative clauses, participles, reported speech and
// the clause a sentence's root heads.

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/coder/syntax"
)

// repairNounBeforeItsRelative mends "the militant group Iran struck in
// Pakistan": a noun and, right after it, a name that are both subjects of one
// verb are a noun and the relative clause that describes it, its object left
// out.
func (s *sent) repairNounBeforeItsRelative() {
	toks := s.tree.Tokens
	for v := range toks {
		a, b := s.lastTwoSubjects(v, len(toks))
		if a >= 0 && toks[a].UPOS == "PROPN" && toks[b].UPOS == "NOUN" && b < v {
			// "U.S. B-2 bombers struck": a name right before the noun
			// phrase of the verb's other subject modifies it
			if first, _ := s.tree.Subtree(b); first > a && toks[first].UPOS != "DET" {
				if _, last := s.tree.Subtree(a); last == first-1 && toks[last].UPOS != "PUNCT" {
					toks[a].Head, toks[a].Rel = b, "compound"
				}
			}
			continue
		}
		if a < 0 || toks[a].UPOS != "NOUN" || !isNominal(toks[b].UPOS) || b > v {
			continue
		}
		if first, _ := s.tree.Subtree(b); first != a+1 {
			continue
		}
		toks[a].Head, toks[a].Rel = toks[v].Head, toks[v].Rel
		if toks[a].Rel == "acl:relcl" {
			toks[a].Rel = "appos"
		}
		toks[v].Head, toks[v].Rel = a, "acl:relcl"
		for u := range a {
			if toks[u].Head == v && toks[u].Rel == "nsubj" {
				toks[u].Head, toks[u].Rel = a, "appos" // "Jaish al-Adl, the group Iran struck,"
			}
		}
	}
}

// repairClauseAfterAndName mends "..., and President Omar al-Bashir vowed to
// liberate it": a name after "and" read as an apposition of the last noun, and
// the verb right after it left without a subject, are a clause joined to the
// main one.
func (s *sent) repairClauseAfterAndName() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		// (a clause on a noun with an object of its own is no reduced
		// relative, which takes none: ", and its foreign ministry accused
		// the army")
		if toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 ||
			toks[v].Rel == "acl" && s.child(v, "obj") < 0 || toks[v].Rel == "amod" || toks[v].Rel == "acl:relcl" || toks[v].Rel == "aux" {
			continue
		}
		r := v - 1
		for r > 1 && toks[r].Head == v && (toks[r].Rel == "aux" || toks[r].Rel == "advmod") {
			r-- // ", and India has long accused"
		}
		for toks[r].Rel == "flat" && toks[r].Head >= 0 && toks[r].Head < r {
			r = toks[r].Head
		}
		for s.rel(r, "nmod") && s.caseOf(r) != "" && toks[r].Head >= 0 && toks[r].Head < r && toks[toks[r].Head].UPOS == "PROPN" {
			r = toks[r].Head // "and the Defence Ministry in Belgrade rejected": the name the place is of
		}
		first, _ := s.tree.Subtree(r)
		for first < r && (toks[first].Rel == "punct" || toks[first].Rel == "cc") {
			first++ // the comma and "and" the parser hangs on the name
		}
		if toks[r].UPOS != "PROPN" || toks[r].Head < 0 || toks[r].Head >= first || first < 1 || !(toks[r].Rel == "appos" || syntaxObl(toks[r].Rel) || toks[r].Rel == "conj") {
			continue
		}
		c := first - 1
		if s.form(c) != "and" && s.form(c) != "but" || toks[r].Rel == "conj" && (c < 1 || toks[c-1].Form != ",") && toks[v].Rel != "xcomp" && toks[v].Rel != "parataxis" &&
			!(toks[v].Rel == "advcl" && s.markOf(v) == "" && toks[toks[r].Head].UPOS != "PROPN") {
			// a name joined without a comma is one more of a list ("in Iraq
			// and Syria"), unless the verb after it hangs on another's clause
			// ("pounded Gaza and Hamas fired rockets", "denied any role in
			// the attack and the ministry rejected the claims": a name is no
			// list with a common noun)
			continue
		}
		root := v
		for toks[root].Head >= 0 {
			root = toks[root].Head
		}
		if root == v {
			continue
		}
		toks[r].Head, toks[r].Rel = v, "nsubj"
		toks[v].Head, toks[v].Rel = root, "conj"
		toks[c].Head, toks[c].Rel = v, "cc"
		if c > 0 && toks[c-1].Form == "," {
			toks[c-1].Head = v
		}
		for u := r + 1; u < v; u++ {
			if (toks[u].Head == r || toks[u].Head == v) && toks[u].Rel == "aux" {
				toks[u].Head, toks[u].UPOS = v, "AUX" // "has", tagged a verb
			}
		}
	}
}

// repairShiftedObject mends "condemned in a statement a series of airstrikes
// conducted by Turkish warplanes": an object shifted after an oblique, read as
// the subject of a relative clause on the oblique's noun, is the verb's
// object, and the participle describes it.
func (s *sent) repairShiftedObject() {
	toks := s.tree.Tokens
	for v := range toks {
		p := toks[v].Head
		if toks[v].Rel != "acl" || !strings.HasSuffix(s.form(v), "ed") || p < 0 || !syntaxObl(toks[p].Rel) || toks[p].Head < 0 {
			continue
		}
		n := s.child(v, "nsubj")
		if n < 0 || n < p || s.child(n, "det") < 0 {
			continue
		}
		m := toks[p].Head
		if toks[m].UPOS != "VERB" || s.child(m, "obj") >= 0 || m > p {
			continue
		}
		toks[n].Head, toks[n].Rel = m, "obj"
		toks[v].Head, toks[v].Rel = n, "acl"
	}
}

// repairRelativePronounSubject mends "the TTP, which it blames for the
// attacks": a relative pronoun and a subject after it, both read as subjects
// of one verb, are the clause's object and subject; the clause describes the
// noun before the pronoun.
func (s *sent) repairRelativePronounSubject() {
	toks := s.tree.Tokens
	for v := range toks {
		a, b := s.lastTwoSubjects(v, v)
		if a < 0 || b != a+1 || !s.relPronoun(a) {
			continue
		}
		toks[a].Rel = "obj"
		n := a - 1
		if n >= 0 && toks[n].Form == "," {
			n--
		}
		for n >= 0 && (toks[n].Rel == "nmod" || toks[n].Rel == "flat") && toks[n].Head >= 0 && toks[n].Head < n && isNominal(toks[toks[n].Head].UPOS) {
			n = toks[n].Head // "Kurdish rebels in Iraq, whom ...": the rebels
		}
		if n >= 0 && isNominal(toks[n].UPOS) && toks[v].Rel != "acl:relcl" {
			if s.dominates(v, n) {
				// "The drones, which Ukraine said were launched by Russia,
				// hit ...": the noun the clause took as its subject takes
				// the clause's place
				toks[n].Head, toks[n].Rel = toks[v].Head, toks[v].Rel
			}
			toks[v].Head, toks[v].Rel = n, "acl:relcl"
		}
	}
}

// repairJoinedSubjects mends "Sudan's army and the rival RSF agreed": two
// subjects of one verb with a conjunction between them are one subject,
// coordinated.
func (s *sent) repairJoinedSubjects() {
	toks := s.tree.Tokens
	for v := range toks {
		a, b := s.lastTwoSubjects(v, v)
		if a < 0 || !isNominal(toks[a].UPOS) || !isNominal(toks[b].UPOS) {
			continue
		}
		for c := a + 1; c < b; c++ {
			if toks[c].Head == v && toks[c].Rel == "cc" {
				toks[b].Head, toks[b].Rel = a, "conj"
				toks[c].Head = b
				break
			}
		}
	}
}

// repairWithSpeakerClause mends "..., with an army spokesman saying "no such
// incident was recorded"": a clause that opens right after a reporting verb
// lacking one is that verb's complement, not one of an earlier verb's.
func (s *sent) repairWithSpeakerClause() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].Rel != "ccomp" && toks[v].Rel != "parataxis" || toks[v].UPOS != "VERB" {
			continue
		}
		first, _ := s.tree.Subtree(v)
		r := first - 1
		for r > 0 && (toks[r].UPOS == "PUNCT" && toks[r].Form != "," || s.form(r) == "that") {
			r--
		}
		if r <= toks[v].Head || toks[v].Head < 0 || !reportingLemmas[lower(toks[r].Lemma)] || toks[r].UPOS != "VERB" ||
			s.child(r, "ccomp") >= 0 || s.child(r, "obj") >= 0 {
			continue
		}
		toks[v].Head, toks[v].Rel = r, "ccomp"
	}
}

// repairInsertedSource mends "delegations arrived in Sanaa, Houthi media said
// on Sunday, to negotiate a truce": a source inserted between commas reports
// the whole sentence; the purpose clause after its closing comma belongs to
// the main verb, not to the report.
func (s *sent) repairInsertedSource() {
	toks := s.tree.Tokens
	for r := range toks {
		m := toks[r].Head
		if toks[r].UPOS != "VERB" || m < 0 || m > r || toks[r].Rel != "conj" && toks[r].Rel != "parataxis" || !reportingLemmas[s.lemma(r)] {
			continue
		}
		sb := s.child(r, "nsubj")
		if sb < 0 || sb > r {
			continue
		}
		first, _ := s.tree.Subtree(sb)
		c := first - 1
		for c > 0 && c >= first-3 && (toks[c].Form == "-" || toks[c+1].Form == "-") {
			c-- // "Houthi-run media", its name read apart
		}
		if c < 1 || toks[c].Form != "," || s.child(r, "cc") >= 0 {
			continue
		}
		for u := r + 1; u < len(toks); u++ {
			if toks[u].Head != r || toks[u].UPOS != "VERB" || toks[u-1].Form != "," && !(toks[u-1].Rel == "mark" && u > 1 && toks[u-2].Form == ",") {
				continue
			}
			// (a participle there, ", calling the act inhumane", is
			// often the speaker's, so it stays)
			if s.markOf(u) == "to" {
				toks[u].Head, toks[u].Rel = m, "advcl"
				toks[r].Rel = "parataxis"
				s.rehangPunct(m, u, r)
			}
			break
		}
	}
}

// repairNominalRootJoinedClause mends "Syrian forces and the SDF clashed",
// read as a noun phrase and a clause joined: a nominal root whose conjunct
// verb has a subject of its own right after the conjunction is that verb's
// first subject.
func (s *sent) repairNominalRootJoinedClause() {
	toks := s.tree.Tokens
	for r := range toks {
		if toks[r].Head >= 0 || !isNominal(toks[r].UPOS) {
			continue
		}
		for v := r + 1; v < len(toks); v++ {
			if toks[v].Head != r || toks[v].Rel != "conj" || toks[v].UPOS != "VERB" {
				continue
			}
			b, c := s.child(v, "nsubj"), s.child(v, "cc")
			if b < 0 || c < 0 || !(r < c && c < b && b < v) || slices.ContainsFunc(toks[r+1:c], func(t syntax.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" }) {
				continue // a verb before the conjunction: a clause the tree misread, not a subject
			}
			toks[v].Head, toks[v].Rel = toks[r].Head, toks[r].Rel
			toks[r].Head, toks[r].Rel = v, "nsubj"
			toks[b].Head, toks[b].Rel = r, "conj"
			toks[c].Head = b
			s.rehangPunct(v, v, r)
			break
		}
	}
}

// repairAgentParticipleAsMain mends "shells fired by Myanmar's army landed
// inside Bangladesh", "a gunman armed with a rifle stormed the embassy": a
// participle with a by-agent, or one saying what its subject carries, read
// as the main verb, and the real main verb hung on the agent or on the
// participle, is a reduced relative on its subject.
func (s *sent) repairAgentParticipleAsMain() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" {
			continue
		}
		a := s.child(v, "obl:agent")
		if o := s.child(v, "obl"); a < 0 && o >= 0 && s.caseOf(o) == "with" && carryingParticiples[s.lemma(v)] {
			a = o
		}
		sb := s.child(v, "nsubj")
		if sb < 0 {
			sb = s.child(v, "nsubj:pass")
		}
		if a < 0 || sb < 0 || sb > v || !pastParticiple(s.form(v)) ||
			s.child(v, "aux:pass") >= 0 || s.child(v, "aux") >= 0 {
			continue // "the attack was carried out by gunmen based in ...": with its auxiliary, the predicate
		}
		if w := s.verbAfterAgent(v, a); w >= 0 {
			toks[w].Head, toks[w].Rel = toks[v].Head, toks[v].Rel
			toks[sb].Head = w
			toks[v].Head, toks[v].Rel = sb, "acl"
			for u := range toks {
				if toks[u].Head == v && u > w {
					toks[u].Head = w // the sentence's end belongs to the main verb
				}
			}
		}
	}
}

// carryingParticiples say what their noun carries or wears: "a gunman armed
// with a rifle".
var carryingParticiples = verbClass("arm", "equip", "load", "lade", "dress", "disguise")

// repairRepeatedPreposition mends "inflicted losses on the army and on
// Wagner", "struck targets in Iraq and in Syria": a phrase after "and" that
// repeats the preposition of the phrase right before it is that phrase's
// conjunct, whatever the parser hung it on; a second by-phrase, the verb's
// agent's.
func (s *sent) repairRepeatedPreposition() {
	toks := s.tree.Tokens
	for y := range toks {
		if !isNominal(toks[y].UPOS) {
			continue
		}
		c := s.child(y, "case")
		if c < 2 {
			continue
		}
		first, _ := s.tree.Subtree(y)
		if first < 2 || first != c-1 || toks[first].UPOS != "CCONJ" {
			continue
		}
		joined := false
		for x, steps := first-1, 0; x >= 0 && x != y && steps <= len(toks); x, steps = toks[x].Head, steps+1 {
			if _, last := s.tree.Subtree(x); last != first-1 || s.dominates(x, y) {
				break
			}
			if isNominal(toks[x].UPOS) && s.caseOf(x) == s.form(c) {
				toks[y].Head, toks[y].Rel = x, "conj"
				joined = true
				break
			}
		}
		if !joined && s.form(c) == "by" {
			// "signed by Georgia's president on Friday and by Russia's
			// on Saturday": a second agent past a phrase of time joins
			// the verb's first
			for x := first - 1; x >= 0; x-- {
				if v := toks[x].Head; s.rel(x, "obl:agent") && v >= 0 && s.dominates(v, y) && !s.dominates(x, y) && !s.dominates(y, x) {
					toks[y].Head, toks[y].Rel = x, "conj"
					break
				}
			}
		}
	}
}

// repairThatClauseOnDay mends "said on Thursday that the guards had opened
// fire": a that-clause hung on the day after a reporting verb is what the verb
// reports, and so is one whose "that" was read as a relative pronoun.
func (s *sent) repairThatClauseOnDay() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if s.markOf(v) != "that" || !s.rel(v, "acl") || n < 0 || !timeWords[s.form(n)] || toks[n].Head < 0 || !reportingLemmas[s.lemma(toks[n].Head)] {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, "ccomp"
	}
	// "said on Friday that Yemen's warring parties, ..., had agreed": "that"
	// read as a relative pronoun whose clause is the noun phrase after it,
	// and the reported verb left without a subject
	for t := 1; t+1 < len(toks); t++ {
		c, r := toks[t].Head, toks[t-1].Head
		if s.form(t) != "that" || !s.rel(t, "nsubj") || !timeWords[s.form(t-1)] || r < 0 || !reportingLemmas[s.lemma(r)] ||
			c < 0 || toks[c].Head != t-1 || !s.rel(c, "acl:relcl") && !s.rel(c, "appos") || !isNominal(toks[c].UPOS) {
			continue
		}
		_, last := s.tree.Subtree(c)
		w := -1
		for u := last + 1; u < len(toks) && w < 0; u++ {
			if toks[u].Head == r && toks[u].UPOS == "VERB" && !(toks[u-1].Form == "," && strings.HasSuffix(s.form(u), "ing")) {
				w = u // (", calling the actions illegal" is the speaker's participle)
			}
		}
		for u := c + 1; u <= last && w < 0; u++ {
			// "that Chinese personnel armed with knives rammed ...": the
			// verb read as the complement of a participle on the noun
			if p := toks[u].Head; toks[u].UPOS == "VERB" && !strings.HasSuffix(s.form(u), "ing") && p > c && s.rel(p, "acl") && toks[p].Head == c &&
				(s.rel(u, "xcomp") || s.rel(u, "conj") || s.rel(u, "ccomp")) {
				w = u
			}
		}
		if w < 0 || s.ownSubj(w) >= 0 {
			continue
		}
		toks[w].Head = r
		toks[c].Head, toks[c].Rel = w, "nsubj"
		toks[t].Head, toks[t].Rel = w, "mark"
		toks[w].Rel = "ccomp"
	}
}

// repairThatClauseOnActNoun mends "did not do the attack that the US and
// Britain accused it of": a clause marked "that" right after a noun of an
// act, read as a clause of the verb, is a relative clause on the noun (an
// act, unlike a claim, has no content a clause could tell), and "that" is
// its object.
func (s *sent) repairThatClauseOnActNoun() {
	toks := s.tree.Tokens
	for c := 1; c < len(toks); c++ {
		v, n := toks[c].Head, c-1
		if s.form(c) != "that" || toks[c].Rel != "mark" || v <= c || toks[v].UPOS != "VERB" || toks[n].UPOS != "NOUN" || v == toks[n].Head && s.rel(v, "acl") {
			continue
		}
		if k := s.itemOfTok(n); k < 0 || !s.actNounAt(k) {
			continue
		}
		rel := "obj"
		if s.child(v, "obj") >= 0 {
			rel = "obl" // "accused it of": the object of a stranded preposition
		}
		toks[v].Head, toks[v].Rel = n, "acl:relcl"
		toks[c].UPOS, toks[c].Rel = "PRON", rel
	}
}

// repairThatAsSecondSubject mends "said that its ceasefire with Morocco was
// over": a "that" read as the subject of a clause whose subject follows it
// marks the clause.
func (s *sent) repairThatAsSecondSubject() {
	toks := s.tree.Tokens
	for c := range toks {
		v := toks[c].Head
		if s.form(c) != "that" || toks[c].Rel != "nsubj" || v <= c {
			continue
		}
		for d := c + 1; d < v; d++ {
			if toks[d].Head == v && (toks[d].Rel == "nsubj" || toks[d].Rel == "nsubj:pass") {
				toks[c].Rel = "mark"
				break
			}
		}
	}
}

// repairThatReadAsRelative mends "said in a televised address that he would
// impose sanctions": a "that" read as the relative pronoun (or the mark) of
// a clause on the noun after a reporting verb, where the clause has its own
// subject and object, is the mark of what the verb reports.
func (s *sent) repairThatReadAsRelative() {
	toks := s.tree.Tokens
	for t := range toks {
		v, n := toks[t].Head, -1
		if v >= 0 {
			n = toks[v].Head
		}
		if s.form(t) != "that" || toks[t].Rel != "obj" && toks[t].Rel != "nsubj" && toks[t].Rel != "mark" || v < 0 || toks[v].Rel != "acl:relcl" || n < 0 || toks[n].Head < 0 {
			continue
		}
		r := toks[n].Head
		if !reportingLemmas[s.lemma(r)] || toks[r].UPOS != "VERB" {
			continue
		}
		other := toks[t].Rel == "mark"
		for u := range toks {
			other = other || u != t && toks[u].Head == v && toks[u].Rel == toks[t].Rel
		}
		if !other {
			continue // "the address that he gave": a relative clause indeed
		}
		toks[t].Rel = "mark"
		toks[v].Head, toks[v].Rel = r, "ccomp"
	}
}

// repairConjunctionAsConjunct mends "said that no one had been harmed and
// that he would impose sanctions": a conjunction read as a conjunct, the
// clause after it hung on it, is the clause's "and"; the clause is the
// conjunct.
func (s *sent) repairConjunctionAsConjunct() {
	toks := s.tree.Tokens
	for c := range toks {
		if toks[c].UPOS != "CCONJ" || toks[c].Rel != "conj" || toks[c].Head < 0 {
			continue
		}
		for v := c + 1; v < len(toks); v++ {
			if toks[v].Head == c && toks[v].UPOS == "VERB" && (toks[v].Rel == "ccomp" || toks[v].Rel == "advcl" || toks[v].Rel == "xcomp") {
				toks[v].Head, toks[v].Rel = toks[c].Head, "conj"
				toks[c].Head, toks[c].Rel = v, "cc"
				break
			}
		}
	}
}

// repairCountAfterReportingVerb mends "the military said 23 of its soldiers
// had been killed": a reporting verb read as the subject of the verb it
// reports, the count after it as its object, heads the sentence; the verb is
// what it reports and the count that verb's subject.
func (s *sent) repairCountAfterReportingVerb() {
	toks := s.tree.Tokens
	for v := range toks {
		w := toks[v].Head
		if toks[v].UPOS != "VERB" || !reportingLemmas[s.lemma(v)] || toks[v].Rel != "nsubj" && toks[v].Rel != "nsubj:pass" || w <= v || toks[w].UPOS != "VERB" {
			continue
		}
		o := s.child(v, "obj")
		if o < 0 || o > w || toks[o].UPOS != "NUM" && !partitiveHeads[s.form(o)] {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[w].Head, toks[w].Rel
		toks[w].Head, toks[w].Rel = v, "ccomp"
		toks[o].Head, toks[o].Rel = w, "nsubj"
		if s.child(w, "aux:pass") >= 0 {
			toks[o].Rel = "nsubj:pass"
		}
		s.rehangPunct(v, w, w)
	}
}

// repairReportedSubjectAsObject mends "Slovakia said Ukrainian strikes on
// the refinery had cut its fuel supply": the subject of the reported clause
// read as the reporting verb's object, and the clause's verb, with its
// auxiliary and no subject, hung on that noun or, as in "saying the Chinese
// vessels had violated its waters", hung elsewhere with its auxiliary right
// after the noun's phrase. The verb is what is reported, the noun its
// subject.
func (s *sent) repairReportedSubjectAsObject() {
	toks := s.tree.Tokens
	for n := range toks {
		r := toks[n].Head
		if toks[n].Rel != "obj" || r < 0 || !isNominal(toks[n].UPOS) || !reportingLemmas[s.lemma(r)] {
			continue
		}
		next := n + 1
		for next < len(toks) && s.dominates(n, next) {
			next++
		}
		for v := n + 1; v < len(toks); v++ {
			onNoun := toks[v].Head == n || next < len(toks) && toks[next].Head == v && toks[next].UPOS == "AUX"
			if !onNoun || toks[v].UPOS != "VERB" || s.ownSubj(v) >= 0 || s.child(v, "aux") < 0 && s.child(v, "aux:pass") < 0 {
				continue
			}
			toks[v].Head, toks[v].Rel = r, "ccomp"
			toks[n].Head, toks[n].Rel = v, "nsubj"
			if s.child(v, "aux:pass") >= 0 {
				toks[n].Rel = "nsubj:pass"
			}
			break
		}
	}
}

// sayingLemmas report a clause with no object of their own ("accused
// Islamabad ... and the group has carried out" joins two clauses).
var sayingLemmas = verbClass("say", "tell", "add", "announce", "state", "report", "declare", "confirm", "insist", "warn")

// repairSplitReportedSubject mends "Biden said the United States and its
// allies would impose sanctions": the first of two joined subjects of the
// reported clause read as the reporting verb's object, and the clause's
// verb, with the second as its subject, joined to the reporting verb. The
// clause is what is reported, and both are its subject.
func (s *sent) repairSplitReportedSubject() {
	toks := s.tree.Tokens
	for v := range toks {
		r := toks[v].Head
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || r < 0 || r > v || !sayingLemmas[s.lemma(r)] {
			continue
		}
		c := s.child(v, "nsubj")
		if c < 0 || s.child(v, "aux") < 0 {
			continue
		}
		n := -1
		for j := r + 1; j < c; j++ {
			if toks[j].Head == r && (toks[j].Rel == "obj" || toks[j].Rel == "iobj") && isNominal(toks[j].UPOS) {
				n = j
			}
		}
		cc := s.child(v, "cc")
		if n < 0 || cc < 0 || cc < n || cc > c {
			continue
		}
		toks[v].Rel = "ccomp"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[c].Head, toks[c].Rel = n, "conj"
		toks[cc].Head = c
	}
}

// repairAgentReadAsPrepositionsObject mends "had been fired by Myanmar's
// military": "by" read as an oblique of the passive with its noun as the
// preposition's object is the case marker of that noun, the agent.
func (s *sent) repairAgentReadAsPrepositionsObject() {
	toks := s.tree.Tokens
	for b := range toks {
		v := toks[b].Head
		if s.form(b) != "by" || toks[b].Rel != "obl" || v < 0 || toks[v].UPOS != "VERB" || s.child(v, "aux:pass") < 0 {
			continue
		}
		n := s.child(b, "obj")
		if n < b {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obl:agent"
		toks[b].Head, toks[b].Rel = n, "case"
	}
}

// repairStrandedPreposition mends "was shot at by Russian air defences",
// "had been shot at from the ground by Russia": the preposition of a
// prepositional verb in the passive, stranded after its participle, is read
// as a second case of the noun after it. It is the verb's particle, and the
// by-phrase, on that noun or on a phrase of place after it, is the agent.
func (s *sent) repairStrandedPreposition() {
	toks := s.tree.Tokens
	for v := 0; v+2 < len(toks); v++ {
		p := v + 1
		if toks[v].UPOS != "VERB" || s.child(v, "aux:pass") < 0 || toks[p].Rel != "case" || toks[p+1].UPOS != "ADP" {
			continue
		}
		n := toks[p].Head
		if n < 0 || toks[p+1].Head != n || toks[n].Head != v {
			continue
		}
		toks[p].Head, toks[p].Rel = v, "compound:prt"
		if s.agentTok(v) >= 0 {
			continue
		}
		if s.form(p+1) == "by" {
			toks[n].Rel = "obl:agent"
			continue
		}
		for j := range toks {
			if toks[j].Head == n && syntaxObl(toks[j].Rel) && s.caseOf(j) == "by" {
				toks[j].Head, toks[j].Rel = v, "obl:agent" // "from the ground by Russia"
				break
			}
		}
	}
}

// repairAgentOnCharge mends "Myanmar was accused of genocide by Gambia": a
// by-phrase hung on the charge of a passive verb of charging that has no
// agent is the verb's agent, the accuser (a deed's own doer sits deeper:
// "accused of backing attacks by Hamas").
func (s *sent) repairAgentOnCharge() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !chargingVerbs[s.lemma(v)] || s.child(v, "aux:pass") < 0 || s.agentTok(v) >= 0 {
			continue
		}
		for c := range toks {
			if toks[c].Head != v || !syntaxObl(toks[c].Rel) || s.caseOf(c) != "of" {
				continue
			}
			for b := range toks {
				if toks[b].Head == c && syntaxObl(toks[b].Rel) && s.caseOf(b) == "by" {
					toks[b].Head, toks[b].Rel = v, "obl:agent"
				}
			}
		}
	}
}

// repairPossessedAdjective mends "Myanmar's military", "Russia's military
// said": an adjective after a possessive with no noun after it is the noun
// possessed, the head of the phrase (and the subject of a verb right after
// it that the parser hung both on).
func (s *sent) repairPossessedAdjective() {
	toks := s.tree.Tokens
	for a := 2; a < len(toks); a++ {
		o := a - 2
		if v := a + 1; v < len(toks) && (toks[a].UPOS == "ADJ" || toks[a].Rel == "amod") && toks[a].Head == v && toks[o].Head == v && toks[o].Rel == "nmod:poss" &&
			s.form(a-1) == "'s" && toks[v].UPOS == "VERB" && s.ownSubj(v) < 0 {
			// "Pakistan's military acknowledged": both hung on the verb
			toks[a].UPOS, toks[a].Rel = "NOUN", "nsubj"
			toks[o].Head = a
			continue
		}
		if toks[a].UPOS != "ADJ" || toks[a].Head != o || s.form(a-1) != "'s" || !isNominal(toks[o].UPOS) ||
			a+1 < len(toks) && (isNominal(toks[a+1].UPOS) || toks[a+1].UPOS == "ADJ") {
			continue
		}
		toks[a].UPOS = "NOUN"
		s.promote(a, o, "nmod:poss")
	}
}

// repairVerbJoinedToNoun mends "fired by Myanmar's military and landed
// inside Bangladesh" and "accuses Kabul of allowing the TTP to plan
// attacks, which the Taliban deny": a verb with no subject joined by "and"
// to a noun, an argument of a verb, is that verb's conjunct; one that opens
// with "which" as its object answers the whole clause a charge or a report
// takes, as it does when that clause ends in its verb.
func (s *sent) repairVerbJoinedToNoun() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" || n < 0 || !isNominal(toks[n].UPOS) {
			continue
		}
		o := s.child(v, "obj")
		which := o > 0 && o < v && s.relPronoun(o) && toks[o-1].Form == ","
		if !which && (s.ownSubj(v) >= 0 || s.child(v, "cc") < 0) {
			continue
		}
		// the verb the noun's phrase hangs on, near it ("calling them a
		// \"flagrant violation\" of the agreement and urging"), or at any
		// height for a ", which" clause
		limit := 4
		if which {
			limit = -1
		}
		h := s.verbAbove(n, limit)
		for which && h >= 0 && toks[h].Head >= 0 && toks[toks[h].Head].UPOS == "VERB" && !chargingVerbs[s.lemma(toks[h].Head)] && !reportingLemmas[s.lemma(toks[h].Head)] {
			h = toks[h].Head // "of allowing ... to plan attacks" is one charge
		}
		if h >= 0 && h < v {
			toks[v].Head = h
		}
	}
}

// repairClauseAfterRelativeReport mends "shells that its border guards said
// had been fired by Myanmar": the clause a relative clause's reporting verb
// reports, right after it, with "that" as its own subject, hung elsewhere.
func (s *sent) repairClauseAfterRelativeReport() {
	toks := s.tree.Tokens
	for r := range toks {
		if toks[r].Rel != "acl:relcl" || r+2 >= len(toks) || !reportingLemmas[s.lemma(r)] {
			continue
		}
		rel := s.child(r, "obj")
		if rel < 0 || !s.relPronoun(rel) {
			continue
		}
		w := r + 1
		for w < len(toks) && toks[w].UPOS == "AUX" {
			w++
		}
		if w == r+1 || w >= len(toks) || toks[w].UPOS != "VERB" || s.ownSubj(w) >= 0 || s.dominates(r, w) || s.dominates(w, r) {
			continue
		}
		toks[w].Head, toks[w].Rel = r, "ccomp"
		toks[rel].Head, toks[rel].Rel = w, "nsubj"
		if s.child(w, "aux:pass") >= 0 {
			toks[rel].Rel = "nsubj:pass"
		}
	}
}

// repairMarkedSubjectOfParticiple mends "summoned the envoy, for the
// fourth time, over mortar shells fired by Myanmar's military": a noun with
// a case marker is no subject; read as the subject of a participle with no
// auxiliary, it is the oblique the participle describes.
func (s *sent) repairMarkedSubjectOfParticiple() {
	toks := s.tree.Tokens
	for n := range toks {
		v := toks[n].Head
		if toks[n].Rel != "nsubj" || v <= n || s.child(n, "case") < 0 || toks[v].UPOS != "VERB" || s.child(v, "aux") >= 0 || s.child(v, "aux:pass") >= 0 ||
			!pastParticiple(s.form(v)) || reportingVerbs[s.form(v)] {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[v].Head, "obl"
		if toks[n].Head < 0 {
			toks[n].Rel = "root" // "Over shells fired by Myanmar.": a headline's phrase
		}
		toks[v].Head, toks[v].Rel = n, "acl"
		s.rehangPunct(max(toks[n].Head, n), v, v)
	}
}

// repairMarkedSubjectAfterVerb mends "launched an offensive against Islamic
// State-linked insurgents": a phrase after its verb that opens with a case
// marker, read as the verb's subject, is no subject but a modifier of the
// verb's object before it, or else the verb's oblique; the marker hangs on
// the phrase's head.
func (s *sent) repairMarkedSubjectAfterVerb() {
	toks := s.tree.Tokens
	for n := range toks {
		v := toks[n].Head
		if toks[n].Rel != "nsubj" || v < 0 || v >= n || toks[v].UPOS != "VERB" {
			continue
		}
		first, _ := s.tree.Subtree(n)
		if first <= v || !s.rel(first, "case") || toks[first].UPOS != "ADP" {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obl"
		if o := s.child(v, "obj"); o >= 0 && o < first {
			toks[n].Head, toks[n].Rel = o, "nmod"
		}
		toks[first].Head = n
	}
}

// repairSinceAsAdverb mends "forces have since conducted operations": "since"
// between an auxiliary and its participle is an adverb, not the mark of a
// clause, and the noun phrase before is the verb's subject.
func (s *sent) repairSinceAsAdverb() {
	toks := s.tree.Tokens
	for i := 1; i+1 < len(toks); i++ {
		v, aux := i+1, i-1
		if s.form(i) != "since" || !s.rel(i, "mark") || toks[i].Head != v || toks[v].UPOS != "VERB" || s.form(aux) != "have" && s.form(aux) != "has" && s.form(aux) != "had" {
			continue
		}
		toks[i].Rel = "advmod"
		if toks[aux].Head != v {
			s.promote(v, aux, "aux")
		}
		if n := toks[v].Head; n >= 0 && n < aux && s.rel(v, "acl") && toks[n].Rel == "root" && isNominal(toks[n].UPOS) {
			s.promote(v, n, "nsubj")
		}
	}
}

// repairNamesAfterOpeningByPhrase mends "After talks brokered by Egypt, Israel
// and Hamas agreed to a truce": names listed after the comma that closes an
// opening by-phrase, read as more agents, are the subject of the verb right
// after them.
func (s *sent) repairNamesAfterOpeningByPhrase() {
	toks := s.tree.Tokens
	if toks[0].UPOS == "ADP" || toks[0].UPOS == "SCONJ" {
		for a := range toks {
			if toks[a].Rel != "obl:agent" {
				continue
			}
			var conjs []int
			for u := a + 1; u < len(toks); u++ {
				if toks[u].Head == a && toks[u].Rel == "conj" {
					conjs = append(conjs, u)
				}
			}
			if len(conjs) == 0 {
				continue
			}
			comma, _ := s.tree.Subtree(conjs[0])
			if toks[comma].Form != "," {
				comma-- // the parser hangs the comma on the agent or on the first name
			}
			_, last := s.tree.Subtree(conjs[len(conjs)-1])
			w := last + 1
			if comma < 1 || toks[comma].Form != "," || w >= len(toks) || toks[w].UPOS != "VERB" || s.ownSubj(w) >= 0 {
				continue
			}
			if v := toks[a].Head; s.dominates(v, w) {
				s.promote(w, v, "advcl") // "In talks mediated by Qatar, ... agreed": the participle's clause opens the sentence
			}
			toks[conjs[0]].Head, toks[conjs[0]].Rel = w, "nsubj"
			for _, u := range conjs[1:] {
				toks[u].Head = conjs[0]
			}
			toks[comma].Head = toks[a].Head
			break
		}
	}
}

// repairVerbAfterRelativeClause mends "Tren de Aragua, which the U.S.
// designated a terrorist group, denied it": the verb after the comma that
// closes a relative clause on the sentence's first noun, hung on the clause's
// verb with no "and", is the main verb of that noun.
func (s *sent) repairVerbAfterRelativeClause() {
	toks := s.tree.Tokens
	for w := 1; w < len(toks); w++ {
		v := toks[w].Head
		if toks[w].Rel != "conj" && toks[w].Rel != "advcl" || toks[w].UPOS != "VERB" || toks[w-1].Form != "," || v < 0 || toks[v].Rel != "acl:relcl" && toks[v].Rel != "acl" ||
			s.child(w, "cc") >= 0 || s.ownSubj(w) >= 0 || s.child(w, "mark") >= 0 || toks[v].Rel == "acl" && !s.relPronounChild(v) {
			continue
		}
		if n := toks[v].Head; n >= 0 && toks[n].Rel == "root" && isNominal(toks[n].UPOS) {
			s.promote(w, n, "nsubj")
		}
	}
}

// relPronounChild reports a clause at v that a relative pronoun opens:
// "which Egypt brokered".
func (s *sent) relPronounChild(v int) bool {
	for u := range s.tree.Tokens {
		if s.head(u) == v && s.relPronoun(u) {
			return true
		}
	}
	return false
}

// repairVocativeOfRelative mends "Russia, which invaded Ukraine in 2022,
// struck Kyiv": a name read as a vocative (or an oblique) of the relative
// clause's verb, with the main verb a conjunct of it (or a clause on a noun
// inside it: "Maduro, who has called the operation a cover for an
// intervention, accused Duque"), is the main verb's subject, the clause its
// relative.
func (s *sent) repairVocativeOfRelative() {
	toks := s.tree.Tokens
	for u := 0; u+2 < len(toks); u++ {
		v := toks[u].Head
		if r := toks[u].Rel; r != "vocative" && r != "obl" && r != "dep" || !isNominal(toks[u].UPOS) || toks[u+1].Form != "," || v <= u || toks[v].Rel != "root" {
			continue
		}
		if r := s.ownSubj(v); r < 0 || !s.relPronoun(r) && !s.whoseOn(r) && !s.whoseOn(v) && !s.whichReadAsDeterminer(r) {
			continue // "Pakistan, whose troops shelled ..., denied"
		}
		for w := v + 1; w < len(toks); w++ {
			comma := s.afterComma(w) // ", also denied", ", has in turn accused"
			onVerb := toks[w].Head == v && (toks[w].Rel == "conj" || toks[w].Rel == "advcl")
			onNoun := toks[w].Rel == "acl" && s.dominates(v, w) && !strings.HasSuffix(s.form(w), "ing")
			if !onVerb && !onNoun || toks[w].UPOS != "VERB" || !comma || s.child(w, "cc") >= 0 || s.ownSubj(w) >= 0 || s.child(w, "mark") >= 0 {
				continue
			}
			toks[w].Head, toks[w].Rel = -1, "root"
			toks[u].Head, toks[u].Rel = w, "nsubj"
			toks[v].Head, toks[v].Rel = u, "acl:relcl"
			for x := range toks {
				if toks[x].Head == v && x > w {
					toks[x].Head = w // the final stop
				}
			}
			break
		}
	}
}

// whichReadAsDeterminer reports a subject at r that the parse gave
// "which" as its determiner: "The Resistance Front, which Indian officials
// regard as ...": the object's relative pronoun, before the clause's subject.
func (s *sent) whichReadAsDeterminer(r int) bool {
	d := s.child(r, "det")
	return d >= 0 && (s.form(d) == "which" || s.form(d) == "whom")
}

// repairAfterAsPreposition mends "retaliation after South Korea and the United
// States began drills": "after" read as a preposition of the names that are
// the subject of the verb right after them marks that verb's clause.
func (s *sent) repairAfterAsPreposition() {
	toks := s.tree.Tokens
	for u := range toks {
		n := toks[u].Head
		if toks[u].Rel != "case" && toks[u].Rel != "advmod" || n <= u || !clauseMarks[s.form(u)] || !isNominal(toks[n].UPOS) && toks[n].UPOS != "NUM" { // ("after three of its officers were detained")
			continue
		}
		if w := s.verbOnAgent(n); w >= 0 {
			// "after shells fired by Myanmar's forces landed inside
			// Bangladesh": the verb hung on the participle's agent
			g := s.verbAbove(n, -1)
			if g < 0 || g > u {
				continue
			}
			toks[w].Head, toks[w].Rel = g, "advcl"
			toks[n].Head, toks[n].Rel = w, "nsubj"
			toks[u].Head, toks[u].Rel = w, "mark"
			continue
		}
		if p, w := s.verbAfterGerundPhrase(n); w >= 0 {
			// "after Russian missiles targeting western Ukraine entered its
			// airspace": the participle describes the noun, the clause's
			// verb comes after the participle's phrase
			g := s.verbAbove(n, -1)
			if g < 0 || g > u || s.dominates(w, g) {
				continue
			}
			for x := p + 1; x < w; x++ {
				if h := toks[x].Head; h >= p && h < w || toks[x].UPOS == "ADV" && h == w {
					continue
				}
				toks[x].Head, toks[x].Rel = p, "obl"
				if isNominal(toks[x].UPOS) && s.child(p, "obj") < 0 && s.child(x, "case") < 0 {
					toks[x].Rel = "obj" // ("targeting western Ukraine")
				}
			}
			toks[w].Head, toks[w].Rel = g, "advcl"
			toks[p].Head, toks[p].Rel = n, "acl"
			toks[n].Head, toks[n].Rel = w, "nsubj"
			toks[u].Head, toks[u].Rel = w, "mark"
			continue
		}
		_, last := s.tree.Subtree(n)
		v := last + 1
		for v+1 < len(toks) && (toks[v].UPOS == "ADV" || toks[v].UPOS == "AUX") && toks[v].Head > v {
			v++ // "after North Korean soldiers briefly crossed", "after Israeli jets had struck"
		}
		if v >= len(toks) || toks[v].UPOS != "VERB" || s.dominates(n, v) || strings.HasSuffix(s.form(v), "ing") {
			continue
		}
		if sb := s.ownSubj(v); sb >= 0 && sb < u && s.spanOfTime(sb) && toks[v].Head >= 0 {
			// "agreed a ceasefire, a week after 34 soldiers were killed":
			// the span before "after" says when the main clause came, and
			// the noun after it is the subject of the clause "after" opens
			g := toks[v].Head
			toks[sb].Head, toks[sb].Rel = g, "obl:tmod"
			toks[n].Head, toks[n].Rel = v, "nsubj"
			if s.child(v, "aux:pass") >= 0 {
				toks[n].Rel = "nsubj:pass"
			}
			toks[u].Head, toks[u].Rel = v, "mark"
			toks[v].Rel = "advcl"
			continue
		}
		if sb := s.ownSubj(v); sb >= 0 && sb != n {
			// "were among nine people killed when drones hit a village":
			// the noun the participle before "when" describes was read as
			// the later verb's subject; it heads its own clause, and the
			// "when" clause is the participle's
			g := toks[n].Head
			if sb > u || !s.rel(n, "obj") || g < 0 || toks[g].UPOS != "VERB" || !s.dominates(sb, g) {
				continue
			}
			toks[sb].Head, toks[sb].Rel = toks[v].Head, toks[v].Rel
			toks[v].Head, toks[v].Rel = g, "advcl"
			toks[n].Head, toks[n].Rel = v, "nsubj"
			toks[u].Head, toks[u].Rel = v, "mark"
			continue
		}
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[u].Head, toks[u].Rel = v, "mark"
		if toks[v].Rel == "conj" {
			toks[v].Rel = "advcl" // a clause opened by "after" is no conjunct: "to protest ..., after jets struck"
		}
	}
}

// spanOfTime reports a noun that measures time: "a week", "two days".
func (s *sent) spanOfTime(n int) bool {
	_, unit := unitDays[s.form(n)]
	return unit
}

// repairOpeningPhraseReadAsClause mends "After hours of talks in Ankara on
// Wednesday, the two presidents signed a declaration": an opening "after"
// phrase read as a clause whose subject is its noun, the verb after the
// comma taken as that clause's, is a phrase of time; what stands between
// the comma and the verb is the verb's subject.
func (s *sent) repairOpeningPhraseReadAsClause() {
	toks := s.tree.Tokens
	u := 0
	if len(toks) < 6 || !clauseMarks[s.form(u)] || toks[u].Rel != "mark" {
		return
	}
	v := toks[u].Head
	n := s.ownSubj(v)
	if v < 0 || toks[v].UPOS != "VERB" || n < 0 || !isNominal(toks[n].UPOS) {
		return
	}
	comma := -1
	for k := n + 1; k < v; k++ {
		if toks[k].Form == "," {
			comma = k
			break
		}
		if toks[k].UPOS == "VERB" && toks[k].Rel != "amod" {
			return // "after Iran struck Pakistan, ...": a clause indeed
		}
	}
	if comma < 0 || comma+1 >= v {
		return
	}
	subj := -1
	for k := comma + 1; k < v && subj < 0; k++ {
		if h := toks[k].Head; (h <= comma || h >= v) && isNominal(toks[k].UPOS) {
			subj = k
		}
	}
	if subj < 0 {
		return
	}
	s.gatherPhrase(comma+1, v, subj) // the rest of the subject's phrase hangs on it
	toks[u].Head, toks[u].Rel = n, "case"
	toks[n].Head, toks[n].Rel = v, "obl"
	toks[subj].Head, toks[subj].Rel = v, "nsubj"
	toks[comma].Head = n
}

// repairCalledOnReadAsClause mends "called on Turkey to halt the
// operation": "on" read as the mark of the infinitive, whose subject is
// then the party called on, is the party's case; the infinitive is what
// the call asks of it, not done.
func (s *sent) repairCalledOnReadAsClause() {
	toks := s.tree.Tokens
	for u := 1; u+2 < len(toks); u++ {
		v, c := toks[u].Head, u-1
		if s.form(u) != "on" || toks[u].Rel != "mark" || v <= u || s.lemma(c) != "call" {
			continue
		}
		n := s.ownSubj(v)
		if n <= u || n >= v || toks[v-1].Form != "to" || toks[v-1].Head != v {
			continue
		}
		toks[u].Head, toks[u].Rel = n, "case"
		toks[n].Head, toks[n].Rel = c, "obl"
		toks[v].Head, toks[v].Rel = c, "xcomp"
	}
}

// repairAbsoluteWith mends "with 20 of them crossing the median line": the
// noun of an absolute "with" phrase, read as the participle's oblique, is
// its subject.
func (s *sent) repairAbsoluteWith() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 {
			continue
		}
		for n := v - 1; n >= 0 && n >= v-6; n-- {
			if h := toks[n].Head; (h == v || h == toks[v].Head) && syntaxObl(toks[n].Rel) && s.caseOf(n) == "with" {
				if _, last := s.tree.Subtree(n); last == v-1 {
					toks[n].Head, toks[n].Rel = v, "nsubj" // (or hung on the participle's head)
				}
				break
			}
		}
	}
}

// repairGerundSubjectInPhrase mends "against the backdrop of Iran carrying
// out strikes", "reports of Iran launching missiles": a gerund whose
// subject ends a prepositional phrase right before it, read as the
// phrase's noun (or as a compound of the gerund), while the gerund hangs
// elsewhere. The noun is the gerund's subject and the preposition marks
// the gerund's clause.
func (s *sent) repairGerundSubjectInPhrase() {
	toks := s.tree.Tokens
	for v := 1; v < len(toks); v++ {
		n := v - 1
		if toks[v].UPOS != "VERB" || !isNominal(toks[n].UPOS) || !strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 || s.child(v, "obj") < v {
			continue
		}
		if toks[n].Head == v && toks[n].Rel == "compound" {
			toks[n].Rel = "nsubj" // "Iran launching": a subject, never a verb's compound
			if c := s.child(v, "case"); c == n-1 && c > 0 && toks[v].Rel == "nmod" && isNominal(toks[c-1].UPOS) && !s.dominates(v, c-1) {
				// "reports of Iran launching missiles": the clause describes the noun
				toks[v].Head, toks[v].Rel = c-1, "acl"
				toks[c].Rel = "mark"
			}
			continue
		}
		c := s.child(n, "case")
		if c < 0 || toks[n].Head == v || toks[v].Head == n || !(toks[n].Rel == "nmod" || syntaxObl(toks[n].Rel)) {
			continue
		}
		if p := toks[n].Head; !gerundClauseCases[s.form(c)] && !(s.form(c) == "of" && (claimNouns[s.form(p)] || situationNouns[s.form(p)])) {
			continue // "the head of the Council, condemning", "strikes in Iraq targeting": the verb is another's
		}
		if first, last := s.tree.Subtree(n); first != c || last != n {
			continue
		}
		p := toks[n].Head
		if s.dominates(v, p) {
			continue // (a head under the gerund would make a cycle)
		}
		toks[v].Head, toks[v].Rel = p, "acl"
		if toks[p].UPOS == "VERB" {
			toks[v].Rel = "advcl"
		}
		toks[c].Head, toks[c].Rel = v, "mark"
		toks[n].Head, toks[n].Rel = v, "nsubj"
	}
}

// repairParticipleOnObject mends "denied the claim, accusing Peru of ...": a
// participle after a comma that the parser hung on the object describes the
// object's verb, and takes its subject.
func (s *sent) repairParticipleOnObject() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		p := toks[u].Head
		if toks[u].Rel != "acl" || toks[u-1].Form != "," || p < 0 || !strings.HasSuffix(s.form(u), "ing") || s.ownSubj(u) >= 0 {
			continue
		}
		if v := toks[p].Head; toks[p].Rel == "obj" && v >= 0 && toks[v].UPOS == "VERB" {
			toks[u].Head, toks[u].Rel = v, "advcl"
		}
	}
}

// repairJoinedClauseReadAsRelative mends "vowed to retake the city, and
// Russian warplanes struck HTS positions": a clause after ", and" read as a
// noun joined to the object before it, its verb as a participle on that
// noun. A participle on a noun takes no object of its own ("missiles fired
// at Israel"); one that does is the verb of a joined clause, and the noun
// is its subject.
func (s *sent) repairJoinedClauseReadAsRelative() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || n < 0 || n > v || strings.HasPrefix(toks[n].Rel, "nsubj") || !isNominal(toks[n].UPOS) ||
			strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 || s.child(v, "obj") < v || s.child(v, "aux:pass") >= 0 {
			continue
		}
		cc := s.child(n, "cc")
		if cc < 0 || cc > n || cc == 0 || toks[cc-1].Form != "," {
			continue
		}
		w := s.verbAbove(n, -1)
		if w < 0 || w > n {
			continue
		}
		toks[v].Head, toks[v].Rel = w, "conj"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[cc].Head, toks[cc-1].Head = v, v
	}
}

// repairParticipleAfterNoun mends "violations of its airspace by Russian
// drones targeting Ukraine": a participle right after a noun describes that
// noun.
func (s *sent) repairParticipleAfterNoun() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		if toks[u].Rel == "acl" && toks[u].Head < u-1 && toks[u].Head >= 0 && isNominal(toks[u-1].UPOS) && strings.HasSuffix(s.form(u), "ing") && s.dominates(toks[u].Head, u-1) && !s.dominates(u, u-1) {
			toks[u].Head = u - 1
		}
	}
}

// repairMotionParticipleReadAsNoun mends "seized a tanker sailing from
// Dubai": a participle of motion read as a noun with the vessel as its
// compound is the vessel's participle, and the places after it are the
// participle's.
func (s *sent) repairMotionParticipleReadAsNoun() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		n := u - 1
		if !motionParticiples[s.form(u)] || toks[n].Head != u || toks[n].Rel != "compound" {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[u].Head, toks[u].Rel
		toks[u].Head, toks[u].Rel, toks[u].UPOS = n, "acl", "VERB"
		for j := range toks {
			switch {
			case toks[j].Head == u && j < n:
				toks[j].Head = n // the vessel's determiner and modifiers
			case toks[j].Head == u && toks[j].Rel == "nmod":
				toks[j].Rel = "obl"
			}
		}
	}
}

// repairHeadlinePassive mends "Hamas deputy leader killed in Beirut
// blast", "Kenyan base near Lamu attacked by al Shabaab": a past form of
// harm, or a verb with a by-agent, with a subject, no auxiliary and no
// object, followed by a preposition or nothing, is a passive with its "be"
// dropped, and its subject the victim.
func (s *sent) repairHeadlinePassive() {
	toks := s.tree.Tokens
	for v := range toks {
		if !victimParticiples[s.form(v)] && (s.agentTok(v) < 0 || toks[v].UPOS != "VERB") || s.child(v, "obj") >= 0 || s.child(v, "obl:unmarked") >= 0 || s.child(v, "aux") >= 0 || s.child(v, "aux:pass") >= 0 {
			continue
		}
		if v+1 < len(toks) && (toks[v+1].UPOS != "ADP" && toks[v+1].UPOS != "PUNCT" || v+2 < len(toks) && s.form(v+2) == "least") {
			continue // "killed at least one person": an object the parser missed
		}
		if n := s.child(v, "nsubj"); n >= 0 && n < v && !attackNouns[s.form(n)] {
			toks[n].Rel = "nsubj:pass"
		}
	}
}

// repairUnknownAgentAsAdverb mends "Whoever carried out the attack will
// pay": a free relative pronoun read as an adverb of the verb after it is
// that verb's subject.
func (s *sent) repairUnknownAgentAsAdverb() {
	toks := s.tree.Tokens
	for w := 0; w+1 < len(toks); w++ {
		if unknownAgents[s.form(w)] && toks[w].Head == w+1 && toks[w].Rel == "advmod" && toks[w+1].UPOS == "VERB" && s.ownSubj(w+1) < 0 {
			toks[w].Rel, toks[w].UPOS = "nsubj", "PRON"
		}
	}
}

// repairCommaParticipleAsModifier mends "he had written to his Thai
// counterpart, proposing bilateral talks": a participle after a comma,
// tagged a verb but read as a modifier of the noun after it, is a clause
// whose object that noun is.
func (s *sent) repairCommaParticipleAsModifier() {
	toks := s.tree.Tokens
	for u := 1; u+1 < len(toks); u++ {
		n := toks[u].Head
		if toks[u].UPOS != "VERB" || toks[u].Rel != "amod" || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") || n <= u || toks[n].Head < 0 ||
			s.dominates(u-1, n) {
			continue // (a noun hung under the comma would take the comma as its head's head, and the comma it: a cycle)
		}
		s.promote(u, n, "obj")
		toks[u].Rel = "advcl"
		toks[u-1].Head = u
		for j := u + 1; j < n; j++ {
			if toks[j].Head == u {
				toks[j].Head = n // the noun's own modifiers: "bilateral"
			}
		}
	}
}

// repairCommaParticipleInSubordinate mends "suspended imports after the
// release began, accusing Tokyo of ...": a participle after a comma, read
// as the complement of the verb of a clause marked "after", "when" or the
// like, is the main verb's: a verb takes no complement across a comma.
func (s *sent) repairCommaParticipleInSubordinate() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		v := toks[u].Head
		if toks[u].UPOS != "VERB" || toks[u].Rel != "xcomp" || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") || v < 0 || v > u || toks[v].Head < 0 {
			continue
		}
		// "after the release began", or "after the release [of ...] began"
		// read as a clause on the noun "release"
		n := toks[v].Head
		if !(s.rel(v, "advcl") && subordinators[s.markOf(v)] || s.rel(v, "acl") && subordinators[s.caseOf(n)]) {
			continue
		}
		main := n
		for main >= 0 && (toks[main].UPOS != "VERB" || s.child(main, "nsubj") < 0) {
			main = toks[main].Head
		}
		if main >= 0 {
			toks[u].Head, toks[u].Rel = main, "advcl"
		}
	}
}

// subordinators mark an adverbial clause of time or cause.
var subordinators = set("after", "before", "when", "while", "as", "since", "because", "once", "until")

// repairOwnerWordOffForce mends "is fighting forces loyal to the TPLF": a
// word saying whose a force is, right after the force and hung elsewhere,
// describes the force.
func (s *sent) repairOwnerWordOffForce() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		if n := u - 1; ownerWords[s.form(u)] && ownableForce(s.form(n)) && toks[u].Head != n && toks[n].Head != u && !s.dominates(u, n) {
			toks[u].Head, toks[u].Rel = n, "amod"
			if toks[u].UPOS == "VERB" {
				toks[u].Rel = "acl"
			}
		}
	}
}

// repairStrandedAgent mends "had been violated more than 50 times this
// year, largely by French forces": a "by" read as an adverb with the noun
// after it as its object is that noun's case, and the noun is the agent of
// the passive verb before it.
func (s *sent) repairStrandedAgent() {
	toks := s.tree.Tokens
	for b := 1; b+1 < len(toks); b++ {
		if s.form(b) != "by" || toks[b].Rel == "case" {
			continue
		}
		n := s.child(b, "obj")
		if n < 0 {
			continue
		}
		v := b - 1
		for v >= 0 && !(toks[v].UPOS == "VERB" && s.child(v, "aux:pass") >= 0) {
			v--
		}
		if v < 0 || b-v > 10 {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obl:agent"
		toks[b].Head, toks[b].Rel, toks[b].UPOS = n, "case", "ADP"
	}
}

// repairParticipleTakingClaim mends "..., an allegation that Beijing denied,
// saying Manila was to blame": a participle after a comma that took as subject
// the noun the relative clause before the comma describes belongs to that
// clause's verb, and the noun stands beside the sentence.
func (s *sent) repairParticipleTakingClaim() {
	toks := s.tree.Tokens
	for u := 2; u < len(toks); u++ {
		if toks[u].UPOS != "VERB" || !strings.HasSuffix(s.form(u), "ing") || toks[u-1].Form != "," {
			continue
		}
		n := s.child(u, "nsubj") // the noun read as the participle's subject, or as what it describes
		if n < 0 && toks[u].Rel == "acl" {
			n = toks[u].Head
		}
		v := u - 2
		if n < 0 || toks[v].Head != n || (toks[v].Rel != "acl" && toks[v].Rel != "acl:relcl") || toks[v].UPOS != "VERB" || s.ownSubj(v) < 0 {
			continue
		}
		if toks[n].Head == u {
			toks[n].Head, toks[n].Rel = toks[u].Head, "appos"
		}
		toks[u].Head, toks[u].Rel = v, "advcl"
		toks[u-1].Head = u
	}
}

// repairBareRelativeReadAsApposition mends "a charge Caracas rejected,
// accusing Bogota of ...": a relative clause with no "that" whose subject
// the parser read as an apposition of the noun, and its verb as a
// participle on the noun. The name is the verb's subject, and a participle
// right after the clause's comma is that subject's too.
func (s *sent) repairBareRelativeReadAsApposition() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") {
			continue
		}
		a := v - 1
		for a > 0 && (toks[a].Rel == "flat" || toks[a].Rel == "compound") && toks[a].Head < v {
			a = toks[a].Head // the name's head: "Caracas", "the Kremlin"
		}
		n := toks[a].Head
		if a < 1 || toks[a].Rel != "appos" || toks[a].UPOS != "PROPN" || n < 0 || n >= a || !claimNouns[s.form(n)] && !attackNouns[s.form(n)] {
			continue // (the nouns such a clause is told of: a charge, an attack)
		}
		switch {
		case toks[v].Rel == "acl" && toks[v].Head == n && s.ownSubj(v) < 0:
			// "a charge [Caracas] rejected", the verb read as a participle on the noun
		case toks[n].Head == v && toks[n].Rel == "nsubj":
			// "a charge [Baku] rejected", the noun read as the verb's subject
			toks[n].Head, toks[n].Rel = toks[v].Head, "appos"
			toks[v].Head = n
		default:
			continue
		}
		toks[a].Head, toks[a].Rel = v, "nsubj"
		toks[v].Rel = "acl:relcl"
		if u := v + 2; u < len(toks) && toks[v+1].Form == "," && toks[u].UPOS == "VERB" && strings.HasSuffix(s.form(u), "ing") && s.ownSubj(u) < 0 {
			toks[u].Head, toks[u].Rel = v, "advcl"
			toks[v+1].Head = u
		}
	}
}

// repairBareRelativeReadAsAdverbial mends "called off the ceasefire it had
// agreed with the government": a clause with no "that" right after a noun,
// whose pronoun subject opens it and whose verb lacks its object, read as
// an adverbial clause of the verb before, is a relative clause on the noun
// (a deal, a claim or an act). A particle read as the noun's preposition
// ("called off the ceasefire") is the verb's, and the noun its object.
func (s *sent) repairBareRelativeReadAsAdverbial() {
	toks := s.tree.Tokens
	for v := 3; v < len(toks); v++ {
		sb := s.ownSubj(v)
		if toks[v].UPOS != "VERB" || toks[v].Rel != "advcl" && toks[v].Rel != "ccomp" || sb < 2 || toks[sb].UPOS != "PRON" || s.child(v, "mark") >= 0 || s.child(v, "obj") >= 0 {
			continue
		}
		n, g := sb-1, toks[v].Head
		if toks[n].UPOS != "NOUN" || toks[n].Head != g || g < 0 || g > n || !relativeTopicNouns[s.form(n)] {
			continue
		}
		for c := v + 1; c < len(toks); c++ {
			if toks[c].Head == v && toks[c].Rel == "conj" {
				toks[c].Head = g // "... it had agreed with the government and ordered its fighters to ...": the main verb's conjunct
			}
		}
		toks[v].Head, toks[v].Rel = n, "acl:relcl"
		if c := s.child(n, "case"); c == g+1 && (s.form(c) == "off" || s.form(c) == "out") && toks[n].Rel == "obl" && s.child(g, "obj") < 0 {
			toks[c].Head, toks[c].Rel = g, "compound:prt"
			toks[n].Rel = "obj"
		}
	}
}

// repairAdditiveNot mends "is not only false": the "not" of "not only"
// modifies "only", and negates nothing the predicate says.
func (s *sent) repairAdditiveNot() {
	toks := s.tree.Tokens
	for t := 0; t+1 < len(toks); t++ {
		if s.form(t) == "not" && additiveWords[s.form(t+1)] && toks[t+1].Head != t {
			toks[t].Head, toks[t].Rel = t+1, "advmod"
		}
	}
}

// relativeTopicNouns are what a bare relative clause is often told of: a
// deal, a claim, an attack.
var relativeTopicNouns = set("ceasefire", "ceasefires", "truce", "truces", "deal", "deals", "agreement", "agreements", "accord", "pact", "treaty",
	"claim", "claims", "charge", "charges", "accusation", "accusations", "attack", "attacks", "strike", "strikes")

// repairPastFormAfterTo mends "sanctuary to banned terror organizations": a
// past form after "to", read as an infinitive taking the noun after it,
// describes that noun, and "to" marks the noun.
func (s *sent) repairPastFormAfterTo() {
	toks := s.tree.Tokens
	for v := 1; v < len(toks); v++ {
		w := s.form(v)
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(w, "ed") || w == s.lemma(v) || toks[v-1].Head != v || toks[v-1].Rel != "mark" || s.form(v-1) != "to" {
			continue
		}
		n := s.child(v, "obj")
		if n <= v {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[v].Head, "obl"
		toks[v-1].Head, toks[v-1].Rel = n, "case"
		toks[v].Head, toks[v].Rel = n, "amod"
	}
}

// repairPrepositionRelative mends "eight days of fighting in which Israeli
// air strikes killed 160 Palestinians" read with "killed" as the main
// clause's: the verb after "in which" and its subject is a relative clause
// on the word before the preposition.
func (s *sent) repairPrepositionRelative() {
	toks := s.tree.Tokens
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].UPOS != "ADP" || s.form(i+1) != "which" && s.form(i+1) != "whom" {
			continue
		}
		v, subj := -1, -1
		for j := i + 2; j < len(toks) && j <= i+6; j++ {
			if toks[j].UPOS == "VERB" {
				v = j
				break
			}
			if toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN" {
				subj = j
			}
		}
		if v < 0 || subj < 0 || toks[v].Rel == "acl:relcl" || s.ownSubj(v) >= 0 && s.ownSubj(v) > i ||
			s.dominates(v, i-1) || s.dominates(subj, i-1) || s.dominates(i+1, i-1) || s.dominates(i, i-1) {
			continue // (the word before must stay outside the clause: a tree has no cycle)
		}
		toks[v].Head, toks[v].Rel = i-1, "acl:relcl"
		toks[subj].Head, toks[subj].Rel = v, "nsubj"
		toks[i+1].Head, toks[i+1].Rel = v, "obl"
		toks[i].Head, toks[i].Rel = i+1, "case"
	}
}

// repairGerundAfterTo mends "committed to normalising relations": a
// gerund after "to", read as describing the noun after it, is the verb's
// controlled clause, and the noun its object.
func (s *sent) repairGerundAfterTo() {
	toks := s.tree.Tokens
	for v := 1; v+1 < len(toks); v++ {
		n := toks[v].Head
		if toks[v].Rel != "amod" || n != v+1 || !strings.HasSuffix(s.form(v), "ing") || s.form(v-1) != "to" || toks[v-1].Head != n || toks[n].Rel != "obl" {
			continue
		}
		h := toks[n].Head
		if h < 0 || toks[h].UPOS != "VERB" {
			continue
		}
		toks[v].Head, toks[v].Rel = h, "xcomp"
		toks[v-1].Head, toks[v-1].Rel = v, "mark"
		toks[n].Head, toks[n].Rel = v, "obj"
	}
}

// repairAgentOnCount mends "had been violated 50 times by French forces"
// and "were fired at Riyadh by the Houthis": a by-phrase hung on the count,
// the time or another oblique of a passive verb with no agent is the verb's
// agent.
func (s *sent) repairAgentOnCount() {
	toks := s.tree.Tokens
	for u := range toks {
		n := toks[u].Head
		if toks[u].Rel != "nmod" || n < 0 || s.caseOf(u) != "by" || toks[n].Rel != "obl:unmarked" && toks[n].Rel != "obl:tmod" && toks[n].Rel != "obl:npmod" && (toks[n].Rel != "obl" || eventNouns[s.form(n)] || attackNouns[s.form(n)]) {
			continue // ("killed in an attack by PKK militants": the act's own author)
		}
		if v := toks[n].Head; v >= 0 && s.child(v, "aux:pass") >= 0 && s.child(v, "obl:agent") < 0 {
			toks[u].Head, toks[u].Rel = v, "obl:agent"
		}
	}
}

// repairNamesBeforeSubjectlessVerb mends "..., and Mali, Burkina Faso and
// Niger recalled their envoys": the names before a verb with no subject, after
// the comma and "and" that join the clauses, are its subject.
func (s *sent) repairNamesBeforeSubjectlessVerb() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" || s.ownSubj(v) >= 0 || v < 3 || toks[v-1].UPOS != "PROPN" {
			continue
		}
		j := v - 1
		for j > 0 && (toks[j].UPOS == "PROPN" || toks[j].Form == "," || toks[j].UPOS == "CCONJ" && toks[j-1].Form != ",") {
			j--
		}
		if j+1 >= v || toks[j].UPOS != "CCONJ" || toks[j-1].Form != "," || toks[j+1].UPOS != "PROPN" {
			continue
		}
		f := j + 1
		for f+1 < v && toks[f].Rel == "compound" && toks[f].Head > f {
			f = toks[f].Head // "Burkina Faso": the name's head
		}
		for u := f + 1; u < v; u++ {
			if toks[u].UPOS == "PROPN" && toks[u].Rel == "conj" {
				toks[u].Head = f
			}
		}
		if !s.dominates(f, v) {
			toks[f].Head, toks[f].Rel = v, "nsubj"
		}
	}
}

// repairWhichClauseOnNoun mends "a rebuke from Pakistan, which recalled its
// envoy": a clause whose subject is "which" or "who" describes the noun before
// it.
func (s *sent) repairWhichClauseOnNoun() {
	toks := s.tree.Tokens
	for w := 1; w < len(toks); w++ {
		v := toks[w].Head
		if toks[w].Rel != "nsubj" || v < 0 || toks[v].Rel == "acl:relcl" || !s.relPronoun(w) {
			continue
		}
		a := w - 1
		for a > 0 && toks[a].UPOS == "PUNCT" {
			a--
		}
		if !isNominal(toks[a].UPOS) {
			continue
		}
		if !s.dominates(v, a) {
			toks[v].Head, toks[v].Rel = a, "acl:relcl"
			continue
		}
		// "Somali forces, which are fighting al-Shabaab, were ambushed",
		// read with the noun an oblique of the clause and the clause an
		// adverbial of the main verb: the noun is that verb's subject
		if p := toks[v].Head; toks[a].Head == v && p >= 0 && toks[v].Rel == "advcl" && s.ownSubj(p) < 0 {
			rel := "nsubj"
			if s.child(p, "aux:pass") >= 0 {
				rel = "nsubj:pass"
			}
			toks[a].Head, toks[a].Rel = p, rel
			toks[v].Head, toks[v].Rel = a, "acl:relcl"
		}
	}
}

// outcomeLemmas name what an act did: "..., killing a Hamas official".
var outcomeLemmas = verbClass("kill", "wound", "injure", "destroy", "damage")

// repairSpeakersOwnVerb mends "X said Baghdad had not asked ..., dismissing
// a report", "Kabul denied harbouring militants, dismissing ...", "said
// Ukrainian strikes had cut its fuel supply, calling them illegal" and
// "said the bombing had killed 46 people, condemned it as a violation and
// vowed to respond": a comma participle, or a judgement or vow with no
// subject of its own, after a reported clause or a denied act, read as a
// clause on what is reported, is the speaker's. A participle of the act's
// outcome stays the act's: "said a drone struck an office, killing two".
func (s *sent) repairSpeakersOwnVerb() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		ing := strings.HasSuffix(s.form(u), "ing")
		// "denied that the pact was aimed at anyone and accused Australia":
		// a charge joined by "and" to what a party denies is the denier's
		andJoined := !ing && toks[u].Rel == "conj" && toks[u-1].Form == "and"
		if ing && (toks[u].Rel != "advcl" || toks[u-1].Form != "," || outcomeLemmas[s.lemma(u)]) ||
			!ing && (toks[u].UPOS != "VERB" || toks[u].Rel != "conj" && toks[u].Rel != "advcl" || !speakerStances[s.lemma(u)] || !s.afterComma(u) && !andJoined) ||
			s.ownSubj(u) >= 0 {
			continue
		}
		for p, steps := toks[u].Head, 0; p >= 0 && toks[p].Head >= 0 && steps <= len(toks); p, steps = toks[p].Head, steps+1 {
			g := s.lemma(toks[p].Head)
			if (toks[p].Rel == "ccomp" && (reportingLemmas[g] && !andJoined || denyLemmas[g]) || toks[p].Rel == "xcomp" && negGovernors[g]) && toks[p].Head < p {
				toks[u].Head = toks[p].Head
				if !ing {
					toks[u].Rel = "conj" // "..., condemned it": the speaker's second act
				}
				break
			}
			if r := toks[p].Rel; r != "xcomp" && r != "conj" && r != "advcl" {
				break
			}
		}
	}
}

// repairConjunctionAsPreposition mends "shut its crossings as Belarus massed
// troops": a conjunction the parser read as a preposition of the name after
// it, and the verb after the name hung elsewhere, is a clause with that
// subject.
func (s *sent) repairConjunctionAsPreposition() {
	toks := s.tree.Tokens
	for c := range toks {
		h := toks[c].Head
		if toks[c].Rel != "case" || !clauseMarks[s.form(c)] || h <= c || !isNominal(toks[h].UPOS) || h+1 >= len(toks) {
			continue
		}
		modifiers := true // "after Russian drones violated": only the noun's own words between
		for u := c + 1; u < h; u++ {
			modifiers = modifiers && toks[u].Head == h
		}
		if !modifiers {
			continue
		}
		v := h + 1
		if toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 || toks[h].Head < 0 || toks[h].Head == v ||
			toks[v].Head == h && s.child(v, "obl:agent") >= 0 {
			continue // "condemned it as a crime committed by Israel": a participle with its agent describes the noun
		}
		toks[v].Head, toks[v].Rel = toks[h].Head, "advcl"
		for toks[v].Head >= 0 && toks[toks[v].Head].UPOS != "VERB" && toks[toks[v].Head].Head >= 0 {
			toks[v].Head = toks[toks[v].Head].Head // the clause hangs on a verb
		}
		toks[h].Head, toks[h].Rel = v, "nsubj"
		toks[c].Head, toks[c].Rel = v, "mark"
	}
}

// repairNameRootWithApposition mends "Kataib Hezbollah, an Iranian proxy
// group, claims to have attacked": a name read as the root, with a verb after
// its apposition made a relative clause whose subject is the apposition, is
// the verb's subject, and the apposition describes it.
func (s *sent) repairNameRootWithApposition(root int) int {
	toks := s.tree.Tokens
	if r := root; r >= 0 && toks[r].UPOS == "PROPN" {
		for v := r + 1; v < len(toks); v++ {
			n := s.child(v, "nsubj")
			if toks[v].Head != r || toks[v].Rel != "acl:relcl" || n < 0 || n <= r || toks[v-1].Form != "," {
				continue
			}
			first, _ := s.tree.Subtree(n)
			if first < 1 || toks[first-1].Form != "," {
				continue
			}
			toks[v].Head, toks[v].Rel, toks[v].UPOS = -1, "root", "VERB"
			toks[r].Head, toks[r].Rel = v, "nsubj"
			toks[n].Head, toks[n].Rel = r, "appos"
			root = v
			for u := v + 1; u < len(toks); u++ {
				if toks[u].Head == r && toks[u].UPOS == "PUNCT" {
					toks[u].Head = v
				}
				if toks[u].Head == v && toks[u].Rel == "acl" {
					toks[u].Rel = "xcomp" // "claims to have attacked"
				}
			}
			break
		}
	}
	return root
}

// repairForceAppositionRoot mends "Al-Shabaab fighters attacked security
// forces": a name read as the root, the noun of its men or arms right
// after it read as its apposition, and the verb after the noun as a clause
// on it: the verb is the root, the noun its subject, the name its modifier.
func (s *sent) repairForceAppositionRoot(root int) int {
	toks := s.tree.Tokens
	if root < 0 || toks[root].UPOS != "PROPN" {
		return root
	}
	_, last := s.tree.Subtree(root)
	for n := root + 1; n < len(toks); n++ {
		if toks[n].Head != root || toks[n].Rel != "appos" || toks[n-1].UPOS == "PUNCT" && toks[n-1].Form == "," || !forceNouns[s.form(n)] && !memberNouns[s.form(n)] {
			continue
		}
		v := n + 1
		if v >= len(toks) || toks[v].Head != n || toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || !pastForm(s.form(v)) || last < v {
			return root
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[root].Head, toks[root].Rel = n, "compound"
		for u := range toks {
			if toks[u].Head == root && toks[u].UPOS == "PUNCT" && u > v {
				toks[u].Head = v
			}
		}
		return v
	}
	return root
}

// repairPluralNounRootAfterName mends "Kataib Hezbollah claims to have
// attacked": a plural noun read as the root right after a name, with no
// article, and taking a clause, is the name's verb.
func (s *sent) repairPluralNounRootAfterName(root int) {
	toks := s.tree.Tokens
	if r := root; r > 0 && toks[r].UPOS == "NOUN" && strings.HasSuffix(s.form(r), "s") && toks[r-1].UPOS == "PROPN" && toks[r-1].Head == r &&
		s.child(r, "det") < 0 && s.child(r, "nmod:poss") < 0 && s.child(r, "acl") > r {
		n := r - 1
		for u := 0; u < n; u++ {
			if toks[u].Head == r {
				toks[u].Head, toks[u].Rel = n, "compound"
			}
		}
		toks[n].Head, toks[n].Rel = r, "nsubj"
		toks[r].UPOS = "VERB"
		for u := r + 1; u < len(toks); u++ {
			if toks[u].Head == r && toks[u].Rel == "acl" {
				toks[u].Rel = "xcomp"
				if s.markOf(u) != "to" {
					toks[u].Rel = "ccomp"
				}
			}
		}
	}
}

// repairDemonymListRoot mends "French, British and US forces launched
// strikes": a list of demonyms read as the root, with the noun they modify
// as its last conjunct and the verb after the noun as the noun's clause, is
// the noun's modifier; the verb is the root and the noun its subject.
func (s *sent) repairDemonymListRoot(root int) int {
	toks := s.tree.Tokens
	r := root
	if r < 0 || toks[r].UPOS != "ADJ" || s.itemOfTok(r) < 0 || s.items[s.itemOfTok(r)].kind != actorItem {
		return root
	}
	n := -1
	for c := r + 1; c < len(toks); c++ {
		if toks[c].Head == r && toks[c].Rel == "conj" && toks[c].UPOS == "NOUN" {
			n = c
		}
	}
	if v := n + 1; n < 0 || v >= len(toks) || toks[v].Head != n || toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || strings.HasSuffix(s.form(v), "ing") {
		return root
	}
	v := n + 1
	for c := range toks {
		if toks[c].Head == r && c > n {
			toks[c].Head = v // the final stop
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[n].Head, toks[n].Rel = v, "nsubj"
	toks[r].Head, toks[r].Rel = n, "amod"
	return v
}

// repairNounPhraseRootWithParticiple mends "Dozens of Chinese fishing boats
// escorted by coast guard vessels entered Indonesia's zone": a noun phrase
// read as the root, the verb hung on the participle that describes it: the
// verb is the root and the phrase its subject.
func (s *sent) repairNounPhraseRootWithParticiple(root int) int {
	toks := s.tree.Tokens
	if r := root; r >= 0 && isNominal(toks[r].UPOS) {
		for p := r + 1; p < len(toks); p++ {
			if toks[p].Rel != "acl" || toks[p].UPOS != "VERB" || !s.dominates(r, p) {
				continue
			}
			if w := s.verbOnAgent(toks[p].Head); w >= 0 && s.dominates(r, w) {
				s.promote(w, r, "nsubj")
				root = w
			}
			break
		}
	}
	return root
}

// repairActRootWithVerbOnItsPhrase mends "An Israeli strike on Beirut's
// southern suburbs on Tuesday evening killed Fuad Shukr": an act noun read
// as the root, the finite verb after its phrase hung on a noun inside it as
// a clause. A past form with an object of its own is no reduced relative
// ("the man killed in the strike"): it is the root, the act its subject.
func (s *sent) repairActRootWithVerbOnItsPhrase(root int) int {
	toks := s.tree.Tokens
	if root < 0 || toks[root].UPOS != "NOUN" || !eventNouns[s.form(root)] {
		return root
	}
	for v := root + 1; v < len(toks); v++ {
		if toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || toks[v].Head == root || !s.dominates(root, v) {
			continue
		}
		if pastForm(s.form(v)) && s.child(v, "obj") >= 0 && s.ownSubj(v) < 0 && s.child(v, "aux:pass") < 0 {
			s.promote(v, root, "nsubj")
			return v
		}
		break
	}
	return root
}

// repairVerbJoinedToRootParticiple mends "Bombings claimed by Islamic
// State outside Kabul airport killed 13 US troops": a noun root whose
// participle has a by-agent and, with no "and", a finite verb read as that
// participle's conjunct: the verb is the root and the noun its subject.
func (s *sent) repairVerbJoinedToRootParticiple(root int) int {
	toks := s.tree.Tokens
	if root < 0 || !isNominal(toks[root].UPOS) {
		return root
	}
	for p := root + 1; p < len(toks); p++ {
		if toks[p].Head != root || toks[p].Rel != "acl" || toks[p].UPOS != "VERB" || s.agentTok(p) < 0 {
			continue
		}
		for c := p + 1; c < len(toks); c++ {
			if toks[c].Head == p && toks[c].Rel == "conj" && toks[c].UPOS == "VERB" && s.child(c, "cc") < 0 && s.ownSubj(c) < 0 && s.child(c, "obj") >= 0 {
				s.promote(c, root, "nsubj")
				return c
			}
		}
	}
	return root
}

// repairVerbReadAsModifierOfRoot mends "Pakistan's foreign ministry voiced
// deep concerns about the raid": a past form between a noun phrase and a
// noun root, read as an adjective of the root, with no other verb to head
// the sentence, is its verb; the phrase before it is the subject, the root
// its object.
func (s *sent) repairVerbReadAsModifierOfRoot(root int) int {
	toks := s.tree.Tokens
	if root < 2 || toks[root].UPOS != "NOUN" {
		return root
	}
	for u := range toks {
		if toks[u].UPOS == "VERB" && (toks[u].Rel == "conj" || toks[u].Rel == "parataxis") {
			return root // a verb that may head the sentence
		}
	}
	for v := 1; v < root; v++ {
		n := v - 1
		if toks[v].UPOS != "VERB" || toks[v].Rel != "amod" || toks[v].Head != root || !strings.HasSuffix(s.form(v), "ed") ||
			!isNominal(toks[n].UPOS) || toks[n].Head != root || toks[n].Rel != "compound" && toks[n].Rel != "nmod:poss" {
			continue
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[root].Head, toks[root].Rel = v, "obj"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		for u := range n {
			if toks[u].Head == root {
				toks[u].Head = n // "Pakistan's": the subject's owner
			}
		}
		for u := root + 1; u < len(toks); u++ {
			if toks[u].Head == root && toks[u].Rel == "punct" {
				toks[u].Head = v
			}
		}
		return v
	}
	return root
}

// repairCaseConjunct mends "voiced concerns and reservations about the raid":
// a noun with a preposition of its own, read as a conjunct with no
// conjunction before it, is a modifier of the noun it hangs on.
func (s *sent) repairCaseConjunct() {
	toks := s.tree.Tokens
	for u := range toks {
		h := toks[u].Head
		if toks[u].Rel != "conj" || h < 0 || h > u || !isNominal(toks[u].UPOS) || !isNominal(toks[h].UPOS) || s.child(u, "cc") >= 0 {
			continue
		}
		if c := s.child(u, "case"); c < 0 || c > u {
			continue
		}
		if first, _ := s.tree.Subtree(u); first > 0 && toks[first-1].UPOS == "PUNCT" {
			continue // "..., about the raid": a list's member after a comma
		}
		toks[u].Rel = "nmod"
	}
}

// repairNameRootWithRelativeConj mends "The Islamic Resistance in Iraq, an
// umbrella of factions that includes Kataib Hezbollah, claimed attacks",
// "The Baloch Liberation Army, the largest of several groups fighting the
// Pakistani state, claimed responsibility" and "Uganda, which has denied
// supporting the rebels, had in turn accused Rwanda": a name read as the
// root, and the verb after the comma that closes its apposition or
// relative clause hung inside it. That verb, with no subject of its own, is
// the root and the name its subject.
func (s *sent) repairNameRootWithRelativeConj(root int) int {
	toks := s.tree.Tokens
	r := root
	if r < 0 || !isNominal(toks[r].UPOS) {
		return root
	}
	for v := r + 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || s.rel(v, "aux") || strings.HasSuffix(s.form(v), "ing") || !s.afterComma(v) || !s.insideDescriptionOf(v, r) ||
			s.ownSubj(v) >= 0 || s.child(v, "aux:pass") >= 0 || s.child(v, "mark") >= 0 {
			continue
		}
		s.promote(v, r, "nsubj")
		return v
	}
	return root
}

// repairRelativeClauseReadAsRoot mends "The Philippines, which brought the
// case after Chinese ships took the shoal, welcomed the ruling", read with
// the relative clause's verb as the root and the name as its vocative: the
// name heads the sentence and the clause is on it, so that its own verb,
// hung inside the clause, is found after the comma that closes it
// (repairNameRootWithRelativeConj).
func (s *sent) repairRelativeClauseReadAsRoot() {
	toks := s.tree.Tokens
	v := s.treeRoot()
	if v < 0 || toks[v].UPOS != "VERB" {
		return
	}
	sb := s.ownSubj(v)
	if sb < 2 || !s.relPronoun(sb) || toks[sb-1].Form != "," {
		return
	}
	n := sb - 2
	for n >= 0 && toks[n].Head >= 0 && toks[n].Head < sb-1 && toks[n].Head != v {
		n = toks[n].Head // the head of the phrase that ends before the comma
	}
	if n < 0 || toks[n].Head != v || !isNominal(toks[n].UPOS) || !s.rel(n, "vocative") && !s.rel(n, "discourse") && !s.rel(n, "dep") {
		return
	}
	if first, _ := s.tree.Subtree(n); first != 0 {
		return
	}
	toks[n].Head, toks[n].Rel = -1, "root"
	toks[v].Head, toks[v].Rel = n, "acl:relcl"
	s.rehangPunct(n, sb-2, v)
}

// repairMarkedClauseAsComplement mends "Anwar said after hosting talks":
// a clause marked by "after", "while" or another conjunction of time is
// no verb's complement but its adverbial, and its subject, when it has
// none, is the verb's.
func (s *sent) repairMarkedClauseAsComplement() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].Rel == "ccomp" && toks[v].UPOS == "VERB" && clauseMarks[s.markOf(v)] {
			toks[v].Rel = "advcl"
		}
	}
}

// repairFiniteVerbJoinedToInfinitive mends "urged Khartoum and Juba to
// halt the fighting and called the occupation illegal": a verb in a tense
// joined to an infinitive, which has none, is joined to the verb that
// takes the infinitive, and shares its subject, not the infinitive's.
func (s *sent) repairFiniteVerbJoinedToInfinitive() {
	toks := s.tree.Tokens
	for v := range toks {
		x := toks[v].Head
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || x < 0 || toks[x].Rel != "xcomp" && toks[x].Rel != "advcl" && toks[x].Rel != "acl" || s.markOf(x) != "to" || toks[x].Head < 0 {
			continue
		}
		if s.form(v) == s.lemma(v) || s.form(x) != s.lemma(x) || strings.HasSuffix(s.form(v), "ing") || s.child(v, "mark") >= 0 || s.ownSubj(v) >= 0 {
			continue // "to halt and withdraw": both bare
		}
		if h := s.verbAbove(x, 4); h >= 0 {
			toks[v].Head = h // "called China's move to place the rig provocative and urged": the verb the infinitive's noun hangs on
		}
	}
}

// insideDescriptionOf reports a token t inside an apposition or a relative
// clause on the token r ("which Ukraine said were launched"; ", which has
// denied ...," read as a clause beside the name).
func (s *sent) insideDescriptionOf(t, r int) bool {
	for steps := 0; t >= 0 && t != r && steps <= len(s.tree.Tokens); t, steps = s.head(t), steps+1 {
		if s.head(t) == r && (s.rel(t, "appos") || s.rel(t, "acl:relcl") || s.rel(t, "parataxis") && s.ownSubj(t) >= 0 && s.relPronoun(s.ownSubj(t))) {
			return true
		}
		if s.rel(t, "acl:relcl") && s.dominates(r, t) {
			return true
		}
	}
	return false
}

// repairNameRootBeforeItsVerb mends "China and the United States, in
// separate statements, urged India and Pakistan to ..." and "President Joe
// Biden blamed radical groups ...": a name read as the root, the verb after
// it (or after a phrase set off by commas, read as the name's modifier)
// read as the name's or the phrase's clause, with its object as a subject
// after it. A subject does not follow its verb in a statement: the verb is
// the root, the name its subject, the phrase its oblique and the noun after
// it its object.
func (s *sent) repairNameRootBeforeItsVerb(root int) int {
	toks := s.tree.Tokens
	r := root
	if r < 0 || !isNominal(toks[r].UPOS) {
		return root
	}
	for v := r + 1; v < len(toks); v++ {
		p, n := toks[v].Head, s.child(v, "nsubj")
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" && toks[v].Rel != "acl" || p < 0 || p >= v || n < v || strings.HasSuffix(s.form(v), "ing") {
			continue
		}
		inserted := s.form(v-1) == "," && toks[p].Head == r && s.rel(p, "nmod") && s.child(p, "case") >= 0
		if p != r && !inserted {
			continue
		}
		s.promote(v, r, "nsubj")
		if inserted {
			toks[p].Head, toks[p].Rel = v, "obl"
		}
		toks[n].Rel = "obj"
		return v
	}
	return root
}

// repairReducedRelativeAsConjunct mends "struck Jaish al-Adl bases, in an
// operation Pakistan's foreign ministry condemned as a violation": a
// relative clause with no "that", its subject read as a modifier of the
// noun before it (a noun phrase after a noun with no preposition) and its
// verb as a conjunct of the main verb taking the noun as an oblique. The
// clause describes the noun, and the noun takes the verb's place.
func (s *sent) repairReducedRelativeAsConjunct() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || toks[v].Rel != "conj" && toks[v].Rel != "advcl" || s.ownSubj(v) >= 0 || !strings.HasSuffix(s.form(v), "ed") {
			continue
		}
		m := v - 1
		for m >= 0 && toks[m].Head > m && toks[m].Head < v {
			m = toks[m].Head
		}
		if m < 0 || !isNominal(toks[m].UPOS) || toks[m].Rel != "nmod" || s.child(m, "case") >= 0 {
			continue
		}
		if _, last := s.tree.Subtree(m); last != v-1 {
			continue
		}
		n := toks[m].Head
		if n < 0 || n >= m || toks[n].UPOS != "NOUN" || toks[n].Head != v {
			continue
		}
		toks[n].Head = toks[v].Head
		toks[v].Head, toks[v].Rel = n, "acl:relcl"
		toks[m].Head, toks[m].Rel = v, "nsubj"
	}
}

// repairVerblessRelativeClause mends "in a letter that Eritrea's
// information minister, Yemane Gebremeskel, dismissed as a pretext": a
// relative pronoun read as the subject of the noun after it, a clause with
// no verb, and the verb after the noun's phrase joined to the main clause.
// The verb is the relative clause's, the noun its subject and the pronoun
// its object.
func (s *sent) repairVerblessRelativeClause() {
	toks := s.tree.Tokens
	for t := range toks {
		n := toks[t].Head
		if toks[t].Rel != "nsubj" || !s.relPronoun(t) || n <= t || !isNominal(toks[n].UPOS) || toks[n].Rel != "acl:relcl" || s.child(n, "cop") >= 0 {
			continue
		}
		_, last := s.tree.Subtree(n)
		v := last + 1
		for v < len(toks) && (toks[v].UPOS == "PUNCT" || toks[v].UPOS == "PROPN" && (toks[v].Rel == "appos" || toks[v].Rel == "flat")) {
			v++ // the noun's name set off by commas, however hung: ", Yemane Gebremeskel,"
		}
		if v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].Rel != "conj" && toks[v].Rel != "advcl" && toks[v].Rel != "acl" || s.ownSubj(v) >= 0 || !strings.HasSuffix(s.form(v), "ed") || s.dominates(n, v) {
			continue
		}
		for c, steps := toks[n].Head, 0; c >= 0 && steps <= len(toks); c, steps = toks[c].Head, steps+1 {
			if toks[c].Head == v {
				toks[c].Head = toks[v].Head // "in a letter": the main clause's, as the verb was taken to be
				break
			}
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, "acl:relcl"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[t].Head, toks[t].Rel = v, "obj"
	}
}

// repairCompoundRootWithClause mends "Cambodia's defence ministry accused
// Thailand": the first noun of a compound read as the root, the second as
// the subject of a relative clause on it. A relative clause with no
// pronoun has a gap; one with its own subject and object has none, so the
// nouns are one compound, the subject of the verb that heads the sentence.
func (s *sent) repairCompoundRootWithClause(root int) int {
	toks := s.tree.Tokens
	r := root
	if r < 0 || toks[r].UPOS != "NOUN" || r+1 >= len(toks) {
		return root
	}
	n := r + 1
	v := toks[n].Head
	if toks[n].Rel != "nsubj" || !isNominal(toks[n].UPOS) || v <= n || toks[v].Head != r || toks[v].Rel != "acl:relcl" || toks[v].UPOS != "VERB" ||
		s.child(v, "obj") < 0 && s.child(v, "ccomp") < 0 {
		return root
	}
	if s.relPronounChild(v) {
		return root
	}
	for u := range toks {
		if toks[u].Head == r && u != v {
			if u < r {
				toks[u].Head = n // "Cambodia's": the compound's
			} else {
				toks[u].Head = v // the full stop
			}
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[r].Head, toks[r].Rel = n, "compound"
	return v
}

// repairTrailingSpeakerAsApposition mends "North Korea blew up two roads
// on Tuesday, South Korea's Joint Chiefs of Staff said, calling ...": the
// speaker set off by a comma before a verb of saying, read as an apposition,
// modifier, oblique or conjunct of what comes before the comma, is that
// verb's subject.
func (s *sent) repairTrailingSpeakerAsApposition() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || !reportingLemmas[s.lemma(v)] || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 {
			continue
		}
		// the phrase that ends before the verb and opens after a comma
		// (the comma may hang inside it)
		afterComma := func(t int) (comma int, ok bool) {
			first, last := s.tree.Subtree(t)
			if last != v-1 {
				return -1, false
			}
			if toks[first].Form == "," {
				return first, true
			}
			return first - 1, first > 0 && toks[first-1].Form == ","
		}
		n := v - 1
		for p, steps := toks[n].Head, 0; p >= 0 && p < v && steps <= len(toks); p, steps = toks[n].Head, steps+1 {
			if _, ok := afterComma(p); !ok {
				break
			}
			n = p
		}
		comma, ok := afterComma(n)
		if !ok || !isNominal(toks[n].UPOS) || toks[n].Rel != "appos" && toks[n].Rel != "nmod" && toks[n].Rel != "conj" && toks[n].Rel != "obl" || toks[n].Head >= comma {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[comma].Head = v
	}
}

// repairDayAsSubject mends "Fighter aircraft of the Air Force on Sunday
// eliminated scores of fighters": a day after "on", read as a subject and the
// verb as a clause on the noun before, says when; the noun is the subject and
// the verb heads the sentence.
func (s *sent) repairDayAsSubject(root int) int {
	toks := s.tree.Tokens
	for t := 1; t < len(toks); t++ {
		v := toks[t].Head
		if toks[t].Rel != "nsubj" || !timeWords[s.form(t)] || s.form(t-1) != "on" && s.form(t-1) != "in" || v <= t {
			continue
		}
		toks[t].Rel = "obl:tmod"
		toks[t-1].Head, toks[t-1].Rel = t, "case"
		n := toks[v].Head
		if n < 0 || n >= t || !isNominal(toks[n].UPOS) || toks[v].Rel != "advcl" && toks[v].Rel != "acl" && toks[v].Rel != "acl:relcl" || toks[n].Head >= 0 && toks[n].Rel != "ccomp" && toks[n].Rel != "conj" {
			continue
		}
		s.promote(v, n, "nsubj")
		if n == root {
			root = v
		}
	}
	return root
}

// repairParticipleOnInfinitive mends "blamed the clashes on an attempt by X
// to change the status quo, rebutting Y's claims": a participle after a comma
// that the parser hung on an infinitive describes the main clause's subject.
func (s *sent) repairParticipleOnInfinitive(root int) {
	toks := s.tree.Tokens
	for u := range toks {
		p := toks[u].Head
		if toks[u].Rel != "advcl" || p < 0 || p == root || u == 0 || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") ||
			s.markOf(p) != "to" || s.ownSubj(u) >= 0 || s.ownSubj(p) >= 0 || u < root {
			continue
		}
		toks[u].Head = root
	}
}

// repairSpeechParticipleOnComplement mends "Vietnam demanded that China
// withdraw the ship, saying the vessels had violated its waters": a
// reporting participle after a comma, hung on a complement clause with a
// subject of its own, gives the reason of whoever demanded or said it.
func (s *sent) repairSpeechParticipleOnComplement() {
	toks := s.tree.Tokens
	for u := range toks {
		p := toks[u].Head
		if toks[u].Rel != "advcl" || p < 0 || p > u || u == 0 || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") ||
			!reportingLemmas[s.lemma(u)] || toks[p].Rel != "ccomp" || toks[p].Head < 0 || s.ownSubj(p) < 0 || s.ownSubj(u) >= 0 {
			continue
		}
		toks[u].Head = toks[p].Head
	}
}

// repairReducedPassiveOnNoun mends "its jet downed by Syria had been in
// international airspace" and "the Turkish jet shot down by Syria was
// unarmed": a passive participle with a by-agent right after a noun, read
// as the verb the noun is the subject of, or tagged a noun itself, is a
// reduced relative clause on the noun, which takes the participle's place
// in the sentence.
func (s *sent) repairReducedPassiveOnNoun() {
	toks := s.tree.Tokens
	for v := 1; v+2 < len(toks); v++ {
		n, by := v-1, v+1
		if s.form(by) == "down" {
			by++
		}
		if by+1 >= len(toks) || s.form(by) != "by" || !isNominal(toks[n].UPOS) || !pastForm(s.form(v)) || toks[n].Head != v ||
			s.child(v, "aux") >= 0 || s.child(v, "aux:pass") >= 0 {
			continue
		}
		agent := toks[by].Head
		if agent <= by || !isNominal(toks[agent].UPOS) || !(toks[v].UPOS == "VERB" && s.rel(n, "nsubj") || toks[v].UPOS == "NOUN") ||
			s.dominates(agent, v) {
			continue // (an agent above the participle would hang under it: a tree has no cycle)
		}
		rel := toks[v].Rel
		if rel == "amod" || rel == "compound" {
			rel = "nsubj" // the participle read as a modifier of the predicate
		}
		for c := range toks {
			if toks[c].Head == v && c < n {
				toks[c].Head = n // "The Turkish [jet]": the noun's own modifiers
			}
		}
		toks[n].Head, toks[n].Rel = toks[v].Head, rel
		toks[v].Head, toks[v].Rel, toks[v].UPOS = n, "acl", "VERB"
		if by > v+1 {
			toks[v+1].Head, toks[v+1].Rel = v, "compound:prt"
		}
		toks[agent].Head, toks[agent].Rel = v, "obl:agent"
	}
}

// objectTakingCharges are verbs of charging or naming whose object a
// reduced relative clause leaves out: "officials it accuses of ...".
var objectTakingCharges = verbClass("accuse", "blame", "suspect", "hold", "consider", "call", "describe", "brand", "label")

// repairReducedRelativeCharge mends "sanctioned Russian officials it accuses
// of undermining Ukraine's sovereignty": a verb of charging with a pronoun
// subject right after a noun and no object of its own, read as a clause of
// the main verb, is a relative clause on the noun, which is what it charges.
func (s *sent) repairReducedRelativeCharge() {
	toks := s.tree.Tokens
	for v := 2; v < len(toks); v++ {
		sb, n := v-1, v-2
		if toks[v].UPOS != "VERB" || !objectTakingCharges[s.lemma(v)] || toks[sb].UPOS != "PRON" || toks[sb].Head != v || !s.rel(sb, "nsubj") ||
			!isNominal(toks[n].UPOS) || s.child(v, "obj") >= 0 || toks[v].Head == n || s.dominates(v, n) {
			continue
		}
		toks[v].Head, toks[v].Rel = n, "acl:relcl"
	}
}

// repairParticipleOnOblique mends "Petro wrote on X, accusing the group":
// a participle after a comma hung on the noun of the verb's oblique is the
// verb's.
func (s *sent) repairParticipleOnOblique() {
	toks := s.tree.Tokens
	for u := 1; u < len(toks); u++ {
		p := toks[u].Head
		if toks[u].Rel != "advcl" || toks[u].UPOS != "VERB" || toks[u-1].Form != "," || !strings.HasSuffix(s.form(u), "ing") || p < 0 || p > u ||
			toks[p].UPOS == "VERB" || toks[p].UPOS == "AUX" || !syntaxObl(toks[p].Rel) {
			continue
		}
		if v := toks[p].Head; v >= 0 && toks[v].UPOS == "VERB" {
			toks[u].Head = v
		}
	}
}

// repairParticipleAfterAgent mends "heard the case brought by South Africa
// accusing Israel of genocide": a participle right after the agent of a
// reduced relative, with no comma between them, describes the noun that
// relative describes, not the main verb or the relative's participle.
func (s *sent) repairParticipleAfterAgent() {
	toks := s.tree.Tokens
	for u := 2; u < len(toks); u++ {
		if toks[u].Rel != "advcl" && toks[u].Rel != "xcomp" || toks[u].UPOS != "VERB" || !strings.HasSuffix(s.form(u), "ing") || s.ownSubj(u) >= 0 {
			continue
		}
		a := u - 1
		for a >= 0 && toks[a].Head > a && toks[a].Head < u {
			a = toks[a].Head // up to the head of the phrase that ends before the participle
		}
		if a < 0 || !s.rel(a, "obl:agent") {
			continue
		}
		q := toks[a].Head
		if n := toks[q].Head; s.rel(q, "acl") && n >= 0 && isNominal(toks[n].UPOS) && toks[u].Head != n {
			toks[u].Head, toks[u].Rel = n, "acl"
		}
	}
}

// repairHarmRelativeOnTarget mends "the attack on the Israeli army, which
// killed three soldiers": a relative clause of killing or wounding after
// the party an attack fell on tells what the attack did, not what the
// party did.
func (s *sent) repairHarmRelativeOnTarget() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if !s.rel(v, "acl:relcl") || !harmVerbs[s.lemma(v)] || s.ownSubj(v) < 0 || s.form(s.ownSubj(v)) != "which" || n < 0 || v < n {
			continue
		}
		e := toks[n].Head
		if e >= 0 && e < n && eventNouns[s.form(e)] && (s.caseOf(n) == "on" || s.caseOf(n) == "against") && len(s.nominalActors(n, nil)) > 0 {
			toks[v].Head = e
		}
	}
}

// repairSiteParticipleAfterPlace mends "a facility in Erbil housing U.S.
// forces": "housing" after a place's capitalised name, read as a noun of
// a compound ("Erbil housing", "Kirkuk housing French troops"), is the
// participle that names who is in the site; the place is where the site
// is, and the forces are what it houses.
func (s *sent) repairSiteParticipleAfterPlace() {
	toks := s.tree.Tokens
	for h := 2; h+1 < len(toks); h++ {
		c := h - 1
		if !housingWords[s.form(h)] || !strings.HasSuffix(s.form(h), "ing") || toks[h].UPOS != "NOUN" || s.form(c) == toks[c].Form || s.form(c-1) != "in" {
			continue
		}
		p, f := toks[h].Head, -1 // the site, and the noun housed
		if p > h && isNominal(toks[p].UPOS) {
			f, p = p, toks[p].Head // "Kirkuk housing French troops": one compound
		} else {
			for t := h + 1; t < len(toks) && f < 0; t++ {
				if (toks[t].Head == p || toks[t].Head == h) && isNominal(toks[t].UPOS) && (toks[t].Rel == "nmod" || toks[t].Rel == "obj") {
					f = t
				}
			}
		}
		if f < 0 || p < 0 || p > c || !siteNouns[s.form(p)] {
			continue
		}
		toks[c-1].Head, toks[c-1].Rel = c, "case"
		toks[c].Head, toks[c].Rel = p, "nmod"
		toks[h].UPOS, toks[h].Head, toks[h].Rel = "VERB", p, "acl"
		toks[f].Head, toks[f].Rel = h, "obj"
	}
}

// repairCommaParticipleConjunct mends "remarks that an attack could trigger
// a response, warning Japan": a participle after a comma, read as the
// conjunct of the last verb, is the main clause's.
func (s *sent) repairCommaParticipleConjunct(root int) {
	toks := s.tree.Tokens
	for u := range toks {
		p := toks[u].Head
		if toks[u].Rel != "conj" || p < 0 || p == root || u == 0 || toks[u-1].Form != "," || s.child(u, "cc") >= 0 {
			continue
		}
		if reportingLemmas[s.lemma(p)] || toks[p].Rel == "parataxis" {
			continue // ", Kabul said, warning that ...": the speaker's participle
		}
		if strings.HasSuffix(s.form(u), "ing") && (!strings.HasSuffix(s.form(p), "ing") || s.child(p, "aux") >= 0 && s.rel(p, "acl:relcl")) && s.ownSubj(u) < 0 && u > root {
			toks[u].Head, toks[u].Rel = root, "advcl"
		}
	}
}

// repairParticipleAfterJoinedClause mends "X seized the town, and Bashir vowed
// to retake it, calling the move aggression": a participle after a joined
// clause with a subject of its own belongs to that clause, not the first.
func (s *sent) repairParticipleAfterJoinedClause() {
	toks := s.tree.Tokens
	for p := range toks {
		h := toks[p].Head
		if toks[p].Rel != "advcl" || !strings.HasSuffix(s.form(p), "ing") || h < 0 || h > p {
			continue
		}
		for c := p - 1; c > h; c-- {
			if toks[c].Head == h && toks[c].Rel == "conj" && toks[c].UPOS == "VERB" && s.child(c, "nsubj") >= 0 {
				toks[p].Head = c
				break
			}
		}
	}
}

// repairCleft mends "it was Indian troops who opened fire": in a cleft the
// clause says what the focused noun did, so its verb heads the clause and the
// noun is its subject.
func (s *sent) repairCleft() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if toks[v].Rel != "acl:relcl" || n < 2 || n > v || !isNominal(toks[n].UPOS) {
			continue
		}
		it, cop, who := s.child(n, "nsubj"), s.child(n, "cop"), s.child(v, "nsubj")
		if it < 0 || cop < 0 || who < 0 || s.form(it) != "it" || it > cop || cop > n || !s.relPronoun(who) || who > v || s.dominates(v, toks[n].Head) {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[who].Rel = "mark"
		toks[it].Head, toks[it].Rel = v, "expl"
		toks[cop].Head, toks[cop].Rel = v, "dep"
		s.rehangPunct(v, v, n)
	}
}

// repairReportingParticipleAsNoun mends "fired rockets at Israel, warning that
// it would ...": a reporting participle after a comma, tagged a noun or hung
// on the comma, is a verb on what the comma hangs on, and the clause after
// "that" is what it reports.
func (s *sent) repairReportingParticipleAsNoun() {
	toks := s.tree.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Form != "," || toks[i].UPOS == "VERB" && toks[i].Rel == "advcl" || s.form(i+1) != "that" {
			continue // the cheap tests first: this runs on every token of every parsed sentence
		}
		form := s.form(i)
		lemma := strings.TrimSuffix(form, "ing")
		if !reportingLemmas[lemma] {
			lemma += "e" // "stating"
		}
		if !strings.HasSuffix(form, "ing") || !reportingLemmas[lemma] {
			continue
		}
		h := toks[i-1].Head
		if h < 0 || s.dominates(i, h) {
			h = toks[i].Head // the comma hung on the participle itself
		}
		if h < 0 || s.dominates(i, h) || toks[h].UPOS == "PUNCT" {
			// the participle hung on the comma: the verb of the clause before it
			h = i - 2
			for steps := 0; h >= 0 && toks[h].UPOS != "VERB" && !s.dominates(i, h) && steps <= len(toks); steps++ {
				h = toks[h].Head
			}
		}
		if h < 0 || h >= i || s.dominates(i, h) {
			continue
		}
		toks[i].UPOS, toks[i].Lemma, toks[i].Head, toks[i].Rel = "VERB", lemma, h, "advcl"
		if v := toks[i+1].Head; v > i && toks[v].Head == i {
			toks[v].Rel = "ccomp"
		}
	}
}

// repairInfinitiveComplement mends "agreed on Monday to ban Belarusian
// airlines": an infinitive a verb of deciding or promising takes is its
// complement, whose subject is the verb's own, not a clause of purpose.
func (s *sent) repairInfinitiveComplement() {
	toks := s.tree.Tokens
	for v := range toks {
		if h := toks[v].Head; toks[v].Rel == "advcl" && h >= 0 && h < v && subjectControllers[s.lemma(h)] && s.markOf(v) == "to" && s.child(h, "obj") < 0 {
			toks[v].Rel = "xcomp"
		}
	}
}

// repairSpanBeforeLater mends "and a day later ordered 20 diplomats to leave":
// a span of time before "later" or "earlier" says when the act came, it is no
// subject.
func (s *sent) repairSpanBeforeLater() {
	toks := s.tree.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Rel != "nsubj" {
			continue
		}
		if s.spanOfTime(i) && relativeTimeWords[s.form(i+1)] {
			toks[i].Rel = "obl:tmod"
		}
	}
}

// repairObjectShiftedOntoOblique mends "announced through a joint statement
// the recall of their envoys": an object shifted after an oblique, hung on the
// oblique's noun, is the verb's (a noun takes no object).
func (s *sent) repairObjectShiftedOntoOblique() {
	toks := s.tree.Tokens
	for t := range toks {
		n := toks[t].Head
		if toks[t].Rel != "obj" || n < 0 || toks[n].UPOS != "NOUN" || !syntaxObl(toks[n].Rel) || toks[n].Head < 0 || s.child(n, "det") < 0 {
			continue // "trying to broker a deal": a verb tagged a noun takes its object
		}
		if v := toks[n].Head; toks[v].UPOS == "VERB" && s.child(v, "obj") < 0 && n < t {
			toks[t].Head = v
		}
	}
}

// repairReadyAdjective mends "it was willing to talk to the United States": an
// adjective that says what its subject is ready to do takes a real subject,
// never an expletive "it".
func (s *sent) repairReadyAdjective() {
	toks := s.tree.Tokens
	for i := range toks {
		if toks[i].Rel == "expl" && toks[i].Head >= 0 && readinessAdjectives[lower(toks[toks[i].Head].Form)] {
			toks[i].Rel = "nsubj"
		}
	}
}

// repairParticipleInsideSubject mends "the jet that crashed, killing 38
// people, had been hit by fire": a participle set off by commas inside the
// subject, read as the clause the subject belongs to: the subject is the later
// verb's.
func (s *sent) repairParticipleInsideSubject() {
	toks := s.tree.Tokens
	for v := range toks {
		n, h := s.child(v, "nsubj"), toks[v].Head
		if n < 0 || h <= v || toks[v].Rel != "advcl" || !strings.HasSuffix(s.form(v), "ing") || toks[v].UPOS != "VERB" ||
			v == 0 || s.form(v-1) != "," || s.child(h, "nsubj") >= 0 || s.child(h, "nsubj:pass") >= 0 {
			continue
		}
		toks[n].Head = h
		if toks[n].Rel = "nsubj"; s.child(h, "aux:pass") >= 0 {
			toks[n].Rel = "nsubj:pass"
		}
	}
}

// repairParticipleAfterTo mends "responded to unprovoked firing by the army":
// a participle after "to" read as an infinitive is an adjective; "to" is the
// preposition of the noun after it, which the verb before takes.
func (s *sent) repairParticipleAfterTo() {
	toks := s.tree.Tokens
	for v := 1; v+1 < len(toks); v++ {
		to, n, g := v-1, v+1, toks[v].Head
		if s.form(to) != "to" || toks[to].Head != v || toks[v].Rel != "xcomp" || g < 0 || g > to ||
			!strings.HasSuffix(s.form(v), "ed") || baseFormsInEd[s.form(v)] || toks[n].Head != v ||
			!(toks[n].UPOS == "NOUN" || toks[n].UPOS == "VERB" && strings.HasSuffix(s.form(n), "ing")) {
			continue
		}
		s.promote(n, v, "amod")
		toks[n].Rel = "obl"
		toks[to].Head, toks[to].Rel = n, "case"
		toks[to].UPOS, toks[v].UPOS = "ADP", "ADJ"
	}
}

// repairOpeningPhraseRoot mends an opening prepositional phrase that took the
// sentence's subject as an apposition of its noun ("In response to this event,
// Mali, along with its partners, announced ..."), the phrase read as the root
// with the verb joined to it or as the verb's oblique: the verb is the root,
// the phrase its oblique, and the name its subject.
func (s *sent) repairOpeningPhraseRoot() {
	toks := s.tree.Tokens
	v := slices.IndexFunc(toks, func(t syntax.Token) bool { return t.Head < 0 })
	if v < 0 {
		return
	}
	if r := v; isNominal(toks[r].UPOS) && s.child(r, "case") >= 0 && s.child(r, "case") < r {
		for w := r + 1; w < len(toks); w++ {
			if toks[w].Head == r && toks[w].UPOS == "VERB" && (toks[w].Rel == "conj" || toks[w].Rel == "parataxis" || toks[w].Rel == "acl" && s.ownSubj(w) < 0) && s.child(w, "cc") < 0 {
				s.promote(w, r, "obl")
				for u := range r {
					if toks[u].Head == r && toks[u].Rel == "nsubj" {
						// "Venezuela's vice president, who is in The Hague
						// for two days of hearings, called": the subjects
						// the phrase took are the verb's
						toks[u].Head = w
					}
				}
				v = w
				break
			}
		}
	}
	if toks[v].UPOS != "VERB" || s.ownSubj(v) >= 0 {
		return
	}
	for a := 1; a < v; a++ {
		// ("After talks brokered by Germany and France, Russia and Ukraine
		// agreed": the names after the comma read as more of the brokers)
		if toks[a].Rel != "appos" && toks[a].Rel != "conj" || !isNominal(toks[a].UPOS) || toks[a-1].Form != "," {
			continue
		}
		r := a
		for steps := 0; r >= 0 && toks[r].Head != v && steps <= len(toks); steps++ {
			r = toks[r].Head
		}
		if r >= 0 && r < a && (syntaxObl(toks[r].Rel) && s.child(r, "case") >= 0 || toks[r].Rel == "advcl" && clauseMarks[s.markOf(r)]) {
			if toks[a].Rel == "conj" {
				s.gatherPhrase(a, v, a) // the rest of the list is the subject's
			}
			toks[a].Head, toks[a].Rel = v, "nsubj"
			return
		}
	}
}

// repairPerfectAcrossAdverbial mends "Uganda had in turn accused Rwanda",
// "the Ukrainians have, in turn, repeatedly targeted refineries": a
// "have" read as the main verb, with the participle after an adverbial
// ("in turn", "already", "also") as its complement, is the participle's
// auxiliary; what hung on it hangs on the participle.
func (s *sent) repairPerfectAcrossAdverbial() {
	toks := s.tree.Tokens
	for h := range toks {
		if o := s.child(h, "obj"); toks[h].UPOS != "VERB" || s.lemma(h) != "have" || o >= 0 && s.form(o) != "turn" {
			continue // ("in turn" may be read as the object: "has, in turn, struck")
		}
		v := h + 1
		for v < len(toks) && v <= h+5 && (toks[v].UPOS == "ADV" || toks[v].UPOS == "ADP" || toks[v].UPOS == "NOUN" && s.form(v) == "turn" || toks[v].Form == ",") {
			v++ // (", in turn, repeatedly": the adverbial may be set off by commas)
		}
		if v == h+1 || v >= len(toks) || toks[v].Head < h || toks[v].Head >= v || toks[v].UPOS != "VERB" || !pastForm(s.form(v)) && !strings.HasSuffix(s.form(v), "en") {
			continue // (the participle hung on "have" or on the adverbial between)
		}
		toks[v].Head, toks[v].Rel = toks[h].Head, toks[h].Rel
		for u := range toks {
			if toks[u].Head == h {
				toks[u].Head = v
				if s.form(u) == "turn" {
					toks[u].Rel = "obl"
				}
			}
		}
		toks[h].Head, toks[h].Rel = v, "aux"
	}
}

// repairDependentsOfAuxiliary mends "and that New Delhi had also lodged a
// protest": a subject or mark hung on an auxiliary belongs to its verb. A
// copula takes no dependents at all: in "if the reports are true, it would
// be 'a serious intrusion' by Kenya" the condition, the subject and
// "would" hung on "be" are the predicate's.
func (s *sent) repairDependentsOfAuxiliary() {
	toks := s.tree.Tokens
	for c := range toks {
		a := toks[c].Head
		if a < 0 || toks[a].Head < 0 {
			continue
		}
		onAux := (toks[c].Rel == "nsubj" || toks[c].Rel == "nsubj:pass" || toks[c].Rel == "mark") && (toks[a].Rel == "aux" || toks[a].Rel == "aux:pass")
		// (a second subject stays put: "it was 'highly likely' that Russia
		// was responsible", read as one clause, keeps Russia the subject)
		onCop := toks[a].Rel == "cop" && toks[c].Rel != "punct" && toks[c].Rel != "fixed" &&
			!(strings.HasPrefix(toks[c].Rel, "nsubj") && s.ownSubj(toks[a].Head) >= 0)
		if onAux || onCop {
			toks[c].Head = toks[a].Head
		}
	}
}

// repairPerfectReadAsPassive mends "five of the missiles had landed inside
// its zone": a subject the parser read as a passive's, on a verb with a
// perfect "have" and no form of "be", is active.
func (s *sent) repairPerfectReadAsPassive() {
	toks := s.tree.Tokens
	for j := range toks {
		v := toks[j].Head
		if toks[j].Rel != "nsubj:pass" || v < 0 || s.child(v, "aux:pass") >= 0 {
			continue
		}
		have, be := false, false
		for u := range toks {
			if toks[u].Head == v && toks[u].Rel == "aux" {
				have = have || s.lemma(u) == "have"
				be = be || s.lemma(u) == "be"
			}
		}
		if have && !be {
			toks[j].Rel = "nsubj"
		}
	}
}

// repairSpeechJoinedToReportedPassive mends "the spokesman said five
// fighters had been killed in strikes and vowed that ...", "Mitsotakis
// said the survey was illegal and called on Ankara to ...", "said two of its
// soldiers were killed and denied that ..." and "Trump said Iran must stop
// arming the Houthis and warned that ...": a verb of speech, denial or
// calling with no subject of its own, read as the conjunct of a
// passive or a predicate the speaker reports, or of a reported clause with
// a subject of its own when the verb is the speaker's stance, is the
// speaker's second act.
func (s *sent) repairSpeechJoinedToReportedPassive() {
	toks := s.tree.Tokens
	for c := range toks {
		p := toks[c].Head
		for p >= 0 && toks[p].Rel == "xcomp" {
			p = toks[p].Head // "must stop supporting the Houthis and warned": the clause "stop" heads
		}
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || p < 0 || toks[p].Rel != "ccomp" || s.child(c, "nsubj") >= 0 {
			continue
		}
		l := s.lemma(c)
		reported := s.child(p, "aux:pass") >= 0 || s.child(p, "cop") >= 0
		// (the reported subject may still be read as the speech verb's
		// object: "said Iran must stop")
		ownSubject := s.child(p, "nsubj") >= 0 || toks[p].Head >= 0 && s.child(toks[p].Head, "obj") >= 0 && s.child(toks[p].Head, "obj") < p
		// "said Rwandan troops were fighting alongside the rebels and broke
		// off relations": forces do not break off relations; the speaker does
		forcesDid := diplomaticActs[l] && s.ownSubj(p) >= 0 && forceNouns[s.form(s.ownSubj(p))]
		if !(reported && (reportingLemmas[l] || callVerbs[l] || objectControllers[l] || denyLemmas[l]) || speakerStances[l] && ownSubject || forcesDid) {
			continue
		}
		if r := toks[p].Head; r >= 0 && reportingLemmas[s.lemma(r)] {
			toks[c].Head = r
		}
	}
}

// repairFiniteJoinedToGerund mends "Rwanda denied backing M23 and said
// Congolese forces had shelled its villages": a finite verb with no subject
// of its own, read as the conjunct of the gerund a verb takes, is that
// verb's conjunct; a gerund and a past form are no pair.
func (s *sent) repairFiniteJoinedToGerund() {
	toks := s.tree.Tokens
	for c := range toks {
		g := toks[c].Head
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || g < 0 || !strings.HasSuffix(s.form(g), "ing") || strings.HasSuffix(s.form(c), "ing") ||
			!pastForm(s.form(c)) && !reportingVerbs[s.form(c)] || s.ownSubj(c) >= 0 {
			continue
		}
		p := toks[g].Head
		if p < 0 || toks[p].UPOS != "VERB" || strings.HasSuffix(s.form(p), "ing") || !(s.rel(g, "xcomp") || s.rel(g, "obj")) {
			continue
		}
		toks[c].Head = p
	}
}

// denyLemmas deny the clause they take: "denied that ...".
var denyLemmas = verbClass("deny", "reject", "dismiss", "refute")

// diplomaticActs are what a state does through its government, not its
// forces: "broke off relations", "recalled its ambassador".
var diplomaticActs = verbClass("break", "cut", "sever", "recall", "expel", "summon", "suspend", "downgrade")

// speakerStances are the verbs of a speaker's own stance on what it
// reports.
var speakerStances = verbClass("condemn", "denounce", "vow", "pledge", "warn", "threaten", "accuse", "blame", "urge", "demand")

// repairControlledClauseAsPurpose mends "opened fire, prompting Pakistani
// troops to respond" and "urged both sides to show restraint": a to-clause
// after the object of a verb that makes or asks its object act is that
// verb's open complement, not a purpose (of the cause verb) nor a
// description of the object. (What one orders or urges a party to do it
// has not done yet; what an act prompts a party to do, it did.)
func (s *sent) repairControlledClauseAsPurpose() {
	toks := s.tree.Tokens
	for c := range toks {
		v := toks[c].Head
		if v < 0 || s.markOf(c) != "to" || toks[c].UPOS != "VERB" {
			continue
		}
		switch {
		case toks[c].Rel == "advcl" && causeVerbs[s.lemma(v)]:
			if o := s.child(v, "obj"); o >= 0 && o < c {
				toks[c].Rel = "xcomp"
			}
		case toks[c].Rel == "acl" && v < c:
			o := v
			for toks[o].Rel == "conj" && toks[o].Head >= 0 && toks[toks[o].Head].UPOS != "VERB" {
				o = toks[o].Head // "urged the government and the rebels to agree": the whole object
			}
			w := toks[o].Head
			object := toks[o].Rel == "obj" || toks[o].Rel == "conj" && w >= 0 && s.child(w, "obj") >= 0 && s.child(w, "obj") < o // the second object joined to the verb
			switch {
			case !object || w < 0:
			case causeVerbs[s.lemma(w)] || objectControllers[s.lemma(w)]:
				toks[c].Head, toks[c].Rel = w, "xcomp"
			case toks[o].UPOS == "PROPN" && toks[w].UPOS == "VERB":
				// "phoned Putin and Zelensky to urge a truce": a name takes
				// no infinitive; the clause is the verb's purpose
				toks[c].Head, toks[c].Rel = w, "advcl"
			}
		}
	}
}

// repairSubjectOfInfinitive mends "telephoned both Pashinyan and Aliyev to
// urge an end to the fighting": an infinitive with "to" takes no subject of
// its own, so a name read as its subject, between it and the verb whose
// complement it was read as, is that verb's object (when the verb has none),
// and the infinitive the verb's clause.
func (s *sent) repairSubjectOfInfinitive() {
	toks := s.tree.Tokens
	for c := range toks {
		v := toks[c].Head
		if v < 0 || v > c || toks[v].UPOS != "VERB" || toks[c].UPOS != "VERB" || s.markOf(c) != "to" || s.child(v, "obj") >= 0 {
			continue
		}
		n := s.child(c, "nsubj")
		if n < 0 || n > c || toks[n].UPOS != "PROPN" || toks[c].Rel == "acl" {
			continue // (a claim or a plan "to have" done a thing is its noun's)
		}
		if first, _ := s.tree.Subtree(n); first <= v {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[c].Rel = "advcl"
		for u := v + 1; u < n; u++ {
			if toks[u].Head == c {
				toks[u].Head = n // "both" opens the object, not the clause
			}
		}
	}
}

// repairWhileClauseOnNoun mends "blamed Iran-backed groups, while the
// Islamic Resistance in Iraq claimed attacks": a clause opened by "while" or
// "whereas", read as a noun joined to the object with its verb a participle
// on that noun, is a clause of the verb above, and the noun its subject.
func (s *sent) repairWhileClauseOnNoun() {
	toks := s.tree.Tokens
	for u := range toks {
		n := toks[u].Head
		if !clauseJoins[strings.ToLower(s.form(u))] || !s.rel(u, "mark") || n <= u || !isNominal(toks[n].UPOS) || s.ownSubj(n) >= 0 {
			continue
		}
		// the clause's verb: a participle on the noun, or a finite verb read
		// as a modifier of a noun after it ("claimed attacks")
		c := -1
		_, last := s.tree.Subtree(n)
		for x := n + 1; x <= last && c < 0; x++ {
			if toks[x].UPOS != "VERB" || s.ownSubj(x) >= 0 || s.child(x, "mark") >= 0 || strings.HasSuffix(s.form(x), "ing") {
				continue
			}
			onNoun := toks[x].Head == n || s.rel(toks[x].Head, "appos") && s.head(toks[x].Head) == n // (or on the noun's apposition: "the Arakan Army, an ethnic militia, claimed")
			if onNoun && (s.rel(x, "acl") || s.rel(x, "acl:relcl")) || s.rel(x, "amod") && toks[x].Head == x+1 && strings.HasSuffix(s.form(x), "ed") {
				c = x
			}
		}
		g := s.verbAbove(n, -1)
		if c < 0 || g < 0 || g > u {
			continue
		}
		if s.rel(c, "amod") {
			toks[c+1].Head, toks[c+1].Rel = c, "obj"
		}
		toks[c].Head, toks[c].Rel = g, "advcl"
		toks[n].Head, toks[n].Rel = c, "nsubj"
		toks[u].Head = c
		s.rehangPunct(c, u-2, n)
	}
}

// repairParticipleReadAsCompound mends "expelled 18 diplomats, citing
// evidence that ...": a participle after a comma, read as a compound of the
// noun after it, is a clause of the verb before, and the noun its object.
func (s *sent) repairParticipleReadAsCompound() {
	toks := s.tree.Tokens
	for v := 1; v+1 < len(toks); v++ {
		n := toks[v].Head
		if toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "ing") || !s.rel(v, "compound") || n != v+1 || toks[v-1].Form != "," {
			continue
		}
		g := s.verbAbove(n, -1)
		if g < 0 || g > v {
			continue
		}
		toks[v].Head, toks[v].Rel = g, "advcl"
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[v-1].Head = v
	}
}

// repairDependentOfPunct mends "..., Zelenskiy said on Monday, accusing
// Moscow ...": a word hung on a punctuation mark hangs on nothing the mark
// could take; a participle so hung is a clause of the verb above the mark.
func (s *sent) repairDependentOfPunct() {
	toks := s.tree.Tokens
	for t := range toks {
		p := toks[t].Head
		if p < 0 || toks[p].UPOS != "PUNCT" {
			continue
		}
		v := s.verbAbove(p, -1)
		if v < 0 || s.dominates(t, v) {
			continue
		}
		toks[t].Head = v
		if toks[t].UPOS == "VERB" {
			toks[t].Rel = "advcl"
			toks[p].Head = t
		}
	}
}

// repairParticipleOnAgentNoun mends "was hit by shells fired by North
// Korea", "were killed in firing initiated by India": a participle with a
// by-phrase of its own, right after the noun of one of the verb's phrases
// and read as the verb's adverbial or conjunct, describes that noun.
func (s *sent) repairParticipleOnAgentNoun() {
	toks := s.tree.Tokens
	for c := 1; c < len(toks); c++ {
		v, n := toks[c].Head, c-1
		if toks[c].Rel != "advcl" && toks[c].Rel != "conj" || s.child(c, "cc") >= 0 || toks[c].UPOS != "VERB" || !strings.HasSuffix(s.form(c), "ed") || v < 0 ||
			!isNominal(toks[n].UPOS) || s.child(c, "obl:agent") < 0 {
			continue
		}
		a := n
		if toks[a].Rel == "nmod" && toks[a].Head >= 0 {
			a = toks[a].Head // "by dozens of shells fired by": the count's noun
		}
		if toks[a].Head == v && syntaxObl(toks[a].Rel) {
			toks[c].Head, toks[c].Rel = n, "acl"
		}
	}
}

// causeVerbs make their object do what their open complement says.
var causeVerbs = verbClass("prompt", "force", "compel", "oblige", "lead", "drive", "provoke", "spur", "cause")

// ordinalWords make "time" the antecedent of the clause after it: "the
// first time Iran has attacked Israel".
var ordinalWords = set("first", "second", "third", "last", "latest", "only", "next")

// repairClauseOnOrdinalTime mends "marked the first time Iran has attacked
// Israel" and "in what was the first time Pakistan has accused India": the
// clause after "the first time", its subject read as the noun's apposition
// or its verb as a conjunct of the main clause, is a relative clause on
// "time", and so takes none of the main clause's negation or subject.
func (s *sent) repairClauseOnOrdinalTime() {
	toks := s.tree.Tokens
	for t := 1; t+2 < len(toks); t++ {
		if toks[t].UPOS != "NOUN" || s.form(t) != "time" || !ordinalWords[s.form(t-1)] {
			continue
		}
		sb := t + 1
		if s.form(sb) == "that" {
			sb++
		}
		if sb >= len(toks) || toks[sb].UPOS != "PROPN" && toks[sb].UPOS != "DET" && toks[sb].UPOS != "NOUN" {
			continue
		}
		// the subject's phrase runs to the first verb; its head is the
		// token whose head lies outside it
		v := sb + 1
		for v < len(toks) && toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" && toks[v].UPOS != "PUNCT" {
			v++
		}
		for v < len(toks) && (toks[v].UPOS == "AUX" || toks[v].UPOS == "ADV") {
			v++ // "has directly attacked"
		}
		if v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].Head == t || s.dominates(v, t) {
			continue
		}
		head := -1
		for u := sb; u < v; u++ {
			if h := toks[u].Head; (h < sb || h >= v) && toks[u].UPOS != "AUX" && toks[u].UPOS != "ADV" {
				if head >= 0 {
					head = -2 // two phrases: not one subject
					break
				}
				head = u
			}
		}
		if head < 0 || !isNominal(toks[head].UPOS) || s.dominates(head, v) {
			continue
		}
		toks[v].Head, toks[v].Rel = t, "acl:relcl"
		toks[head].Head, toks[head].Rel = v, "nsubj"
	}
}

// repairMeansOnObject mends "could answer the attacks by targeting supply
// hubs": a gerund marked "by" hung on the verb's object, or on a noun of
// the object's phrase, says how the verb is done, and so takes the verb's
// mood ("could", "if").
func (s *sent) repairMeansOnObject() {
	toks := s.tree.Tokens
	for v := range toks {
		n := toks[v].Head
		if toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "ing") || s.markOf(v) != "by" || n < 0 || n > v {
			continue
		}
		// up the object's phrase ("answer Ukraine's use of missiles by
		// targeting") to the verb
		for n >= 0 && isNominal(toks[n].UPOS) && (toks[n].Rel == "nmod" || toks[n].Rel == "compound") {
			n = toks[n].Head
		}
		g := -1
		if n >= 0 && isNominal(toks[n].UPOS) && (toks[n].Rel == "obj" || toks[n].Rel == "obl") {
			g = toks[n].Head
		}
		if g < 0 || toks[g].UPOS != "VERB" {
			continue
		}
		toks[v].Head, toks[v].Rel = g, "advcl"
	}
}

// causePhraseNouns head a phrase that says why a clause's act was done:
// "in protest at", "in response to", "in retaliation for".
var causePhraseNouns = set("protest", "response", "retaliation", "reply", "reaction", "solidarity", "revenge", "reprisal")

// repairCausePhraseOnObject mends "expelled India's envoy in protest at
// New Delhi's decision": the phrase hung on the object says why the verb's
// act was done, and is the verb's, so that the protest is its subject's.
//
// So is an act named with "in a" after the object of a verb of violence:
// "killed a senior official in a helicopter raid" kills by the raid, which
// is the killers' (not "a suspect in the attack", a part in a known act).
func (s *sent) repairCausePhraseOnObject() {
	toks := s.tree.Tokens
	for n := range toks {
		o := toks[n].Head
		if toks[n].Rel != "nmod" || s.caseOf(n) != "in" || o < 0 || !isNominal(toks[o].UPOS) {
			continue
		}
		g := toks[o].Head
		if !(toks[o].Rel == "obj" || toks[o].Rel == "obl") || g < 0 || toks[g].UPOS != "VERB" {
			continue
		}
		d := s.child(n, "det")
		indefinite := d >= 0 && (s.form(d) == "a" || s.form(d) == "an")
		if causePhraseNouns[s.form(n)] || attackNouns[s.form(n)] && outcomeLemmas[s.lemma(g)] && indefinite {
			toks[n].Head, toks[n].Rel = g, "obl"
		}
	}
}

// repairAdverbPairBeforeParticiple mends "have been completely and totally
// destroyed": the first adverb read as the predicate the copula hangs on,
// the participle as its conjunct or another verb's complement. The
// participle is the passive verb, the adverbs its modifiers.
func (s *sent) repairAdverbPairBeforeParticiple() {
	toks := s.tree.Tokens
	for a := range toks {
		if toks[a].UPOS != "ADV" || s.child(a, "cop") < 0 {
			continue
		}
		v := a + 1
		for v < len(toks) && (toks[v].UPOS == "ADV" || toks[v].UPOS == "CCONJ") {
			v++
		}
		if v == a+1 || v >= len(toks) || toks[v].UPOS != "VERB" || !strings.HasSuffix(s.form(v), "ed") || toks[v].Head != a && s.dominates(a, v) {
			continue
		}
		if toks[v].Head == a {
			toks[v].Head, toks[v].Rel = toks[a].Head, toks[a].Rel
		}
		s.rehang(a, v, func(x int) bool { return x != v }, passiveRels)
		toks[a].Head, toks[a].Rel = v, "advmod"
	}
}

// passiveRels are what a copula's clause relations become on a passive
// participle.
var passiveRels = map[string]string{"cop": "aux:pass", "nsubj": "nsubj:pass"}

// rehang moves the dependents of token from that move accepts to token
// to, renaming their relations by renames.
func (s *sent) rehang(from, to int, move func(int) bool, renames map[string]string) {
	toks := s.tree.Tokens
	for x := range toks {
		if toks[x].Head != from || !move(x) {
			continue
		}
		toks[x].Head = to
		if r, ok := renames[toks[x].Rel]; ok {
			toks[x].Rel = r
		}
	}
}

// gerundClauseCases take a gerund's clause with its own subject: "amid
// Iran carrying out strikes", "despite Russia massing troops"; "of" does
// after a noun of what happened or is told (situationNouns, claimNouns).
var gerundClauseCases = set("amid", "amidst", "despite", "over")

// situationNouns take a clause of what happened after "of": "against the
// backdrop of Iran carrying out strikes", "in the wake of Russia
// annexing Crimea". (What is feared, "the prospect of Israel striking",
// keeps its verb apart: it did not happen.)
var situationNouns = set("backdrop", "wake", "news", "images", "footage", "video", "videos")
