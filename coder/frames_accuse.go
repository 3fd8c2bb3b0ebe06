package coder

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot"
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

// colludeNouns name acting together with another: "in collusion with";
// colludeVerbs do: "colluding with".
var (
	colludeNouns = set("collusion", "cahoots", "league", "concert", "coordination", "complicity")
	colludeVerbs = set("colluding", "conspiring", "collaborating", "plotting", "colluded", "conspired", "collaborated", "plotted")
)

// colluders returns the parties a charge in [from, to) names as acting
// with the accused: "of plotting a coup in collusion with the TPLF", "of
// colluding with France".
func (s *sent) colluders(from, to int, exclude []string) []string {
	var out []string
	for k := from; k+1 < to; k++ {
		with := -1
		switch {
		case k+2 < to && s.items[k].is("in") && colludeNouns[s.items[k+1].text] && s.items[k+2].is("with"):
			with = k + 2
		case s.items[k].kind == wordItem && colludeVerbs[s.items[k].text] && s.items[k+1].is("with"):
			with = k + 1
		}
		if with >= 0 {
			for j := with + 1; j < to && j <= with+3; j++ {
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
	if s.itemIs(k, "a", "an", "the") {
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
		// "blamed Iran-backed groups operating in Syria and Iraq": where
		// the blamed are is no party blamed
		return s.ids(slices.DeleteFunc(tg, s.locatedBy))
	}
}

// locatingParticiples place what they follow: "groups operating in Syria".
var locatingParticiples = set("operating", "based", "active", "stationed", "located", "hiding", "sheltering", "holed")

// locatedBy reports an actor at k named as where something a participle
// places is: "militants based in Pakistan".
func (s *sent) locatedBy(k int) bool {
	g := s.group(k)
	j := g[0] - 1
	return j > 0 && locativePreps[s.items[j].text] && s.items[j-1].kind == wordItem && locatingParticiples[s.items[j-1].text]
}

// summonedEnvoyParty returns the party whose envoy a verb of summoning
// before h calls in ("summoned Russian Ambassador Georgy Zinoviev"), or "".
func (s *sent) summonedEnvoyParty(h int) string {
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		if !s.items[k].is("summoned", "summons", "summon", "summoning") {
			continue
		}
		for j := k + 1; j+1 < len(s.items) && j <= k+4; j++ {
			if s.items[j].kind == actorItem && slices.ContainsFunc(s.items[j+1:min(j+3, len(s.items))], func(it item) bool { return envoyNouns[it.text] }) {
				return s.items[j].actor
			}
		}
		return ""
	}
	return ""
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
	if e := s.summonedEnvoyParty(m.start); e != "" {
		src = without(src, []string{e}) // "Kim summoned Russian Ambassador Zinoviev to protest": not Russia's protest
	}
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
		if ti >= 0 && sp.target[ti].name == "presenceof" {
			if v := s.presenceHost(a, targets[0]); len(v) > 0 {
				s.emit(intrusionTrigger, targets, v, nil, 0.6)
			}
		}
	}
}

// presenceHost returns the party whose waters or land a protested presence
// of forces is in: "protested the presence of Chinese vessels in
// Malaysia's exclusive economic zone" states China's incursion on Malaysia.
func (s *sent) presenceHost(a *analysis, by string) []string {
	for _, o := range s.presenceObjects(a) {
		for n := range s.tree.Tokens {
			if h := s.head(n); h != o && h != a.head && (h < 0 || s.head(h) != o) || !locativePreps[s.caseOf(n)] || !intrudedPlaces[s.lemma(n)] {
				continue // ("in its exclusive economic zone", hung on the presence, the forces or the verb)
			}
			for p := range s.tree.Tokens {
				if s.head(p) == n && (s.rel(p, "nmod:poss") || s.rel(p, "amod")) {
					if ids := without(s.ids(s.nominalActors(p, nil)), []string{by}); len(ids) > 0 {
						return ids
					}
				}
			}
		}
	}
	return nil
}

// presenceObjects returns the trigger's objects that name a presence:
// "protested the presence of ...", "condemned the transit of ...".
func (s *sent) presenceObjects(a *analysis) []int {
	return slices.DeleteFunc(s.path(a, []step{{"obj", ""}}), func(o int) bool { return !presenceNouns[s.lemma(o)] })
}

// intrudedPlaces are what a party's forces intrude into: "Vietnam's
// exclusive economic zone", "Lithuanian airspace".
var intrudedPlaces = set("zone", "waters", "water", "airspace", "territory", "sea", "eez", "shelf", "soil")

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
				return s.ids(append(s.group(j), s.partnersAfter(j)...)) // "drills by Seoul in conjunction with Washington"
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
				if it.is("of", "in", "on", "against", "at", "near", "inside") && !(it.is("of") && (phaseNouns[s.prevWord(k)] || conductNouns[s.prevWord(k)])) {
					break // victims and places, not the condemned party ("the resumption of Israeli strikes" names the acts, "the actions of Manila" their doer)
				}
				if it.is("and") && s.joinedVerbAt(k+1) {
					break // "condemned the attack and expressed solidarity with Azerbaijan": the next verb's party
				}
				continue
			}
			if s.eligibleObject(k) && !contains(src, it.actor) && !s.forumAt(k) {
				return s.ids(s.group(k))
			}
			if pair := s.pairAt(k); pair != nil && pair[1]+1 < end && eventNouns[s.items[pair[1]+1].text] {
				return without(s.ids(pair), src) // "condemned the US-British strikes": the pair struck together
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
	// "protested the presence of Chinese ships", "condemned the deployment
	// of Russian troops": whose presence is the charge (where the "of"
	// after most act nouns names the victim: "the killing of civilians")
	rules["presenceof"] = func(s *sent, a *analysis, src []string) []string {
		for _, o := range s.presenceObjects(a) {
			for n := range s.tree.Tokens {
				if s.head(n) == o && s.rel(n, "nmod") && s.caseOf(n) == "of" {
					return without(s.ids(s.nominalActors(n, nil)), src)
				}
			}
		}
		return nil
	}
	rules["lastact"] = func(s *sent, a *analysis, src []string) []string {
		m := a.m
		if m.trig.frame != frameProtest {
			// ("condemned them as a violation": a pronoun no party stands
			// for stands for the acts)
			saw := m.end < len(s.items) && s.items[m.end].is("it", "them", "this")
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
	// "Abe visited the Yasukuni Shrine, and Beijing and Seoul lodged
	// protests": a protest that names nothing, joined to a clause whose
	// subject acted, protests that subject's act
	rules["prevsubj"] = func(s *sent, a *analysis, src []string) []string {
		v := a.head
		if v < 0 || a.noun || !s.rel(v, "conj") && !s.rel(v, "parataxis") {
			return nil // (or set beside it by a semicolon: "China blocks UN listing; India cries foul")
		}
		c := s.head(v)
		if c < 0 || c > v || s.tk(c).UPOS != "VERB" || reportingVerbs[s.form(c)] {
			return nil
		}
		sb, passive := s.subjTok(c)
		if sb < 0 || passive {
			return nil
		}
		var out []string
		for _, k := range s.nominalActors(sb, nil) {
			if id := s.items[k].actor; !s.private[k] && !slices.Contains(src, id) {
				out = appendUnique(out, id)
			}
		}
		return out
	}
}

// codeAllege codes "X alleged that Y ...": X accuses the subject of the
// claim, unless X claims its own act.
func (s *sent) codeAllege(m match) {
	if m.start > 0 && (s.items[m.start-1].is("a", "an", "the", "this", "that", "such", "its", "their") || s.items[m.start-1].poss) {
		return // "a claim that ..." is a noun, the claim of someone else; "Israel's alleged strike" a hedge
	}
	if u := s.tokOfItem(m.start); s.items[m.start].is("alleged") && s.hasTree && u >= 0 && (s.rel(u, "amod") || s.tk(u).UPOS == "ADJ") {
		return // "alleged Israeli strikes": a hedge on the act, no charge
	}
	if m.end < len(s.items) && s.items[m.end].is("by") {
		return // "denied it, as alleged by Zambia": the charge the denial names is the denial's to code
	}
	src, conf := s.sourceOf(m.start, false)
	if len(src) == 0 {
		return
	}
	cend := s.complementEnd(m.end)
	for k := m.end; k < cend; k++ {
		if s.items[k].kind == actorItem {
			if slices.Contains(src, s.items[k].actor) {
				return // "saying that its fighters staged the raid": the act itself is coded
			}
			break
		}
	}
	if strings.HasPrefix(s.items[m.start].text, "claim") && s.actIn(m.end, cend, false) {
		return // "claimed that UAE drones carried out attacks": a reported act, coded as the act
	}
	if w := s.items[m.start].text; (strings.HasPrefix(w, "determin") || strings.HasPrefix(w, "conclud")) && !s.wrongIn(m.end, cend) {
		return // "concluded that the talks were productive": a finding that charges no one
	}
	tg, _ := s.objects(m.end, cend, src)
	if a := s.sponsorAgent(m.end, cend); a >= 0 && !slices.Contains(src, s.items[a].actor) {
		tg = []int{a} // "claiming that the bombers had been trained by Z" accuses Z
	}
	if !s.actIn(m.end, cend, false) {
		s.consume(m.end, cend) // "alleged that Indian jets struck a mosque" also reports the strike
	}
	s.emit(m.trig, src, s.ids(tg), nil, conf)
}

// actIn reports an act of force named by a verb in [from, to): "that
// drones carried out attacks", "that Russia shelled the town" (but "to
// justify its strikes" names acts, and reports none); with nouns, by a noun
// too: "an assault on", "the drone attack on".
func (s *sent) actIn(from, to int, nouns bool) bool {
	for k := from; k < to && k < len(s.items); k++ {
		m, ok := s.c.lx.longestAt(s.items, k)
		if !ok || m.trig.typ != briefbot.Escalation {
			continue
		}
		if nouns && (forceAct(m.trig.frame) || m.trig.frame == frameNoun) || !nouns && forceAct(m.trig.frame) && !s.nounTrigger(k) {
			return true
		}
	}
	return false
}

// nounTrigger reports a trigger at item k that the parse reads as a noun.
func (s *sent) nounTrigger(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "NOUN"
}

// sponsorAgent returns the by-agent of a passive sponsoring verb in
// [from, to): "the fighters had been trained by Pakistan's military" names
// the accused, not the fighters. It returns -1 when there is none.
func (s *sent) sponsorAgent(from, to int) int {
	for k := from; k < to && k < len(s.items); k++ {
		if s.items[k].kind == wordItem && sponsorPassives[s.items[k].text] && s.passive(k) {
			if a := s.byAgent(k + 1); a >= 0 && a < to {
				return a
			}
		}
	}
	return -1
}

// agentPrep returns the preposition before the actor at k, skipping
// determiners, demonyms and media descriptors: "by" for "by the Iranian
// outlet Nournews".
func (s *sent) agentPrep(k int) string {
	j := k - 1
	skipped := false
	for ; j >= 0 && j >= k-5; j-- {
		it := &s.items[j]
		if it.kind == actorItem && it.form == FormDemonym && j < k-1 {
			continue
		}
		if it.kind == wordItem && (mediaHeads[it.text] || it.is("the", "a", "an", "state", "state-run", "state-owned", "semi-official", "official", "news", "hardline", "online")) {
			skipped = skipped || mediaHeads[it.text]
			continue
		}
		break
	}
	if skipped && j >= 0 && s.items[j].kind == wordItem {
		return s.items[j].text
	}
	return s.prevWord(k)
}

// referencedAggressor returns the sources of the latest escalation, in this
// sentence or before, that src did not commit: what "the attack" refers to.
func (s *sent) referencedAggressor(src []string) []string {
	for i := len(s.events) - 1; i >= 0; i-- {
		if e := s.events[i]; e.Type == briefbot.Escalation && !slices.Contains(src, e.Source) {
			// "Rwandan troops and M23 rebels had entered Goma, calling it a
			// declaration of war": every author of that act
			var out []string
			for j, o := range s.events {
				if o.Type == briefbot.Escalation && s.eventAt[j].trigger == s.eventAt[i].trigger && !slices.Contains(src, o.Source) {
					out = appendUnique(out, o.Source)
				}
			}
			return out
		}
	}
	if s.untargeted != "" && !slices.Contains(src, s.untargeted) {
		return []string{s.untargeted} // "North Korea fired a rocket, which the UN condemned"
	}
	// an act on the condemner first, then the news before the background:
	// "Israeli troops stormed the compound, two days after a Hamas bomber
	// killed 29. The Palestinian Authority condemned the assault"
	for pass := range 3 {
		for i := len(s.d.events) - 1; i >= 0; i-- {
			if i < s.d.untargetedAt && s.d.untargeted != "" && !slices.Contains(src, s.d.untargeted) {
				return []string{s.d.untargeted} // an act with no victim came after this event
			}
			e := s.d.events[i]
			if pass == 0 && !slices.Contains(src, e.Target) || pass == 1 && e.Background {
				continue
			}
			if e.Type == briefbot.Escalation && !slices.Contains(src, e.Source) {
				// "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar.
				// Qatar condemned the decision": every author of that act, the
				// events of its sentence with its code and target
				var out []string
				for _, o := range s.d.events {
					if o.Type == briefbot.Escalation && o.Start == e.Start && o.Code == e.Code && o.Target == e.Target && !slices.Contains(src, o.Source) {
						out = appendUnique(out, o.Source)
					}
				}
				return out
			}
		}
	}
	if s.d.untargeted != "" && !slices.Contains(src, s.d.untargeted) {
		return []string{s.d.untargeted}
	}
	return nil
}

// condemnedAct codes the act a party is condemned for as its own:
// "condemned Iran for the drone strike on its territory" states Iran's
// strike.
func (s *sent) condemnedAct(from, to int, agent string) {
	for k := from; k+1 < to; k++ {
		if !s.items[k].is("for", "over") {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			n, ok := s.c.lx.longestAt(s.items, j)
			if !ok || n.trig.typ != briefbot.Escalation || n.trig.frame != frameNoun {
				continue
			}
			if s.nounAgent(n) >= 0 {
				return // "for Israel's strikes": the noun names its own agent
			}
			tg, alts := s.objects(n.end, s.objectEnd(n.end, nil), []string{agent})
			s.trigger = j
			s.emit(n.trig, []string{agent}, s.ids(tg), alts, 0.6)
			s.consume(n.start, n.end)
			return
		}
		return
	}
}

// falseClaimAt returns the claim noun of an object from item from that
// calls it false before naming it ("Ottawa's groundless accusation",
// "the baseless allegations"), or -1.
func (s *sent) falseClaimAt(from int) int {
	judged := false
	for k := from; k < len(s.items) && k < from+6; k++ {
		it := &s.items[k]
		switch {
		case it.kind == wordItem && claimNouns[it.text]:
			if judged {
				return k
			}
			return -1
		case s.c.judgementKind(s.items, k) == judgeFalse:
			judged = true
		case it.kind == punctItem || it.kind == wordItem && (prepositions[it.text] || isVerbLike(it.text) && !judged):
			return -1
		}
	}
	return -1
}

// condemnedAsFalse codes "X denounced the claim as an illusion", "a
// claim denounced by X as lies" and "X denounced Y's groundless
// accusation" as X's denial of the claim, and reports whether it did.
func (s *sent) condemnedAsFalse(m match) bool {
	if c := s.falseClaimAt(m.end); c >= 0 {
		if src, _ := s.sourceOf(m.start, false); len(src) > 0 {
			s.denyJudged(src, m.end, c+1)
			s.consume(m.end, c+1)
			return true
		}
	}
	end := s.complementEnd(m.end)
	for k := m.end; k+1 < end && k < m.end+maxJudged; k++ {
		if !s.items[k].is("as") {
			continue
		}
		j := k + 1
		for j < end && j <= k+3 && s.items[j].is("a", "an", "the", "mere", "pure", "absolute", "complete", "total", "utter", "baseless",
			"completely", "totally", "entirely", "absolutely", "utterly", "wholly") && s.c.judgementKind(s.items, j) == 0 {
			j++
		}
		if j >= end || s.c.judgementKind(s.items, j) != judgeFalse {
			return false
		}
		var src []string
		from, to := m.end, k
		if a := s.byAgentWithin(m.end, 1); a >= 0 {
			src, from, to = []string{s.items[a].actor}, 0, m.start // "X said ..., a claim denounced by the army as ..."
		} else if src, _ = s.sourceOf(m.start, false); len(src) == 0 {
			return false
		}
		if !s.namesClaim(from, to) {
			return false // "slammed the decision as absurd" judges an act
		}
		s.denyJudged(src, from, to)
		s.consume(m.end, j+1)
		return true
	}
	return false
}

// withActor finds "with X", "to X", "against X" in [from, to).
func (s *sent) withActor(from, to int, exclude []string) int {
	found := -1
	for k := from; k < to; k++ {
		if p := s.prevWord(k); s.eligibleObject(k) && !slices.Contains(exclude, s.items[k].actor) && (p == "with" || p == "to" || p == "against") {
			if p == "against" {
				return k // "a complaint with the UN against Ethiopia"
			}
			if s.forumAt(k) {
				continue
			}
			if found < 0 {
				found = k
			}
		}
	}
	return found
}

// closingComma returns the comma that closes a short phrase opened by the
// comma at item k, or -1.
func (s *sent) closingComma(k int) int {
	if k >= len(s.items) || !s.items[k].is(",") {
		return -1
	}
	for j := k + 1; j < len(s.items) && j <= k+8; j++ {
		if s.items[j].is(",") {
			return j
		}
		if s.items[j].kind == actorItem || s.items[j].isBoundary() {
			return -1
		}
	}
	return -1
}

// codeSummon codes "X summoned Y's envoy to protest" as X accusing Y; a
// summons with no protest is nothing.
func (s *sent) codeSummon(m match) {
	var src, envoyOwner []string
	conf := 0.8
	if m.trig.headLast {
		// "Myanmar's ambassador was summoned by Bangladesh" (or "to the
		// foreign ministry in Dhaka"): the agent or the host summons the
		// envoy's state
		envoyOwner = s.ids(s.subjectOf(m.start))
		if a := s.byAgentWithin(m.end, 4); a >= 0 {
			src = s.ids(s.group(a))
		} else {
			src = s.hostOfEnvoyAfter(m.end)
		}
		if len(src) == 0 {
			src, conf = s.reporter(m.end-1), 0.6 // "Kabul said Pakistan's ambassador had been summoned"
		}
	} else {
		src, conf = s.sourceOf(m.start, false)
		if len(src) == 0 {
			src, conf = s.hostOfEnvoy(m.end), 0.5
		}
	}
	if len(src) == 0 {
		return
	}
	cend := s.complementEnd(m.end)
	cue := false
	for from := m.end; ; {
		for k := from; k < cend; k++ {
			if s.items[k].kind == wordItem && protestCues[s.items[k].text] {
				cue = true
			}
		}
		// "summoned the ambassador, for the fourth time in a month, over
		// the shelling": past a phrase set off by commas
		close := s.closingComma(cend)
		if cue || close < 0 {
			break
		}
		from, cend = close+1, s.complementEnd(close+1)
	}
	if !cue && cend+1 < len(s.items) && s.items[cend].is("and") {
		// "summoned Myanmar's ambassador and lodged a strong protest": the
		// protest the next clause lodges is this summons' own
		if n, ok := s.c.lx.longestAt(s.items, cend+1); ok && n.trig.typ == briefbot.Accusation && (n.trig.frame == frameProtest || n.trig.frame == frameCondemn) {
			cue = true
		}
	}
	if !cue {
		return
	}
	targets := without(envoyOwner, src)
	if len(targets) == 0 {
		targets = s.ids(s.insideActors(m, src))
	}
	if len(targets) == 0 && s.reciprocal(m.start+1) {
		s.consume(m.end, cend)
		s.emitPairs(m.trig, src, conf) // "Lima and Quito summoned each other's envoys"
		return
	}
	if len(targets) == 0 {
		// "the ambassadors of Britain and France": all those listed
		tg, _ := s.objects(m.end, min(cend, m.end+3), src)
		for _, k := range tg {
			for _, id := range without(s.ids(s.group(k)), src) {
				targets = appendUnique(targets, id)
			}
		}
	}
	// the protest is this event; the act protested is one of its own:
	// "summoned Pakistan's envoy over Pakistan's strikes"
	for k := m.end; k < cend; k++ {
		if s.items[k].kind == wordItem && protestCues[s.items[k].text] {
			s.consumed[k] = true
		}
	}
	s.emit(m.trig, src, targets, nil, conf)
}

// hostOfEnvoy returns the state an envoy summoned at from is posted to:
// "(the ministry summoned) Myanmar's ambassador to Bangladesh", or nil.
func (s *sent) hostOfEnvoy(from int) []string {
	for k := from; k+1 < len(s.items) && k <= from+2; k++ {
		if s.items[k].is("to", "in") && s.eligibleObject(k+1) && s.items[k+1].actorKind == briefbot.State {
			return []string{s.items[k+1].actor}
		}
	}
	return nil
}

// hostOfEnvoyAfter returns the state an envoy is summoned in, named in
// the few words after from: "was summoned to the foreign ministry in
// Dhaka".
func (s *sent) hostOfEnvoyAfter(from int) []string {
	for k := from; k+1 < len(s.items) && k <= from+6 && !s.items[k].isBoundary(); k++ {
		if s.items[k].is("in") && s.eligibleObject(k+1) && s.items[k+1].actorKind == briefbot.State {
			return []string{s.items[k+1].actor}
		}
	}
	return nil
}

// codeStoppedCharge codes "Islamabad should stop blaming Afghanistan"
// said by Afghanistan: the accused who tells its accuser to stop rejects
// the charge.
func (s *sent) codeStoppedCharge(a *analysis, sp *frameSpec) {
	if a.m.trig.typ != briefbot.Accusation || a.head < 0 || !s.hasTree {
		return
	}
	if p := s.head(a.head); p < 0 || !s.rel(a.head, "xcomp") || !stopVerbs[s.lemma(p)] {
		return
	}
	rep := s.reporter(a.m.start)
	accused, _ := s.fill(a, sp, asTarget, nil)
	if len(rep) != 1 || !slices.Equal(accused, rep) {
		return
	}
	accusers, _ := s.fill(a, sp, asSource, rep)
	for _, c := range accusers {
		s.add(briefbot.Denial, "deny", -1, rep[0], c, nil, 0.6)
	}
}

// presenceNouns name a party's being, going or putting itself somewhere,
// which the party its "of" names is charged with ("the transit of a US
// destroyer", "the incursion of Chinese vessels").
var presenceNouns = set("presence", "deployment", "stationing", "activities", "activity", "construction", "build-up", "buildup",
	"visit", "transit", "passage", "entry", "incursion", "intrusion", "overflight", "sailing", "patrol", "arrival")

// codeBehind codes "X said Y was behind ..." (and "X said Y would pay a
// price") from the reporting party to the subject.
func (s *sent) codeBehind(m match) {
	src := s.reporter(m.start)
	if len(src) == 0 && m.trig.frame == frameWarnOf {
		src = s.subjectOfVerbBefore(m.start, func(w string) bool { return warningVerbs[w] })
	}
	if len(src) == 0 {
		return
	}
	sb := s.subjectOf(m.start)
	tg := s.ids(sb)
	if m.trig.frame == frameBehind && len(sb) == 1 && selfPronouns[lower(s.items[sb[0]].text)] && len(without(tg, src)) == 0 && s.actIn(m.start, s.objectEnd(m.end, nil), true) {
		// "JNIM said it was behind an assault on a police school in
		// Bamako": a party that says it did the act claims it (where "the
		// group" may be another the speaker names)
		s.codeClaim(match{start: m.start, end: m.end, trig: ownActClaim})
		return
	}
	if m.trig.frame == frameWarnOf && len(tg) > 0 && len(without(tg, src)) == 0 {
		// "held Israel responsible and said it would receive its
		// punishment": no party warns itself of punishment; the pronoun is
		// the party it holds to account
		tg = firstOf(s.counterparts(src))
	}
	tg = append(tg, without(s.fellowConspirators(m.start), append(tg, src...))...)
	if m.trig.headLast {
		// "the truce was violated by Russian forces": the by-phrase names who
		tg = nil
		if a := s.byAgentWithin(m.end, 4); a >= 0 {
			tg = s.ids(s.group(a))
		}
	}
	s.emit(m.trig, src, tg, nil, 0.6)
	if m.trig.frame == frameWarnOf && s.judgedCause(m.start) {
		s.emit(accuseTrigger, src, tg, nil, 0.5) // "America will pay a heavy price for this blatant aggression": the wrong it names is charged
	}
	if m.trig.frame == frameFiredFirst {
		// "Pyongyang said Seoul had fired first": the act is reported by its
		// victim as well as called the start of the fighting
		s.emit(firstFireTrigger, tg, src, nil, 0.6)
	}
}

// selfPronouns stand for the party that says them, as a subject: "said it
// was behind".
var selfPronouns = set("it", "they", "we")

// conspireVerbs join others to the act they take: "plotted with the spy
// agencies of Israel to foment the protests".
var conspireVerbs = verbClass("plot", "conspire", "collude", "collaborate", "coordinate", "work", "scheme")

// fellowConspirators returns the parties a verb of plotting joins, by
// "with", to the author of the wrong at h that it takes.
func (s *sent) fellowConspirators(h int) []string {
	t := s.predTok(h)
	if !s.hasTree || t < 0 || !s.rel(t, "xcomp") && !s.rel(t, "advcl") || s.head(t) < 0 || !conspireVerbs[s.lemma(s.head(t))] {
		return nil
	}
	var out []string
	for c := range s.tree.Tokens {
		if s.head(c) == s.head(t) && syntaxObl(s.tk(c).Rel) && s.caseOf(c) == "with" {
			out = append(out, s.ids(s.nominalActors(c, nil))...)
		}
	}
	return out
}

// reporter returns who reports the clause at h: the speaker before it, or
// the subject of a reporting verb or participle before it ("Sudan cut ties,
// saying ...").
func (s *sent) reporter(h int) []string {
	if t := s.predTok(h); s.hasTree && t >= 0 && s.rel(t, "ccomp") && s.head(t) >= 0 && s.rel(s.head(t), "conj") {
		// a second verb of saying shares its subject with the first: in
		// "accused Israel of targeting civilians and said Washington was
		// complicit" the accuser said it, not the party named nearest
		// before "said"
		if sp := s.speakerTok(t); sp >= 0 {
			acts := slices.DeleteFunc(s.nominalActors(sp, nil), func(k int) bool { return s.private[k] || s.hedged[k] || s.items[k].compound })
			if len(acts) > 0 {
				return s.ids(acts)
			}
		}
	}
	if k := s.speaker(h); k >= 0 && (k < h && !s.reportingVerbBetween(k, h) || k > h && !s.items[k-1].is("that", "which")) {
		// (not "the median line, a buffer that Beijing says it does not
		// recognise": a speaker inside a relative clause reports nothing
		// of the main clause)
		return s.ids(s.group(k)) // "Hamas and the Qatari authorities said"
	}
	if src := s.subjectOfVerbBefore(h, func(w string) bool {
		return reportingVerbs[w] || reportingParticiples[w] || w == "alleged"
	}); len(src) > 0 {
		return src
	}
	// "expelled 18 diplomats, citing evidence that Russia's GRU was
	// involved": the evidence a party cites says what it holds
	for k := h - 1; k > 1 && k >= h-8 && !s.items[k].isBoundary(); k-- {
		if s.items[k].is("that") && s.items[k-1].is("evidence", "proof", "intelligence", "indications") && s.items[k-2].is("citing", "cited", "cites", "presented", "presenting") {
			return s.ids(s.subjectOf(k - 2))
		}
	}
	return nil
}

// subjectOfVerbBefore returns the subject of the last verb before item h
// that verb reports, or nil: "as local newspapers reported that" has none
// near enough.
func (s *sent) subjectOfVerbBefore(h int, verb func(string) bool) []string {
	for k := h - 1; k >= 0; k-- {
		if it := &s.items[k]; it.kind == wordItem && verb(it.text) {
			if k > 0 && s.items[k-1].kind == wordItem && spokesNouns[s.items[k-1].text] {
				// "..., and a spokesman said": the spokesman of the body the
				// sentence named, not the party named nearest before
				if t := s.tokOfItem(k - 1); t >= 0 && s.hasTree {
					if id := s.organOwnerElsewhere(t); id != "" {
						return []string{id}
					}
				}
				return nil
			}
			subj := s.subjectOf(k)
			if len(subj) == 0 || (!s.isParticiple(k) && s.gapOutsideAppositions(subj[len(subj)-1], k) > 6) {
				return nil
			}
			return s.ids(subj)
		}
	}
	return nil
}

// warningVerbs tell of a consequence as a warning: "warned that Tehran would
// be held accountable".
var warningVerbs = set("warned", "warns", "warn", "warning")

// gapOutsideAppositions returns k-j not counting the items of an
// apposition between them: "Nournews, a website close to X, reported" has
// its subject next to the verb.
func (s *sent) gapOutsideAppositions(j, k int) int {
	n := k - j
	for i := j + 1; i < k; i++ {
		if s.private[i] && s.hedged[i] {
			n--
		}
	}
	return n
}

// reportingVerbBetween reports another reporting verb between the speaker
// at k and h: "X said ..., as the media reported that Y was behind".
func (s *sent) reportingVerbBetween(k, h int) bool {
	verbs := 0
	for j := k + 1; j < h; j++ {
		if s.items[j].kind == wordItem && reportingVerbs[s.items[j].text] {
			verbs++
		}
	}
	return verbs > 1
}

// codeProxy codes "Indian proxy", said by Pakistan, as Pakistan accusing
// India of using proxies.
func (s *sent) codeProxy(m match) {
	agent := s.nounAgent(m)
	if k := m.start - 1; agent < 0 && k >= 0 && s.items[k].kind == actorItem && !s.items[k].compound && !s.hedged[k] {
		agent = k // "Indian proxy": the name before it, though it names no party of the sentence's acts
	}
	if k := m.end; agent < 0 && k < len(s.items) && s.items[k-1].is("from") && s.eligibleObject(k) {
		agent = k // "provocations coming from the DRC"
	}
	if k := m.end + 1; agent < 0 && k < len(s.items) && s.items[k-1].is("of", "for") {
		if s.items[k].is("the") && k+1 < len(s.items) {
			k++
		}
		if s.eligibleObject(k) {
			agent = k // "a proxy of Iran", "proxies for the UAE"
		}
	}
	if agent < 0 {
		return
	}
	src := s.reporter(m.start)
	if len(src) == 0 {
		src = s.asJudges(s.tokOfItem(m.start))
	}
	if len(src) == 0 {
		if k := s.speaker(m.start); k >= 0 {
			src = []string{s.items[k].actor}
		}
	}
	if slices.Contains(src, s.items[agent].actor) {
		return // no party charges itself
	}
	targets := []string{s.items[agent].actor}
	if subj := s.copularSubject(min(agent, m.start)); subj >= 0 && !slices.Contains(src, s.items[subj].actor) {
		targets = appendUnique(targets, s.items[subj].actor) // "the Houthis are an Iranian proxy": the proxy too
	}
	s.emit(m.trig, src, targets, nil, 0.5)
}

// joinedVerbAt reports an item the tree reads as a verb joined to another:
// "expressed" in "condemned the attack and expressed solidarity".
func (s *sent) joinedVerbAt(k int) bool {
	u := s.tokOfItem(k)
	return s.hasTree && u >= 0 && s.tk(u).UPOS == "VERB" && s.rel(u, "conj")
}

// asJudges returns the parties who judge something to be the noun at token
// t: the subject of the verb whose "as" phrase t heads, on the verb or on
// its object ("Moscow dismissed the charges as a provocation by Y").
func (s *sent) asJudges(t int) []string {
	if !s.hasTree || t < 0 || !syntaxObl(s.tk(t).Rel) || s.caseOf(t) != "as" {
		return nil
	}
	v := s.head(t)
	if v >= 0 && s.tk(v).UPOS != "VERB" && s.rel(v, "obj") {
		v = s.head(v)
	}
	if v < 0 || s.tk(v).UPOS != "VERB" {
		return nil
	}
	sb, passive := s.subjTok(v)
	if sb < 0 || passive {
		return nil
	}
	return s.ids(s.nominalActors(sb, nil))
}

// copularSubject returns the party that is the subject of a copula right
// before item k ("the Houthis are an ..."), or -1.
func (s *sent) copularSubject(k int) int {
	j := k - 1
	if j >= 0 && s.items[j].is("a", "an", "the") {
		j--
	}
	if j < 1 || !s.items[j].is("is", "are", "was", "were") || s.items[j-1].kind != actorItem {
		return -1
	}
	return j - 1
}

// codeAlleged codes "X suspended flights over Y's alleged support of the
// rebels" as X accusing Y.
func (s *sent) codeAlleged(m match) {
	k := m.start + 1
	if k >= m.end || s.items[k].kind != actorItem {
		if k = m.start - 1; k < 0 || !s.items[k].poss {
			return
		}
	}
	src := s.ids(s.subjectOf(m.start))
	if len(src) == 0 {
		src = s.reporter(m.start)
	}
	s.emit(m.trig, src, []string{s.items[k].actor}, nil, 0.5)
}

// codeAbet codes "X said Y was aiding the RSF" as X accusing Y: support
// for an armed group, when reported by a party.
func (s *sent) codeAbet(m match) {
	if s.passive(m.start) && sponsorPassives[s.items[m.start].text] {
		s.codePassiveAbet(m)
		return
	}
	end := s.objectEnd(m.end, nil)
	tg, _ := s.objects(m.end, end, nil)
	if (len(tg) == 0 || s.items[tg[0]].actorKind != briefbot.Group) && !s.armedRecipient(m.end, end) {
		return
	}
	if len(tg) > 0 && s.items[tg[0]].anaphor && firstPersons[s.items[tg[0]].text] {
		return // "fired missiles in support of our people": the speaker's own side, no charge
	}
	src := s.reporter(m.start)
	if len(src) == 0 {
		return
	}
	accused := s.ids(s.subjectOf(m.start))
	s.emit(m.trig, src, accused, nil, 0.5)
}

// partnersAfter returns the parties joined as partners to the agent at
// item k and its list: "by South Korea in conjunction with the United
// States", "by Nigeria together with Chad".
func (s *sent) partnersAfter(k int) []int {
	g := s.group(k)
	j := g[len(g)-1] + 1
	switch {
	case j+2 < len(s.items) && s.items[j].is("in") && s.items[j+1].kind == wordItem && jointNouns[s.items[j+1].text] && s.items[j+2].is("with"):
		j += 3
	case j+1 < len(s.items) && s.items[j].is("together", "along", "jointly") && s.items[j+1].is("with"):
		j += 2
	default:
		return nil
	}
	if j+1 < len(s.items) && s.items[j].is("the") {
		j++
	}
	if j < len(s.items) && s.eligibleObject(j) {
		return s.group(j)
	}
	return nil
}

// jointNouns make "in ... with" a partnership: "in conjunction with the
// United States", "in coordination with Chad".
var jointNouns = set("conjunction", "coordination", "cooperation", "concert", "partnership", "collaboration", "tandem")

// firstPersons stand for the speaker's own side.
var firstPersons = set("we", "us", "our", "ours")

// armedRecipient reports an armed group named in general within the first
// words of the object [from, to), before any other verb: "(supplied) arms
// to terrorist groups".
func (s *sent) armedRecipient(from, to int) bool {
	for k := from; k < to && k < from+6; k++ {
		it := &s.items[k]
		if it.kind != wordItem || it.isBoundary() || it.is(",", "that", "which", "who", "against") {
			return false
		}
		if armedRecipients[it.text] || armedCauses[it.text] && k <= from+1 {
			return true // ("sponsoring cross-border terrorism", but not "backed efforts to end terrorism")
		}
	}
	return false
}

// armedCauses name what armed groups wage, which a sponsor abets as it
// abets them: "was sponsoring terrorism".
var armedCauses = set("terrorism", "terror", "extremism", "insurgency", "militancy", "separatism")

// codePassiveAbet codes "X reported that the ISIS-K fighters had been
// trained by Z" as X accusing Z: the by-agent sponsored a group.
func (s *sent) codePassiveAbet(m match) {
	a := s.byAgent(m.start + 1)
	if a < 0 || s.hypothetical(m.start) {
		return
	}
	if !s.groupSubject(m.start) {
		return
	}
	src := s.reporter(m.start)
	if len(src) == 0 || slices.Contains(src, s.items[a].actor) {
		return
	}
	s.emit(m.trig, src, []string{s.items[a].actor}, nil, 0.5)
}

// groupSubject reports an armed group, or fighters, as the subject of the
// passive verb at h: "the ISIS-K fighters ... had been trained".
func (s *sent) groupSubject(h int) bool {
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		it := &s.items[k]
		if it.isBoundary() || it.is("that", ",") {
			return false
		}
		if it.kind == actorItem && it.actorKind == briefbot.Group || it.kind == wordItem && groupAnaphors[it.text] {
			return true
		}
	}
	return false
}

// codeViolation codes "X's violation of Y's sovereignty" as Y (or the
// speaker) accusing X.
func (s *sent) codeViolation(m match) {
	agent := s.nounAgent(m)
	if agent < 0 {
		return
	}
	var src []string
	if k := s.speaker(m.start); k >= 0 {
		src = []string{s.items[k].actor}
	} else if in := s.insideActors(m, nil); len(in) > 0 {
		src = s.ids(in)
	}
	s.emit(m.trig, src, []string{s.items[agent].actor}, nil, 0.6)
}

// stopVerbs end what they take: "should stop blaming".
var stopVerbs = verbClass("stop", "cease", "quit")

// armedRecipients name armed groups in general: "supplied arms to
// terrorist groups", "backed the rebels".
var armedRecipients = set("terrorist", "terrorists", "militant", "militants", "rebel", "rebels", "insurgent",
	"insurgents", "jihadist", "jihadists", "extremist", "extremists", "separatist", "separatists", "militia", "militias",
	"attackers", "gunmen", "assailants", "bombers", "guerrillas", "proxies", "mercenaries")
