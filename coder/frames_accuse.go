package coder

import (
	"slices"
	"strings"
)

// The accuse family: a party accuses, blames, condemns or protests against
// another. What the accused is accused of is the accusation's content and
// no event of its own.

// codeAccuse codes "X accused Y of ...", "X blamed Y for ...", "X held Y
// responsible", "Y was accused by X of ...".
func (s *sent) codeAccuse(a *analysis) {
	m := a.m
	t := m.trig
	sp := s.c.frames[t.frame]
	if s.reciprocal(m.end) {
		src, _ := s.fill(a, sp, asSource, nil)
		s.consume(m.end, s.complementEnd(m.end))
		s.emitPairs(t, src, sp.conf) // "accused each other"
		return
	}
	// What someone is accused of is not itself an event, even when the
	// accuser is no actor ("accused by Kurdish forces of carrying out ...").
	compStart, cend := -1, -1
	for k := m.end; k < len(s.items) && k < m.end+6; k++ {
		if s.items[k].is("of", "for", "over", "that") {
			compStart, cend = k, s.complementEnd(k)
			s.consume(m.end, cend)
			break
		}
	}
	if a.head >= 0 {
		s.consumeContent(a.head, m.end) // "of backing men who attacked a patrol": the clause's own clauses too
	}
	src, _ := s.fill(a, sp, asSource, nil)
	if len(src) == 0 {
		return
	}
	conf := sp.conf
	if s.isParticiple(m.start) {
		// "China banned imports after Tokyo began ..., accusing Japan":
		// nobody accuses itself, so the main clause's subject does
		if tg, _ := s.fill(a, sp, asTarget, nil); len(tg) > 0 && contains(src, tg[0]) {
			if k := s.mainSubject(m.start); k >= 0 {
				src = s.ids(s.group(k))
			}
		}
	}
	targets, ti := s.fill(a, sp, asTarget, src)
	if ti >= 0 && sp.target[ti].rule != nil {
		conf = 0.6
	}
	if len(targets) == 0 && compStart >= 0 && !s.partylessObject(a) {
		// "accused of spying for Danish intelligence", "accusing him of
		// orchestrating Kigali's support"; where the wrong was done is not
		// who did it ("accusing it of genocide in Gaza")
		tg, _ := s.objects(compStart, cend, src)
		tg = slices.DeleteFunc(tg, func(k int) bool { return locativePreps[s.prevWord(k)] })
		targets, conf = s.ids(tg), 0.5
	}
	if compStart >= 0 && len(targets) > 0 {
		targets = append(targets, s.colluders(compStart, cend, src)...)
	}
	s.emit(t, src, targets, nil, conf)
}

// colludeNouns name acting together with another: "in collusion with".
var colludeNouns = set("collusion", "cahoots", "league", "concert", "coordination", "complicity")

// colluders returns the parties a charge in [from, to) names as acting
// with the accused: "of plotting a coup in collusion with the TPLF".
func (s *sent) colluders(from, to int, exclude []string) []string {
	var out []string
	for k := from; k+2 < to; k++ {
		if s.items[k].is("in") && colludeNouns[s.items[k+1].text] && s.items[k+2].is("with") {
			for j := k + 3; j < to && j <= k+5; j++ {
				if s.eligibleObject(j) {
					for _, g := range s.group(j) {
						if !slices.Contains(exclude, s.items[g].actor) {
							out = appendUnique(out, s.items[g].actor)
						}
					}
					break
				}
			}
		}
	}
	return out
}

// partylessObject reports an object of the trigger that names no party,
// a noun or a relative pronoun standing for one: in "Kurdish rebels, whom
// Iran holds responsible for destabilizing the country", the country is
// the victim, not the accused. A pronoun ("accusing him of ...") may stand
// for a party's official.
func (s *sent) partylessObject(a *analysis) bool {
	if a.head < 0 {
		return false
	}
	o := s.child(a.head, "obj")
	return o >= 0 && (isNominal(s.tk(o).UPOS) || s.relPronoun(o)) && len(s.nominalActors(o, nil)) == 0
}

// consumeContent consumes the items of what the trigger at head says a
// party did: the clause or noun after "of", "for", "over" or "that" that
// hangs on the trigger or its object, with everything it holds.
func (s *sent) consumeContent(head, from int) {
	for j := head + 1; j < len(s.tree.Tokens); j++ {
		p := s.head(j)
		if p != head && (p < 0 || s.head(p) != head || !s.rel(p, "obj")) {
			continue
		}
		if m := s.markOf(j); m != "of" && m != "for" && m != "over" && m != "that" {
			if c := s.caseOf(j); c != "of" && c != "for" && c != "over" {
				continue
			}
		}
		bound := len(s.items)
		for k := from; k > 0 && k+1 < len(s.items); k++ {
			if it := &s.items[k]; it.is(";", ":") || it.is(",") && (s.items[k+1].is("and", "but", "while", "as", "whereas", "which") || s.claimAt(k+1)) {
				bound = k // ", and Mali recalled its envoy": a clause of its own, however parsed
				break
			}
		}
		s.consumeClause(j, bound)
	}
}

// consumeClause consumes the items of the content at j: its words and the
// clauses that describe them ("men who attacked a patrol, killing ..."),
// not the clauses that join it or speak of it ("and Mali recalled its
// envoy", "saying ...", "which Turkey denied", "a charge Niger denied").
func (s *sent) consumeClause(j, bound int) {
	if k := s.itemOfTok(j); k >= 0 && k < bound {
		s.consumed[k] = true
	}
	for u := range s.tree.Tokens {
		if s.head(u) != j {
			continue
		}
		switch r := s.tk(u).Rel; {
		case r == "parataxis" || r == "appos" || r == "punct" || r == "cc":
			continue
		case r == "conj" && (s.ownSubj(u) >= 0 || strings.HasSuffix(s.form(j), "ing") && !strings.HasSuffix(s.form(u), "ing")):
			continue // "and Mali recalled its envoy"; "of flying drones ... and threatened": a verb of the accuser
		case r == "advcl" && (reportingLemmas[s.lemma(u)] || timeMarks[s.markOf(u)]):
			continue // "saying ...", "after a drone strike killed two people"
		case syntaxObl(r) && timeMarks[s.caseOf(u)]:
			continue // "after an Israeli drone strike"
		case r == "acl:relcl" || r == "advcl" || r == "acl":
			if sb := s.ownSubj(u); sb >= 0 && !s.relPronoun(sb) && len(s.nominalActors(sb, nil)) > 0 {
				continue // a clause of its own party
			}
		}
		s.consumeClause(u, bound)
	}
}

// timeMarks open a clause that dates another: its act is a fact of its own.
var timeMarks = set("after", "before", "as", "when", "while", "since", "following", "until")

// claimAt reports a claim noun at k, after an article: ", a charge Pakistan
// denies".
func (s *sent) claimAt(k int) bool {
	if k < len(s.items) && s.items[k].is("a", "an", "the") {
		k++
	}
	return k < len(s.items) && s.items[k].kind == wordItem && claimNouns[s.items[k].text]
}

// ownSubj returns the subject token a clause at u names itself, or -1.
func (s *sent) ownSubj(u int) int {
	if sb := s.child(u, "nsubj"); sb >= 0 {
		return sb
	}
	return s.child(u, "nsubj:pass")
}

func init() {
	// "Iran and Russia are accused of arming the rebels, according to the
	// UN"; "India said Pakistan should be held accountable": who speaks
	// for a passive charge
	rules["passivespeaker"] = func(s *sent, a *analysis, _ []string) []string {
		if !a.passive && !s.passive(a.m.start) {
			return nil
		}
		if a.head >= 0 {
			if t := s.speakerTok(a.head); t >= 0 {
				var out []string
				for _, k := range s.nominalActors(t, nil) {
					if !s.private[k] && !s.items[k].compound {
						out = appendUnique(out, s.items[k].actor)
					}
				}
				if len(out) > 0 {
					return out
				}
			}
		}
		if k := s.speaker(a.m.start); k > a.m.start && !s.speculative {
			return []string{s.items[k].actor}
		}
		if a.m.trig.code == "blame" {
			return s.reporter(a.m.start)
		}
		return nil
	}
	// the rules' object of an accusation: up to "of", "for" or "over"
	rules["h:accobj"] = func(s *sent, a *analysis, src []string) []string {
		var stops map[string]bool
		if a.m.trig.frame != frameBlameOn {
			stops = stopOfFor
		}
		if s.passive(a.m.start) {
			return s.ids(s.ruleSubjectOf(a.m.start))
		}
		tg, _ := s.objects(a.m.end, s.objectEnd(a.m.end, stops), src)
		return s.ids(tg)
	}
}

// codeCondemn codes condemnations and protests: against the party named,
// the author of the act condemned ("condemned Israel's strikes"), the
// party protested to or against, else the author of the act last reported
// ("condemned the attack").
func (s *sent) codeCondemn(a *analysis) {
	m := a.m
	if s.condemnedAsFalse(m) {
		return
	}
	sp := s.c.frames[m.trig.frame]
	src, _ := s.fill(a, sp, asSource, nil)
	if len(src) == 0 {
		return
	}
	conf := sp.conf
	targets, ti := s.fill(a, sp, asTarget, src)
	if ti >= 0 && sp.target[ti].rule != nil && sp.target[ti].name == "lastact" {
		conf = 0.5
	}
	s.emit(m.trig, src, targets, nil, conf)
	if len(targets) == 1 {
		s.condemnedAct(m.end, s.complementEnd(m.end), targets[0])
	}
}

// asAgentPaths lead from a verb of condemning to the owner of the act its
// "as" phrase names: "condemned [the move] as illegal action of X".
var asAgentPaths = [][]step{{{"obl", "as"}, {"nmod", "of"}}, {{"obj", ""}, {"nmod", "as"}, {"nmod", "of"}}}

// asActPaths lead from a verb of condemning to the act noun its "as"
// phrase names: "condemned [the blasts] as Israeli aggression".
var asActPaths = [][]step{{{"obl", "as"}}, {{"obj", ""}, {"nmod", "as"}}}

func init() {
	// the rules' party condemned: an actor named before "of", "in", "on",
	// "against" ("condemned Iran", "the Israeli raid"), one after "by" ("a
	// violation of its airspace by Peru"), and for a protest the party
	// protested to or against
	rules["h:condobj"] = func(s *sent, a *analysis, src []string) []string {
		m := a.m
		end := s.objectEnd(m.end, stopAs)
		for k := m.end; k+1 < end; k++ {
			if !s.items[k].is("by") {
				continue
			}
			j := k + 1
			for j+1 < end && j <= k+2 && (numeral(s.items[j].text) || s.items[j].is("the", "a", "an")) {
				j++ // "conducted by 18 Turkish warplanes"
			}
			if s.eligibleObject(j) && !contains(src, s.items[j].actor) {
				return s.ids(s.group(j))
			}
		}
		if m.trig.frame == frameProtest {
			for k := m.end; k < end; k++ {
				if s.prevWord(k) == "against" && s.eligibleObject(k) && !contains(src, s.items[k].actor) {
					return s.ids(s.group(k))
				}
			}
		}
		for k := m.end; k < end; k++ {
			it := &s.items[k]
			if it.kind == wordItem {
				if it.is("of", "in", "on", "against", "at", "near", "inside") {
					break // victims and places, not the condemned party
				}
				continue
			}
			if s.eligibleObject(k) && !contains(src, it.actor) && !s.forumAt(k) {
				return s.ids(s.group(k))
			}
		}
		if m.trig.frame == frameProtest {
			if k := s.withActor(m.end, end, src); k >= 0 {
				return []string{s.items[k].actor}
			}
		}
		return nil
	}
	// "condemned the move as illegal action of the Russian occupying
	// forces": the forces or organs whose act the "as" phrase names (in "a
	// violation of UN resolutions" the "of" phrase is what was violated)
	rules["h:asagent"] = func(s *sent, a *analysis, src []string) []string {
		if a.head < 0 {
			return nil
		}
		for _, steps := range asAgentPaths {
			for _, n := range s.path(a, steps) {
				if forceNouns[s.form(n)] || organNouns[s.form(n)] {
					return without(s.ids(s.nominalActors(n, nil)), src)
				}
			}
		}
		// "condemned the explosions as a criminal Israeli aggression": the
		// act the "as" phrase names, owned by its modifier
		for _, steps := range asActPaths {
			for _, n := range s.path(a, steps) {
				if eventNouns[s.form(n)] {
					return without(s.ids(s.nominalActors(n, nil)), src)
				}
			}
		}
		return nil
	}
	// "condemned the attack", "lodged a protest": the author of the act the
	// sentence or the article last reported
	// "signed a deal with Somaliland, which Somalia denounced": who did
	// what the relative pronoun stands for
	rules["relauthor"] = func(s *sent, a *analysis, src []string) []string {
		return s.relativeObjectAuthor(a.m.start, src)
	}
	rules["lastact"] = func(s *sent, a *analysis, src []string) []string {
		m := a.m
		if m.trig.frame != frameProtest {
			saw := false
			for k := m.end; k < s.objectEnd(m.end, stopAs); k++ {
				saw = saw || s.items[k].kind == wordItem && eventNouns[s.items[k].text]
			}
			if a.passive {
				// "That launch was condemned by the UN": the act is the subject
				for k := s.clauseStart(m.start); k < m.start; k++ {
					saw = saw || s.items[k].kind == wordItem && eventNouns[s.items[k].text]
				}
			}
			if !saw {
				return nil
			}
		}
		return s.referencedAggressor(src)
	}
}
