package coder

// Repairs of charges: the clause a verb of charging takes, and the verbs
// joined to it.

import (
	"strings"

	"github.com/briefbot/briefbot"
)

// repairChargeClauseOnPunct mends "Turkey accuses the YPG, which makes up the
// SDF, of having links": the "of" clause a verb of charging takes, hung on
// punctuation or on the relative clause between, is that verb's.
func (s *sent) repairChargeClauseOnPunct() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || s.markOf(v) != "of" || toks[v].Head < 0 {
			continue
		}
		h := toks[v].Head
		if chargingVerbs[s.lemma(h)] {
			continue
		}
		for c := v - 1; c >= 0; c-- {
			if chargingVerbs[s.lemma(c)] && toks[c].UPOS == "VERB" {
				if toks[h].UPOS == "PUNCT" || toks[h].Rel == "acl:relcl" || s.rel(h, "acl") {
					toks[v].Head, toks[v].Rel = c, "advcl"
				}
				break
			}
		}
	}
}

// repairSecondChargeAfterAnd mends "accused India of sponsoring the attack and
// Kabul of giving the militants sanctuary": a name after "and" with an "of"
// clause of its own, hung inside the first charge, is the verb's second
// object, and its clause the second charge.
func (s *sent) repairSecondChargeAfterAnd() {
	toks := s.tree.Tokens
	for c := range toks {
		v := toks[c].Head
		if v >= 0 && s.rel(v, "obj") {
			v = toks[v].Head // "accused France of spying", the clause hung on the object
		}
		if toks[c].UPOS != "VERB" || s.markOf(c) != "of" || v < 0 || !chargingVerbs[s.lemma(v)] {
			continue
		}
		x := s.child(v, "obj")
		if x < 0 || x > c {
			continue
		}
		for w := c + 1; w < len(toks); w++ {
			y := w - 2 // "and Kabul of giving": the name right before the second "of"
			if toks[w].UPOS != "VERB" || s.markOf(w) != "of" || !s.dominates(c, w) || y < 1 || s.form(y-1) != "and" || toks[y].UPOS != "PROPN" && toks[y].UPOS != "NOUN" {
				continue
			}
			toks[y].Head, toks[y].Rel = x, "conj"
			toks[y-1].Head, toks[y-1].Rel = y, "cc"
			toks[w].Head, toks[w].Rel = c, "conj"
			break
		}
	}
}

// repairJoinedChargeGerund mends "accused Pakistan of bombing a market and
// violating its airspace": a gerund after "and", read as a conjunct of the
// charging verb, is a second charge, joined to the first ("of bombing").
func (s *sent) repairJoinedChargeGerund() {
	toks := s.tree.Tokens
	for w := 2; w < len(toks); w++ {
		v := toks[w].Head
		if toks[w].UPOS != "VERB" || !strings.HasSuffix(s.form(w), "ing") || toks[w].Rel != "conj" || s.form(w-1) != "and" || v < 0 || !chargingVerbs[s.lemma(v)] {
			continue
		}
		for c := v + 1; c < w; c++ {
			h := toks[c].Head
			if !strings.HasSuffix(s.form(c), "ing") || (h != v && (h < 0 || toks[h].Head != v)) || s.markOf(c) != "of" && s.caseOf(c) != "of" {
				continue
			}
			toks[w].Head = c // the first charge: "of bombing"
			toks[w-1].Head = w
			break
		}
	}
}

// repairJudgingVerbAsNoun mends "the TTP, whom Islamabad accuses of killing
// soldiers": a verb of judging tagged as a noun after a relative pronoun and a
// name is the relative clause's verb, the pronoun its object, the name its
// subject.
func (s *sent) repairJudgingVerbAsNoun() {
	toks := s.tree.Tokens
	for i := 2; i+2 < len(toks); i++ {
		if toks[i-1].Form != "," || !strings.EqualFold(toks[i].Form, "whom") && !strings.EqualFold(toks[i].Form, "which") {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].UPOS == "DET" || toks[j].UPOS == "PROPN" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "PRON") {
			j++ // "whom Nairobi accuses", "whom it accused"
		}
		if j == i+1 || j >= len(toks) || toks[j].UPOS != "NOUN" && toks[j].UPOS != "VERB" || toks[j].Rel == "acl:relcl" || !s.accusingAt(s.itemOfTok(j), true) {
			continue
		}
		ant := i - 2
		for ant > 0 && toks[ant].Rel == "flat" && toks[ant].Head >= 0 && toks[ant].Head < ant {
			ant = toks[ant].Head // "al-Shabaab, whom": the name's head, past its hyphen
		}
		if !isNominal(toks[ant].UPOS) {
			continue
		}
		for u := i + 1; u < j; u++ {
			if h := toks[u].Head; h < i+1 || h >= j {
				toks[u].Head, toks[u].Rel = j, "nsubj"
			}
		}
		for u := range toks {
			if toks[u].Head == j && toks[u].Rel == "acl" {
				toks[u].Rel = "advcl"
			}
		}
		toks[j].UPOS, toks[j].Head, toks[j].Rel = "VERB", ant, "acl:relcl"
		toks[i].Head, toks[i].Rel = j, "obj"
	}
}

// repairChargeAfterReportedClause mends "the minister said fighters who
// stormed two posts had crossed from Afghanistan, and accused Kabul of ...": a
// verb of charging joined with ", and" to a verb inside what a speaker said,
// with no subject of its own, is the speaker's second act, joined to the
// reporting verb; so is one after a claim a party denied ("dismissed claims
// that the dam would choke the river and accused Cairo of ...").
func (s *sent) repairChargeAfterReportedClause() {
	toks := s.tree.Tokens
	for v := range toks {
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || !chargingVerbs[s.lemma(v)] || s.child(v, "nsubj") >= 0 || toks[v].Head < 0 {
			continue
		}
		for r, steps := toks[toks[v].Head].Head, 0; r >= 0 && steps < 8; r, steps = toks[r].Head, steps+1 {
			if (reportingLemmas[s.lemma(r)] || s.denyingAt(s.itemOfTok(r))) && toks[r].UPOS == "VERB" && s.child(r, "nsubj") >= 0 && r < v {
				toks[v].Head = r
				break
			}
		}
	}
}

// repairFiniteVerbAfterCharge mends "accused Algeria of shooting down a drone
// and recalled its ambassador": a finite verb cannot be the conjunct of the
// gerund that states a charge; it is the accuser's second act.
func (s *sent) repairFiniteVerbAfterCharge() {
	toks := s.tree.Tokens
	for v := range toks {
		g := toks[v].Head
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || g < 0 || g > v || strings.HasSuffix(s.form(v), "ing") || s.ownSubj(v) >= 0 ||
			!strings.HasSuffix(s.form(g), "ing") || s.markOf(g) != "of" && s.markOf(g) != "for" || toks[g].Head < 0 {
			continue
		}
		c := toks[g].Head
		if toks[c].Rel == "obj" && toks[c].Head >= 0 {
			c = toks[c].Head // "accused the UAE of arming the RSF": the charge hangs on the accused
		}
		if m, ok := s.c.lx.longestAt(s.items, s.itemOfTok(c)); ok && toks[c].UPOS == "VERB" && m.trig.typ == briefbot.Accusation {
			toks[v].Head = c
		}
	}
}

// repairChargingVerbAsNoun mends "dismissed the Houthis' claim and accused
// Iran of launching": a verb of charging after "and", tagged a noun joined to
// the object, the object read as the compound of the party charged: the verb
// is the main verb's conjunct and takes the party as its object.
func (s *sent) repairChargingVerbAsNoun() {
	toks := s.tree.Tokens
	for a := 2; a+1 < len(toks); a++ {
		c, x := toks[a].Head, a+1
		if toks[a].UPOS != "NOUN" || toks[a].Rel != "conj" || !chargingVerbs[s.lemma(a)] || s.form(a-1) != "and" ||
			c < 0 || c >= a || toks[c].Head != x || toks[c].Rel != "compound" || !isNominal(toks[x].UPOS) || toks[x].Head < 0 {
			continue
		}
		v := toks[x].Head
		for s.rel(v, "acl") && s.head(v) >= 0 && s.head(s.head(v)) >= 0 {
			v = s.head(s.head(v)) // "dismissed claims that the dam would cut the flow and accused Cairo": the claim's denier charges
		}
		for u := range x {
			if toks[u].Head == x && u < c {
				toks[u].Head = c // "the Houthis'": the claim's
			}
		}
		toks[c].Head, toks[c].Rel = v, toks[x].Rel
		toks[a].UPOS, toks[a].Head, toks[a].Rel = "VERB", v, "conj"
		toks[x].Head, toks[x].Rel = a, "obj"
	}
}
